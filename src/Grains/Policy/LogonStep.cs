namespace Inkan.Grains.Policy;

/// <summary>The screen a logon leads to.</summary>
public enum LogonStep
{
    /// <summary>The top page: nothing to register now.</summary>
    Proceed,

    /// <summary>Token registration (activation): optional or required, see <see cref="LogonDecision.CanSkip"/>.</summary>
    RegisterToken,

    /// <summary>Email OTP address registration; the service cannot be used until it is done.</summary>
    RegisterOtpAddress,
}
