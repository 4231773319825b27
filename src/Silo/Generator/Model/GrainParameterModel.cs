namespace Inkan.Silo.Generator.Model;

/// <summary>One parameter of a grain method.</summary>
/// <param name="Name">The parameter's name, escaped with <c>@</c> when it is a keyword.</param>
/// <param name="FieldName">The request struct's field that carries the argument.</param>
/// <param name="Type">The fully qualified type, nullable annotations kept.</param>
internal sealed record GrainParameterModel(string Name, string FieldName, string Type);
