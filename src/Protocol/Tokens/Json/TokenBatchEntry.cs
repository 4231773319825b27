namespace Inkan.Protocol.Tokens.Json;

/// <summary>One token in the JSON batch file: serial and key as hexadecimal.</summary>
internal sealed class TokenBatchEntry
{
    public string? Serial { get; set; }

    public string? Key { get; set; }
}
