using System.Buffers;
using System.Text;

namespace Inkan.Silo.Storage;

/// <summary>
/// The text the storage accepts in state types, keys and logs: what every provider stores and finds again exactly.
/// PostgreSQL refuses a NUL character and Npgsql an unpaired surrogate, failing the whole batch or read query that
/// carries it; SQLite stores an unpaired surrogate under a key its reads never find.
/// </summary>
internal static class StorageText
{
    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="value"/> is storable text.</summary>
    public static void Require(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (!IsStorable(value))
        {
            throw Refusal(name);
        }
    }

    /// <summary>Why <paramref name="write"/> cannot be stored, or null when all its text can.</summary>
    public static ArgumentException? Refusal(StateWrite write)
    {
        if (!IsStorable(write.StateType))
        {
            return Refusal(nameof(write.StateType));
        }

        if (!IsStorable(write.Key))
        {
            return Refusal(nameof(write.Key));
        }

        foreach (var append in write.LogAppends)
        {
            if (!IsStorable(append.Log) || !IsStorable(append.Payload))
            {
                return Refusal(nameof(write.LogAppends));
            }
        }

        return null;
    }

    private static bool IsStorable(string value)
    {
        var text = value.AsSpan();
        if (text.Contains('\0'))
        {
            return false;
        }

        var surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0)
        {
            return true;
        }

        for (var rest = text[surrogate..]; !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    private static ArgumentException Refusal(string name)
        => new($"{name} holds a NUL character or an unpaired surrogate, which the storage cannot store exactly.", name);
}
