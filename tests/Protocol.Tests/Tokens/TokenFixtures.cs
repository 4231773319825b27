using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inkan.Protocol.Tokens;

namespace Inkan.Protocol.Tests.Tokens;

/// <summary>Random token batches and stream helpers for the batch format tests.</summary>
internal static class TokenFixtures
{
    public static List<TokenRecord> Batch(int count, long firstSerial = 1_000_000_000) =>
        [.. Enumerable.Range(0, count).Select(i => new TokenRecord(
            (firstSerial + i).ToString("D10", CultureInfo.InvariantCulture),
            RandomNumberGenerator.GetBytes(TokenSerial.KeyLength)))];

    public static string WriteJson(IEnumerable<TokenRecord> tokens, string batchId = "batch-1")
    {
        using var stream = new MemoryStream();
        TokenBatchJson.Write(stream, tokens, batchId);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string WritePskc(IEnumerable<TokenRecord> tokens, string batchId = "batch-1")
    {
        using var stream = new MemoryStream();
        PskcDocument.Write(stream, tokens, batchId);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static TokenBatch ReadJson(string text) => TokenBatchJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    public static TokenBatch ReadPskc(string text) => PskcDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
