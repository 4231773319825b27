using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Inkan.Silo.Generator.Parsing;

/// <summary>How symbols are written into generated code.</summary>
internal static class SymbolNames
{
    /// <summary>Fully qualified with <c>global::</c>, keywords escaped, nullable annotations kept.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The fully qualified type, as generated code writes it.</summary>
    public static string Type(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    /// <summary><paramref name="name"/> as an identifier: prefixed with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

    /// <summary>Whether <paramref name="type"/> is one of the Silo's marker interfaces, which need no implementation.</summary>
    public static bool IsMarker(INamedTypeSymbol type)
        => type.Name is "IGrain" or "IGrainWithStringKey" && type.Arity == 0 && IsNamespace(type.ContainingNamespace, "Silo", "Inkan");

    /// <summary>Whether <paramref name="type"/> is <c>Inkan.Silo.IGrain</c>.</summary>
    public static bool IsGrainRoot(INamedTypeSymbol type)
        => type.Name == "IGrain" && type.Arity == 0 && IsNamespace(type.ContainingNamespace, "Silo", "Inkan");

    /// <summary>Whether <paramref name="type"/> is declared in <c>System.Threading.Tasks</c>.</summary>
    public static bool IsInTasksNamespace(INamedTypeSymbol type)
        => IsNamespace(type.ContainingNamespace, "Tasks", "Threading", "System");

    /// <summary>Whether <paramref name="type"/> is an error type or is built from one.</summary>
    public static bool ContainsError(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        _ => false,
    };

    private static bool IsNamespace(INamespaceSymbol? ns, params string[] innermostFirst)
    {
        foreach (var name in innermostFirst)
        {
            if (ns is null || ns.Name != name)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }
}
