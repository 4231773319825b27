namespace Inkan.Gateway.Api.BackOffice;

/// <summary>The reference of the written unlock request (the paper form).</summary>
public sealed record UnlockBody(string? Reference);
