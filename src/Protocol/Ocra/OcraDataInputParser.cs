using static Inkan.Protocol.Ocra.OcraSuiteParser;

namespace Inkan.Protocol.Ocra;

/// <summary>
/// Reads the DataInput part of a suite: inputs separated by '-', each at most once, in the order C, Q, P, S, T,
/// with a question required. A bare <c>Q</c>, <c>P</c>, <c>S</c> or <c>T</c> takes the RFC's default (N08, SHA1, 064, 1M).
/// </summary>
internal static class OcraDataInputParser
{
    public static OcraDataInputs Parse(string suite, string dataInput)
    {
        var inputs = new OcraDataInputs();

        // Each input may appear once and only in the RFC's order; 'stage' is how far along that order we are.
        var stage = 0;
        foreach (var token in dataInput.Split('-'))
        {
            var letter = token.Length > 0 ? token[0] : '\0';
            var position = "CQPST".IndexOf(letter, StringComparison.Ordinal);
            if (letter == '\0' || position < 0)
            {
                throw Fail(suite, $"the data input '{token}' is not one of C, Q, P, S, T");
            }

            if (position < stage)
            {
                throw Fail(suite, $"the data input '{token}' is repeated or out of order (the order is C, Q, P, S, T)");
            }

            if (position > 1 && stage < 2)
            {
                throw Fail(suite, "the data input must include a question QFxx before P, S or T");
            }

            stage = position + 1;
            ParseToken(suite, token, inputs);
        }

        return stage < 2 ? throw Fail(suite, "the data input must include a question QFxx") : inputs;
    }

    private static void ParseToken(string suite, string token, OcraDataInputs inputs)
    {
        var rest = token[1..];
        switch (token[0])
        {
            case 'C' when rest.Length == 0:
                inputs.Counter = true;
                break;
            case 'C':
                throw Fail(suite, $"the counter input '{token}' must be just 'C'");
            case 'Q':
                ParseQuestion(suite, token, rest, inputs);
                break;
            case 'P':
                inputs.PinHash = rest.Length == 0 ? OcraHash.Sha1
                    : ParseHash(rest) ?? throw Fail(suite, $"the PIN hash '{token}' is not PSHA1, PSHA256 or PSHA512");
                break;
            case 'S':
                inputs.SessionLength = rest switch
                {
                    "" or "064" => 64,
                    "128" => 128,
                    "256" => 256,
                    "512" => 512,
                    _ => throw Fail(suite, $"the session input '{token}' is not S064, S128, S256 or S512"),
                };
                break;
            default:
                inputs.TimeStep = ParseTimeStep(suite, token, rest);
                break;
        }
    }

    private static void ParseQuestion(string suite, string token, string rest, OcraDataInputs inputs)
    {
        if (rest.Length == 0)
        {
            rest = "N08";
        }

        inputs.QuestionFormat = rest[0] switch
        {
            'N' => OcraQuestionFormat.Numeric,
            'A' => OcraQuestionFormat.Alphanumeric,
            'H' => OcraQuestionFormat.Hex,
            _ => throw Fail(suite, $"the question format in '{token}' is not A, N or H"),
        };
        var length = rest.Length == 3 ? ParseNumber(rest[1..]) : null;
        if (length is not (>= 4 and <= 64))
        {
            throw Fail(suite, $"the question length in '{token}' is not two digits from 04 to 64");
        }

        inputs.QuestionLength = length.Value;
    }

    private static TimeSpan ParseTimeStep(string suite, string token, string rest)
    {
        if (rest.Length == 0)
        {
            return TimeSpan.FromMinutes(1);
        }

        var size = ParseCanonicalNumber(rest[..^1]) ?? -1;
        return (rest[^1], size) switch
        {
            ('S', >= 1 and <= 59) => TimeSpan.FromSeconds(size),
            ('M', >= 1 and <= 59) => TimeSpan.FromMinutes(size),
            ('H', >= 0 and <= 48) => TimeSpan.FromHours(size),
            _ => throw Fail(suite, $"the timestamp input '{token}' is not T with 1-59S, 1-59M or 0-48H"),
        };
    }
}
