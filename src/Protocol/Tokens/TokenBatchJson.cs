using System.Text.Json;
using Inkan.Protocol.Tokens.Json;
using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tokens;

/// <summary>
/// The JSON token batch file: <c>{"format":"inkan-token-batch","version":1,"batchId":…,"suite":…,
/// "tokens":[{"serial":"0000000001","key":"64 hex digits"},…]}</c>. The reader validates every entry
/// and rejects the whole file, naming the entries, if any is unusable.
/// </summary>
public static class TokenBatchJson
{
    /// <summary>The value of the <c>format</c> member.</summary>
    public const string FormatName = "inkan-token-batch";

    /// <summary>The only version this code writes and reads.</summary>
    public const int Version = 1;

    private const string FileKind = "The JSON token batch";

    /// <summary>Writes <paramref name="tokens"/> as batch <paramref name="batchId"/>; leaves <paramref name="stream"/> open.</summary>
    public static void Write(Stream stream, IEnumerable<TokenRecord> tokens, string batchId)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var list = TokenBatchWriting.Check(tokens, batchId);
        var document = new TokenBatchDocument
        {
            Format = FormatName,
            Version = Version,
            BatchId = batchId,
            Suite = TxaCode.SuiteText,
            Tokens = [.. list.Select(t => new TokenBatchEntry { Serial = t.Serial, Key = Convert.ToHexString(t.Key) })],
        };
        JsonSerializer.Serialize(stream, document, TokenBatchJsonContext.Default.TokenBatchDocument);
    }

    /// <summary>Reads and validates a batch; throws <see cref="TokenBatchFormatException"/> naming what is wrong.</summary>
    public static TokenBatch Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var document = Deserialize(stream);
        CheckHeader(document);
        var collector = new TokenRecordCollector();
        for (var i = 0; i < document.Tokens!.Count; i++)
        {
            var entry = document.Tokens[i];
            var name = TokenRecordCollector.Name($"tokens[{i}]", entry?.Serial);
            if (entry is null)
            {
                collector.Reject(name, "must be an object with serial and key");
            }
            else if (entry.Key is null)
            {
                collector.Reject(name, "the key is missing");
            }
            else if (entry.Key.Length != TokenSerial.KeyLength * 2 || !entry.Key.All(char.IsAsciiHexDigit))
            {
                collector.Reject(name, $"the key must be {TokenSerial.KeyLength * 2} hexadecimal digits ({TokenSerial.KeyLength} bytes)");
            }
            else
            {
                collector.Accept(name, entry.Serial, Convert.FromHexString(entry.Key));
            }
        }

        return new TokenBatch(document.BatchId!, collector.Finish(FileKind));
    }

    private static TokenBatchDocument Deserialize(Stream stream)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, TokenBatchJsonContext.Default.TokenBatchDocument)
                ?? throw new TokenBatchFormatException($"{FileKind} is empty (null).");
        }
        catch (JsonException e)
        {
            // The serializer's own message may quote file content; the position is enough and leaks nothing.
            throw new TokenBatchFormatException(
                $"{FileKind} is not valid: unexpected or malformed content at {e.Path ?? "$"} (line {e.LineNumber + 1}).", e);
        }
    }

    private static void CheckHeader(TokenBatchDocument document)
    {
        if (document.Format != FormatName)
        {
            throw new TokenBatchFormatException($"{FileKind} must have \"format\": \"{FormatName}\".");
        }

        if (document.Version != Version)
        {
            throw new TokenBatchFormatException($"{FileKind} has version {document.Version?.ToString() ?? "(none)"}; only {Version} is supported.");
        }

        if (!TokenBatchId.IsValid(document.BatchId))
        {
            throw new TokenBatchFormatException($"{FileKind} has a missing or malformed batchId.");
        }

        if (document.Suite != TxaCode.SuiteText)
        {
            throw new TokenBatchFormatException($"{FileKind} must have \"suite\": \"{TxaCode.SuiteText}\".");
        }

        if (document.Tokens is null)
        {
            throw new TokenBatchFormatException($"{FileKind} has no \"tokens\" array.");
        }
    }
}
