namespace Inkan.Grains.Tokens;

/// <summary>A token entering the inventory: its encrypted secret and its batch.</summary>
public sealed record TokenImport(byte[] ProtectedKey, string BatchId);
