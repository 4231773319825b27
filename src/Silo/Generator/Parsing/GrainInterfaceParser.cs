using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Inkan.Silo.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Inkan.Silo.Generator.Parsing;

/// <summary>Finds grain interfaces in syntax and turns each into a <see cref="GrainInterfaceModel"/>.</summary>
internal static class GrainInterfaceParser
{
    private const string GlobalPrefix = "global::";

    // Hint names may not contain '@': keywords are left unescaped.
    private static readonly SymbolDisplayFormat HintFormat =
        new(typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    /// <summary>Cheap syntactic filter: interfaces that extend something.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken)
        => node is InterfaceDeclarationSyntax { BaseList: not null };

    /// <summary>
    /// Builds the model of the grain interface declared by the context's node, or returns null when it is no
    /// grain interface, when another part of a partial interface stands for it, or when its signatures have
    /// errors the compiler already reports.
    /// </summary>
    public static GrainInterfaceModel? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (InterfaceDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol symbol
            || SymbolNames.IsMarker(symbol)
            || !symbol.AllInterfaces.Any(SymbolNames.IsGrainRoot)
            || !IsRepresentativeDeclaration(symbol, declaration, cancellationToken))
        {
            return null;
        }

        var location = declaration.Identifier.GetLocation();
        var diagnostics = new List<DiagnosticInfo>();
        var display = symbol.ToDisplayString();
        if (IsGeneric(symbol))
        {
            diagnostics.Add(DiagnosticInfo.Create(GrainDiagnostics.GenericInterface, location, display));
        }

        if (!IsAccessible(symbol))
        {
            diagnostics.Add(DiagnosticInfo.Create(GrainDiagnostics.InaccessibleInterface, location, display));
        }

        var methods = new List<GrainMethodModel>();
        foreach (var implemented in new[] { symbol }.Concat(symbol.AllInterfaces.Where(i => !SymbolNames.IsMarker(i))))
        {
            var own = SymbolEqualityComparer.Default.Equals(implemented, symbol);
            var declaringInterface = SymbolNames.Type(implemented);
            foreach (var member in implemented.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var memberLocation = own ? member.Locations.FirstOrDefault() : location;
                if (!GrainMethodParser.TryAdd(member, declaringInterface, memberLocation, methods, diagnostics))
                {
                    return null;
                }
            }
        }

        return new GrainInterfaceModel(
            symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString(SymbolNames.TypeFormat)
                .Substring(GlobalPrefix.Length),
            SymbolNames.Type(symbol),
            ClassName(symbol),
            symbol.ToDisplayString(HintFormat) + ".GrainReference.g.cs",
            new EquatableArray<GrainMethodModel>(diagnostics.Count == 0 ? methods.ToImmutableArray() : []),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutableArray()));
    }

    // A partial interface is generated once: for its first part that has a base list.
    private static bool IsRepresentativeDeclaration(
        INamedTypeSymbol symbol, InterfaceDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is InterfaceDeclarationSyntax { BaseList: not null } first)
            {
                return first.SyntaxTree == declaration.SyntaxTree && first.Span == declaration.Span;
            }
        }

        return false;
    }

    private static bool IsGeneric(INamedTypeSymbol symbol)
    {
        for (var type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.Arity > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The reference is a class in the interface's namespace: every type on the way must be visible to it.
    private static bool IsAccessible(INamedTypeSymbol symbol)
    {
        for (var type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal || type.DeclaredAccessibility is not
                (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    // ITokenGrain -> TokenGrainReference; Outer.ITokenGrain -> Outer_TokenGrainReference.
    private static string ClassName(INamedTypeSymbol symbol)
    {
        var name = symbol.Name;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            name = type.Name + "_" + name;
        }

        return name + "Reference";
    }
}
