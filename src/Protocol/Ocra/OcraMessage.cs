using System.Buffers.Binary;
using System.Text;

namespace Inkan.Protocol.Ocra;

/// <summary>Lays out the hashed message and checks each input against the suite.</summary>
internal static class OcraMessage
{
    private const int CounterSize = 8;
    private const int TimestampSize = 8;

    public static byte[] Build(OcraSuite suite, OcraInput input)
    {
        var pinSize = suite.PinHash is { } pinHash ? OcraHashFunctions.Size(pinHash) : 0;
        var size = suite.Text.Length + 1 + (suite.UsesCounter ? CounterSize : 0) + OcraQuestion.FieldSize
            + pinSize + suite.SessionLength + (suite.TimeStep is null ? 0 : TimestampSize);
        var message = new byte[size];
        var span = message.AsSpan();
        var at = Encoding.ASCII.GetBytes(suite.Text, span) + 1;

        if (Required(suite.UsesCounter, input.Counter, "Counter") is { } counter)
        {
            BinaryPrimitives.WriteInt64BigEndian(span.Slice(at, CounterSize), NotNegative(counter, "Counter"));
            at += CounterSize;
        }

        var question = input.Question
            ?? throw new ArgumentException($"The OCRA suite {suite.Text} needs a question.", nameof(input));
        OcraQuestion.Write(suite.QuestionFormat, question, span.Slice(at, OcraQuestion.FieldSize));
        at += OcraQuestion.FieldSize;

        if (Required(pinSize > 0, input.PinHash, "PinHash") is { } pin)
        {
            if (pin.Length != pinSize)
            {
                throw new ArgumentException($"The PIN hash must be {pinSize} bytes for suite {suite.Text}, not {pin.Length}.", nameof(input));
            }

            pin.CopyTo(span[at..]);
            at += pinSize;
        }

        if (Required(suite.SessionLength > 0, input.Session, "Session") is { } session)
        {
            if (session.Length > suite.SessionLength)
            {
                throw new ArgumentException($"The session information must be at most {suite.SessionLength} bytes for suite {suite.Text}, not {session.Length}.", nameof(input));
            }

            // Shorter session data is right-aligned (zero-padded on the left), as in the reference code.
            session.CopyTo(span.Slice(at + suite.SessionLength - session.Length));
            at += suite.SessionLength;
        }

        if (Required(suite.TimeStep is not null, input.TimeSteps, "TimeSteps") is { } steps)
        {
            BinaryPrimitives.WriteInt64BigEndian(span.Slice(at, TimestampSize), NotNegative(steps, "TimeSteps"));
        }

        return message;

        T? Required<T>(bool needed, T? value, string name)
        {
            return (needed, value is null) switch
            {
                (true, true) => throw new ArgumentException($"The OCRA suite {suite.Text} needs {name}.", nameof(input)),
                (false, false) => throw new ArgumentException($"The OCRA suite {suite.Text} takes no {name}, but one was given.", nameof(input)),
                _ => value,
            };
        }
    }

    private static long NotNegative(long value, string name) => value >= 0 ? value
        : throw new ArgumentException($"{name} must not be negative.", "input");
}
