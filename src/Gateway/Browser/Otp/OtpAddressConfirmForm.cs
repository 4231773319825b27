namespace Inkan.Gateway.Browser.Otp;

/// <summary>The confirmation PIN and the one-time password from the registration mail.</summary>
public sealed record OtpAddressConfirmForm(string? Pin, string? Otp)
{
    /// <summary>Leaves the PIN and the OTP out of logs.</summary>
    public override string ToString() => "OtpAddressConfirmForm { }";
}
