namespace Inkan.Protocol.Ocra;

/// <summary>How an OCRA challenge question is written (the F of <c>QFxx</c> in RFC 6287).</summary>
public enum OcraQuestionFormat
{
    /// <summary><c>N</c>: decimal digits, hashed as the hexadecimal form of the number.</summary>
    Numeric,

    /// <summary><c>A</c>: letters and digits, hashed as their ASCII bytes.</summary>
    Alphanumeric,

    /// <summary><c>H</c>: hexadecimal digits, hashed as the bytes they spell.</summary>
    Hex,
}
