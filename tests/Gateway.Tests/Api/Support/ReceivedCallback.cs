namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>One POST the callback receiver got: the path, the signature headers, the body, and the status it answered.</summary>
public sealed record ReceivedCallback(string Path, string? Timestamp, string? Signature, string? ContentType, byte[] Body, int AnsweredStatus);
