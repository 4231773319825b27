namespace Inkan.Gateway.Tests.Faults;

/// <summary>A refusal seen by <see cref="OutageLoad"/>: the phase it came in, its status and its problem code.</summary>
public readonly record struct RefusedAnswer(int Phase, int Status, string? Code);
