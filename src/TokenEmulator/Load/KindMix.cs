using System.Globalization;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Load;

/// <summary>The kinds of operation a load run creates, with weights: <c>TRF=70,FEE=10,BLK=10,ADM=10</c>.</summary>
internal sealed class KindMix
{
    /// <summary>The kinds a mix may name.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["TRF", "FEE", "BLK", "ADM"];

    private readonly (string Kind, int Upto)[] _thresholds;
    private readonly int _total;

    private KindMix((string Kind, int Weight)[] weights)
    {
        Weights = weights.ToDictionary(w => w.Kind, w => w.Weight);
        var sum = 0;
        _thresholds = [.. weights.Where(w => w.Weight > 0).Select(w => (w.Kind, sum += w.Weight))];
        _total = sum;
    }

    /// <summary>The weight of each kind named.</summary>
    public IReadOnlyDictionary<string, int> Weights { get; }

    /// <summary>Reads <paramref name="text"/>; a kind not named has weight 0, at least one weight must be positive.</summary>
    public static KindMix Parse(string text)
    {
        var weights = new List<(string, int)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split('=', StringSplitOptions.TrimEntries);
            if (pieces is not [var kind, var weight] || !Kinds.Contains(kind)
                || !int.TryParse(weight, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 1_000_000)
            {
                throw new EmulatorException($"--mix '{part}' is not KIND=WEIGHT with KIND one of {string.Join(", ", Kinds)} and WEIGHT a whole number");
            }

            if (weights.Any(w => w.Item1 == kind))
            {
                throw new EmulatorException($"--mix names {kind} twice");
            }

            weights.Add((kind, value));
        }

        return weights.Sum(w => w.Item2) > 0 ? new KindMix([.. weights]) : throw new EmulatorException("--mix needs at least one positive weight");
    }

    /// <summary>A kind drawn with the mix's weights.</summary>
    public string Pick(Random random)
    {
        var draw = random.Next(_total);
        return _thresholds.First(t => draw < t.Upto).Kind;
    }
}
