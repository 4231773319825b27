namespace Inkan.Grains.Fees;

/// <summary>Token fees in yen, tax included (seed 004, Q9 and Q19); configuration section <c>Inkan:Fees</c>.</summary>
public sealed class FeeOptions
{
    /// <summary>Fee for each token issued to a contract beyond its first, which is free.</summary>
    public long AdditionalTokenFee { get; set; } = 2_200;

    /// <summary>Fee for a reissue after loss, damage or theft.</summary>
    public long ReissueFee { get; set; } = 2_200;

    /// <summary>Fee for a reissue after natural failure.</summary>
    public long NaturalFailureReissueFee { get; set; }

    /// <summary>Checks that no fee is negative.</summary>
    /// <exception cref="ArgumentException">A fee is negative; the message names it.</exception>
    public void Validate()
    {
        RequireNonNegative(AdditionalTokenFee, nameof(AdditionalTokenFee));
        RequireNonNegative(ReissueFee, nameof(ReissueFee));
        RequireNonNegative(NaturalFailureReissueFee, nameof(NaturalFailureReissueFee));
    }

    private static void RequireNonNegative(long fee, string name)
    {
        if (fee < 0)
        {
            throw new ArgumentException($"{name} must not be negative.", name);
        }
    }
}
