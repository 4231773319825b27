namespace Inkan.Silo.Runtime;

/// <summary>The result of a grain method that returns no value.</summary>
public readonly record struct VoidResult;
