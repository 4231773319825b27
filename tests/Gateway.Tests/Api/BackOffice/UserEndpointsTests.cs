using System.Net;
using Inkan.Gateway.Api.BackOffice;
using Inkan.Gateway.Api.Users;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Policy;

namespace Inkan.Gateway.Tests.Api.BackOffice;

public sealed class UserEndpointsTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task AddUser_ThenGet_ShowsPermissionsAndStanding()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);

        var response = await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users", new { loginId = "hanako", permissions = new[] { "Inquiry", "Approval" }, password = "pw-1", pin = "9999" });
        var created = await response.ReadAsync<UserView>(HttpStatusCode.Created);
        var read = await (await Client.GetAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users/hanako")).ReadAsync<UserView>();

        Assert.Equal(["Inquiry", "Approval"], created.Permissions);
        Assert.Equal(created.Permissions, read.Permissions);
        Assert.Equal((contractId, "hanako", TokenStanding.None, null, false), (read.ContractId, read.LoginId, read.Token, read.Otp.Address, read.Otp.Locked));
    }

    [Fact]
    public async Task ChangePermissions_ReplacesThem_ButNotTheMasters()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        await Bank.AddUserAsync(contractId, "hanako", "Inquiry");

        var changed = await (await Client.PutJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users/hanako/permissions", new { permissions = new[] { "All" } })).ReadAsync<UserView>();
        var master = await (await Client.PutJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users/master/permissions", new { permissions = Array.Empty<string>() }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(["Inquiry", "DataCreation", "FundTransfer", "Approval", "Admin"], changed.Permissions);
        Assert.Equal("forbidden", master.Code);
    }

    [Fact]
    public async Task ResetSecrets_NewPasswordLogsOn_OldDoesNot()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        await Bank.AddUserAsync(contractId, "hanako", "Inquiry");

        var reset = await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users/hanako/secrets", new { password = "brand-new-pass" });
        var withOld = await LogonAsync(contractId, "hanako", ApiBank.Password);
        var withNew = await LogonAsync(contractId, "hanako", "brand-new-pass");

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.False(withOld.Authenticated);
        Assert.True(withNew.Authenticated);
    }

    [Fact]
    public async Task Logon_SixWrongPasswords_LockedInTheViewUntilANewPassword()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        await Bank.AddUserAsync(contractId, "jiro", "Inquiry");
        var url = $"{ApiBank.BackOffice}/contracts/{contractId}/users/jiro";

        for (var i = 0; i < 6; i++)
        {
            Assert.False((await LogonAsync(contractId, "jiro", "wrong-pass-" + i)).Authenticated);
        }

        var locked = await (await Client.GetAsync(url)).ReadAsync<UserView>();
        var rightButLocked = await LogonAsync(contractId, "jiro", ApiBank.Password);
        await Client.PostJsonAsync(url + "/secrets", new { password = "brand-new-pass" });
        var unlocked = await (await Client.GetAsync(url)).ReadAsync<UserView>();

        Assert.True(locked.LogonLocked);
        Assert.False(rightButLocked.Authenticated);
        Assert.False(unlocked.LogonLocked);
        Assert.True((await LogonAsync(contractId, "jiro", "brand-new-pass")).Authenticated);
    }

    [Fact]
    public async Task ResetSecrets_Neither_Is400_UnknownUser_Is404()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);

        var neither = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users/master/secrets", new { })).ProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{contractId}/users/nobody/secrets", new { pin = "1" })).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(("invalid-field", "not-found"), (neither.Code, unknown.Code));
    }

    [Fact]
    public async Task UnlockOtp_UserNotLocked_Is409_MissingReference_Is400()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        var url = $"{ApiBank.BackOffice}/contracts/{contractId}/users/master/otp-unlock";

        var notLocked = await (await Client.PostJsonAsync(url, new { reference = "FORM-1" })).ProblemAsync(HttpStatusCode.Conflict);
        var noReference = await (await Client.PostJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("conflict", notLocked.Code);
        Assert.Equal("reference", noReference.Field);
    }

    [Fact]
    public async Task ResetOtpAddress_NoAddress_Is409_MissingReference_Is400()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        var url = $"{ApiBank.BackOffice}/contracts/{contractId}/users/master/otp-address-reset";

        var noAddress = await (await Client.PostJsonAsync(url, new { reference = "FORM-1" })).ProblemAsync(HttpStatusCode.Conflict);
        var noReference = await (await Client.PostJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("conflict", noAddress.Code);
        Assert.Equal("reference", noReference.Field);
    }

    private async Task<LogonResponse> LogonAsync(string contractId, string loginId, string password)
        => await (await Client.PostJsonAsync($"{ApiBank.V1}/contracts/{contractId}/users/{loginId}/logon", new { password })).ReadAsync<LogonResponse>();
}
