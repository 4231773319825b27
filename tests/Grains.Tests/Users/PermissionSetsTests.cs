using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Users;

public class PermissionSetsTests
{
    [Theory]
    [InlineData(Permissions.Inquiry, false)]
    [InlineData(Permissions.Inquiry | Permissions.DataCreation, false)]
    [InlineData(Permissions.FundTransfer, true)]
    [InlineData(Permissions.Approval, true)]
    [InlineData(Permissions.Admin | Permissions.Inquiry, true)]
    [InlineData(Permissions.All, true)]
    public void NeedsConfirmation_ByPermissions_TrueForOperationsNeedingAuthentication(Permissions permissions, bool expected)
        => Assert.Equal(expected, permissions.NeedsConfirmation());

    [Theory]
    [InlineData(Permissions.None, true)]
    [InlineData(Permissions.Inquiry, true)]
    [InlineData(Permissions.DataCreation, false)]
    [InlineData(Permissions.All, false)]
    public void IsInquiryOnly_ByPermissions_TrueWithoutAnythingBeyondInquiry(Permissions permissions, bool expected)
        => Assert.Equal(expected, permissions.IsInquiryOnly());

    [Theory]
    [InlineData(Permissions.FundTransfer | Permissions.Inquiry, true)]
    [InlineData(Permissions.Approval | Permissions.Admin, false)]
    public void NeedsOtpAddress_ByPermissions_OnlyFundTransfer(Permissions permissions, bool expected)
        => Assert.Equal(expected, permissions.NeedsOtpAddress());
}
