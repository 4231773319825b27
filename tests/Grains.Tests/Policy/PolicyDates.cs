using Inkan.Grains.Policy;

namespace Inkan.Grains.Tests.Policy;

/// <summary>Instants in each phase of a policy timeline with dates unlike the defaults.</summary>
internal static class PolicyDates
{
    public static readonly DateTimeOffset OtpMandatory = new(2030, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset TokenAvailable = new(2030, 4, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset TokenMandatory = new(2030, 5, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset BeforeOtpMandatory = OtpMandatory.AddDays(-10);
    public static readonly DateTimeOffset OtpOnly = OtpMandatory.AddDays(10);
    public static readonly DateTimeOffset Grace = TokenAvailable.AddDays(10);
    public static readonly DateTimeOffset LastGraceTick = TokenMandatory.AddTicks(-1);
    public static readonly DateTimeOffset AfterMandatory = TokenMandatory.AddDays(10);

    public static AuthPolicy Policy() => new(new PolicyOptions
    {
        EmailOtpMandatorySince = OtpMandatory,
        TokenAuthAvailableSince = TokenAvailable,
        TokenAuthMandatorySince = TokenMandatory,
    });

    /// <summary>Phase name to instant, for theory data.</summary>
    public static DateTimeOffset At(string phase) => phase switch
    {
        nameof(BeforeOtpMandatory) => BeforeOtpMandatory,
        nameof(OtpOnly) => OtpOnly,
        nameof(TokenAvailable) => TokenAvailable,
        nameof(Grace) => Grace,
        nameof(LastGraceTick) => LastGraceTick,
        nameof(TokenMandatory) => TokenMandatory,
        nameof(AfterMandatory) => AfterMandatory,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
    };

    public static readonly string[] AllPhases =
        [nameof(BeforeOtpMandatory), nameof(OtpOnly), nameof(TokenAvailable), nameof(Grace), nameof(LastGraceTick), nameof(TokenMandatory), nameof(AfterMandatory)];
}
