namespace Inkan.Protocol.Tokens.Json;

/// <summary>The JSON shape of a token batch file; every member is nullable so the reader can name what is missing.</summary>
internal sealed class TokenBatchDocument
{
    public string? Format { get; set; }

    public int? Version { get; set; }

    public string? BatchId { get; set; }

    public string? Suite { get; set; }

    public List<TokenBatchEntry?>? Tokens { get; set; }
}
