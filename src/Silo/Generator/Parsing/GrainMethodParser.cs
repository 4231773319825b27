using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inkan.Silo.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Inkan.Silo.Generator.Parsing;

/// <summary>Turns one member of a grain interface into a method model, or into the diagnostics that forbid it.</summary>
internal static class GrainMethodParser
{
    /// <summary>
    /// Adds what <paramref name="member"/> contributes to the reference: a method to <paramref name="methods"/>,
    /// errors to <paramref name="diagnostics"/> at <paramref name="location"/>, or nothing for members that
    /// need no implementation. Returns false when a signature has an error type, which the compiler reports.
    /// </summary>
    public static bool TryAdd(
        ISymbol member, string declaringInterface, Location? location,
        List<GrainMethodModel> methods, List<DiagnosticInfo> diagnostics)
    {
        if (member is INamedTypeSymbol || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary and not MethodKind.ExplicitInterfaceImplementation and not MethodKind.UserDefinedOperator and not MethodKind.Conversion })
        {
            return true; // Nested types need nothing; accessors are judged with their property or event.
        }

        var name = member.ToDisplayString();
        if (member.IsStatic && !member.IsAbstract && !member.IsVirtual)
        {
            return true; // Static members with bodies and constants are not implemented by a class.
        }

        var reason = member switch
        {
            _ when member.IsStatic => "static abstract and static virtual members are not supported",
            IPropertySymbol => "properties and indexers are not supported; declare a method",
            IEventSymbol => "events are not supported",
            IMethodSymbol { IsAbstract: false } => "default implementations are not supported: they would run in the caller, not in the grain",
            IMethodSymbol => null,
            _ => "only methods are supported",
        };
        if (reason is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(GrainDiagnostics.UnsupportedMember, location, name, reason));
            return true;
        }

        var method = (IMethodSymbol)member;
        if (method.MethodKind == MethodKind.ExplicitInterfaceImplementation)
        {
            return true; // A re-abstraction: the base interface's method is implemented where it is declared.
        }

        if (SymbolNames.ContainsError(method.ReturnType) || method.Parameters.Any(p => SymbolNames.ContainsError(p.Type)))
        {
            return false;
        }

        var before = diagnostics.Count;
        if (method.IsGenericMethod)
        {
            diagnostics.Add(DiagnosticInfo.Create(GrainDiagnostics.GenericMethod, location, name));
        }

        var kind = ClassifyReturn(method.ReturnType);
        if (kind is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                GrainDiagnostics.UnsupportedReturnType, location, name, method.ReturnType.ToDisplayString()));
        }

        var parameters = ImmutableArray.CreateBuilder<GrainParameterModel>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            if (ParameterProblem(parameter) is { } problem)
            {
                diagnostics.Add(DiagnosticInfo.Create(GrainDiagnostics.UnsupportedParameter, location, parameter.Name, name, problem));
                continue;
            }

            var parameterName = parameter.Name.Length == 0 ? "arg" + parameter.Ordinal : parameter.Name;
            parameters.Add(new GrainParameterModel(
                SymbolNames.Identifier(parameterName), "_" + parameterName, SymbolNames.Type(parameter.Type)));
        }

        if (diagnostics.Count == before)
        {
            var returnType = (INamedTypeSymbol)method.ReturnType;
            methods.Add(new GrainMethodModel(
                SymbolNames.Identifier(method.Name),
                Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(method.Name, quote: true),
                declaringInterface,
                SymbolNames.Type(returnType),
                kind!.Value,
                returnType.Arity == 1 ? SymbolNames.Type(returnType.TypeArguments[0]) : null,
                method.Name + "_" + methods.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new EquatableArray<GrainParameterModel>(parameters.ToImmutable())));
        }

        return true;
    }

    private static ReturnKind? ClassifyReturn(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || !SymbolNames.IsInTasksNamespace(named))
        {
            return null;
        }

        return (named.Name, named.Arity) switch
        {
            ("Task", 0) => ReturnKind.Task,
            ("Task", 1) => ReturnKind.TaskOfT,
            ("ValueTask", 0) => ReturnKind.ValueTask,
            ("ValueTask", 1) => ReturnKind.ValueTaskOfT,
            _ => null,
        };
    }

    private static string? ParameterProblem(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None)
        {
            return "ref, out and in parameters cannot cross a grain call";
        }

        return parameter.Type is { IsRefLikeType: true } or { TypeKind: TypeKind.Pointer or TypeKind.FunctionPointer }
            ? "ref struct and pointer types cannot be stored in a request"
            : null;
    }
}
