namespace Inkan.Silo.Generator.Model;

/// <summary>One grain method the reference implements, with the request struct that carries its call.</summary>
/// <param name="Name">The method's name as an identifier (escaped when it is a keyword).</param>
/// <param name="MethodNameLiteral">The method's name as a C# string literal.</param>
/// <param name="DeclaringInterface">Fully qualified interface that declares the method.</param>
/// <param name="ReturnType">Fully qualified return type.</param>
/// <param name="Kind">Which of the four supported return types it is.</param>
/// <param name="ResultType">Fully qualified <c>T</c> of <c>Task&lt;T&gt;</c>/<c>ValueTask&lt;T&gt;</c>; null otherwise.</param>
/// <param name="RequestName">Name of the generated request struct, unique within the reference.</param>
/// <param name="Parameters">The parameters in order.</param>
internal sealed record GrainMethodModel(
    string Name,
    string MethodNameLiteral,
    string DeclaringInterface,
    string ReturnType,
    ReturnKind Kind,
    string? ResultType,
    string RequestName,
    EquatableArray<GrainParameterModel> Parameters);
