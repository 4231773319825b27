namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>What a rate limit counts: the API key, the endpoint, and the route values that name the transaction or the user.</summary>
public readonly record struct LimitKey(string Client, string Endpoint, string? First, string? Second);
