using Inkan.Silo.Generator.Emit;
using Inkan.Silo.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Inkan.Silo.Generator;

/// <summary>
/// Generates a grain reference class for every grain interface of the compilation: the object a caller holds,
/// which packages each call as a request struct and hands it to the grain runtime.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainReferenceGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that yields one model per grain interface.</summary>
    public const string ModelsStep = "GrainInterfaceModels";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider
            .CreateSyntaxProvider(GrainInterfaceParser.IsCandidate, GrainInterfaceParser.Parse)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(ModelsStep);

        context.RegisterSourceOutput(models, static (output, model) =>
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (model.Diagnostics.Count == 0)
            {
                output.AddSource(model.HintName, GrainReferenceEmitter.Emit(model));
            }
        });
    }
}
