namespace Inkan.Silo.Generator.Model;

/// <summary>What the generator knows about one grain interface: enough to emit its reference, or the reasons it cannot.</summary>
/// <param name="Namespace">The interface's namespace as written in code, or null for the global namespace.</param>
/// <param name="InterfaceType">The fully qualified interface type.</param>
/// <param name="ClassName">Name of the generated reference class.</param>
/// <param name="HintName">Unique name of the generated source file.</param>
/// <param name="Methods">The methods to implement, own and inherited; empty when there are diagnostics.</param>
/// <param name="Diagnostics">Why no reference can be generated; empty when one can.</param>
internal sealed record GrainInterfaceModel(
    string? Namespace,
    string InterfaceType,
    string ClassName,
    string HintName,
    EquatableArray<GrainMethodModel> Methods,
    EquatableArray<DiagnosticInfo> Diagnostics);
