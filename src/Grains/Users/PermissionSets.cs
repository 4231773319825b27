namespace Inkan.Grains.Users;

/// <summary>
/// Groups of permissions that decide a user's place in the policy of SPEC sections 4 and 5:
/// who can ever need transaction authentication, who needs an email OTP address.
/// </summary>
public static class PermissionSets
{
    /// <summary>Permissions whose operations need transaction authentication (TRF, FEE, BLK, ADM).</summary>
    public const Permissions Confirmed = Permissions.FundTransfer | Permissions.Approval | Permissions.Admin;

    /// <summary>Whether <paramref name="permissions"/> include an operation that needs transaction authentication.</summary>
    public static bool NeedsConfirmation(this Permissions permissions) => (permissions & Confirmed) != 0;

    /// <summary>Whether the user holds nothing beyond inquiry: the token registration screen is never shown.</summary>
    public static bool IsInquiryOnly(this Permissions permissions) => (permissions & ~Permissions.Inquiry) == 0;

    /// <summary>Whether the user must register an email OTP address once email OTP is mandatory (SPEC section 4).</summary>
    public static bool NeedsOtpAddress(this Permissions permissions) => (permissions & Permissions.FundTransfer) != 0;
}
