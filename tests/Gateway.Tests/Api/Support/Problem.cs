namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>An RFC 7807 problem as the API writes it, with its extensions.</summary>
public sealed record Problem(string? Type, string? Title, int Status, string? Detail, string? Instance, string? Code, string? Field, string? Reason, string? TraceId);
