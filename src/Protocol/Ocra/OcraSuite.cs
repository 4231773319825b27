namespace Inkan.Protocol.Ocra;

/// <summary>
/// A parsed OCRA suite (RFC 6287 section 6), such as <c>OCRA-1:HOTP-SHA256-8:QH64</c>: which HMAC, how many
/// digits, and which data inputs the computation takes. The text is kept verbatim because it is hashed too.
/// </summary>
public sealed class OcraSuite
{
    internal OcraSuite(string text, OcraHash hash, int digits, bool usesCounter, OcraQuestionFormat questionFormat,
        int questionLength, OcraHash? pinHash, int sessionLength, TimeSpan? timeStep)
    {
        Text = text;
        Hash = hash;
        Digits = digits;
        UsesCounter = usesCounter;
        QuestionFormat = questionFormat;
        QuestionLength = questionLength;
        PinHash = pinHash;
        SessionLength = sessionLength;
        TimeStep = timeStep;
    }

    /// <summary>The suite exactly as written; it is the first part of the hashed message.</summary>
    public string Text { get; }

    /// <summary>The hash function of the HMAC.</summary>
    public OcraHash Hash { get; }

    /// <summary>The number of decimal digits of the response, 4 to 10, or 0 for the whole HMAC in hexadecimal.</summary>
    public int Digits { get; }

    /// <summary>Whether the computation takes a counter <c>C</c>.</summary>
    public bool UsesCounter { get; }

    /// <summary>How the question is written.</summary>
    public OcraQuestionFormat QuestionFormat { get; }

    /// <summary>The question length the suite names (4 to 64 characters).</summary>
    public int QuestionLength { get; }

    /// <summary>The PIN hash function, when the computation takes a PIN hash <c>P</c>.</summary>
    public OcraHash? PinHash { get; }

    /// <summary>The length in bytes of the session information <c>S</c> (64, 128, 256 or 512), or 0 without one.</summary>
    public int SessionLength { get; }

    /// <summary>The time step of the timestamp <c>T</c>, when the computation takes one.</summary>
    public TimeSpan? TimeStep { get; }

    /// <summary>Parses a suite string; throws <see cref="OcraSuiteException"/> naming what is wrong.</summary>
    public static OcraSuite Parse(string suite) => OcraSuiteParser.Parse(suite);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
