namespace Inkan.Grains.Fees;

/// <summary>
/// Prices a token issue from the contract's ledger so far: the first new token is free, every further
/// new token and every reissue after loss, damage or theft costs the configured fee, a reissue after
/// natural failure costs its own (by default nothing).
/// </summary>
public sealed class FeeSchedule
{
    private readonly FeeOptions _options;

    /// <summary>Creates the schedule for validated <paramref name="options"/>.</summary>
    public FeeSchedule(FeeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The ledger line for issuing <paramref name="serial"/> after the lines of <paramref name="ledger"/>.</summary>
    /// <exception cref="ArgumentException">A reissue names no replaced token, or a new issue names one.</exception>
    public FeeEntry Price(IReadOnlyCollection<FeeEntry> ledger, DateTimeOffset at, string serial, IssueReason reason, string? replacedSerial)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown issue reason.");
        }

        var isReissue = reason != IssueReason.New;
        if (isReissue != (replacedSerial is not null))
        {
            throw new ArgumentException(isReissue ? "A reissue must name the token it replaces." : "A new token replaces no token.", nameof(replacedSerial));
        }

        var kind = reason switch
        {
            IssueReason.New => ledger.Any(e => e.Reason == IssueReason.New) ? FeeKind.AdditionalToken : FeeKind.FirstToken,
            IssueReason.ReissueNaturalFailure => FeeKind.NaturalFailureReissue,
            _ => FeeKind.Reissue,
        };
        return new FeeEntry(at, serial, reason, kind, AmountOf(kind), replacedSerial);
    }

    private long AmountOf(FeeKind kind) => kind switch
    {
        FeeKind.FirstToken => 0,
        FeeKind.AdditionalToken => _options.AdditionalTokenFee,
        FeeKind.Reissue => _options.ReissueFee,
        _ => _options.NaturalFailureReissueFee,
    };
}
