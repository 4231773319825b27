namespace Inkan.Gateway.Api.Users;

/// <summary>The confirmation PIN and the OTP from the registration mail.</summary>
public sealed record OtpConfirmBody(string? Pin, string? Otp)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => "OtpConfirmBody { }";
}
