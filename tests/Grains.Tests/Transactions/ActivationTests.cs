using Inkan.Grains.Audit;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Transactions;

public sealed class ActivationTests : SiloTest
{
    [Fact]
    public async Task StartActivationAsync_IssuedToken_BuildsActPayloadWithLoginAndSerial()
    {
        await Bank.CreateContractAsync("C1");
        var token = await Bank.IssuedTokenAsync("C1");

        var result = await Bank.StartActivationAsync("C1", "master", token.Serial);

        Assert.Equal(CreateOutcome.Created, result.Outcome);
        var message = TxaPayload.Parse(result.Transaction!.Payload);
        Assert.Equal(new ActivationData("master", token.Serial), message.Data);
        Assert.Equal(TokenStatus.Issued, (await Bank.Token(token.Serial).GetInfoAsync()).Status);
    }

    [Fact]
    public async Task ConfirmAsync_RightActivationCode_RegistersTokenAndUserUsesIt()
    {
        await Bank.CreateContractAsync("C1");
        var token = await Bank.IssuedTokenAsync("C1");

        await Bank.ActivateAsync("C1", "master", token);

        var info = await Bank.Token(token.Serial).GetInfoAsync();
        Assert.Equal(TokenStatus.Active, info.Status);
        Assert.Equal(["master"], info.Users);
        var context = await Bank.User("C1", "master").GetAuthContextAsync();
        Assert.Equal((TokenStanding.Active, token.Serial), (context.Facts.Token, context.TokenSerial));
        Assert.Equal(ConfirmationDecision.Token, await Bank.User("C1", "master").DecideConfirmationAsync());
    }

    [Fact]
    public async Task ActivateAsync_SeveralUsersOfOneContract_ShareOneToken()
    {
        var token = await Bank.ContractWithTokenAsync("C1");
        await Bank.AddUserAsync("C1", "floor2", Permissions.FundTransfer);
        await Bank.AddUserAsync("C1", "floor3", Permissions.Approval);

        await Bank.ActivateAsync("C1", "floor2", token);
        await Bank.ActivateAsync("C1", "floor3", token);

        Assert.Equal(["master", "floor2", "floor3"], (await Bank.Token(token.Serial).GetInfoAsync()).Users);
    }

    [Fact]
    public async Task StartActivationAsync_OtherContractsToken_RefusedAndAudited()
    {
        var token = await Bank.ContractWithTokenAsync("C1");
        await Bank.CreateContractAsync("C2", "other");

        var result = await Bank.StartActivationAsync("C2", "other", token.Serial);

        Assert.Equal(CreateOutcome.TokenUnavailable, result.Outcome);
        Assert.Null(result.Transaction);
        Assert.Equal(["master"], (await Bank.Token(token.Serial).GetInfoAsync()).Users);
        var audit = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C2"), CancellationToken.None);
        Assert.Contains(audit, e => e.Record.EventType == AuditEventType.ConfirmationRefused && e.Record.TokenSerial == token.Serial);
    }

    [Fact]
    public async Task StartActivationAsync_UserWithAUsableToken_RegistrationNotAllowedAndAudited()
    {
        var registered = await Bank.ContractWithTokenAsync("C1");
        var other = await Bank.IssuedTokenAsync("C1");

        var result = await Bank.StartActivationAsync("C1", "master", other.Serial);

        Assert.Equal(CreateOutcome.RegistrationNotAllowed, result.Outcome);
        Assert.Equal(registered.Serial, (await Bank.User("C1", "master").GetAuthContextAsync()).TokenSerial);
        var audit = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.Contains(audit, e => e.Record.EventType == AuditEventType.ConfirmationRefused && e.Record.TokenSerial == other.Serial);
    }

    [Fact]
    public async Task StartActivationAsync_UserWithALockedToken_RegistrationNotAllowed()
    {
        var registered = await Bank.ContractWithTokenAsync("C1");
        var other = await Bank.IssuedTokenAsync("C1");
        for (var i = 0; i < 5; i++)
        {
            var transfer = (await Bank.StartActivationAsync("C1", "master", registered.Serial)).Transaction!;
            await Bank.ConfirmAsync(transfer, Bank.WrongCode(registered, transfer));
        }

        var result = await Bank.StartActivationAsync("C1", "master", other.Serial);

        Assert.True((await Bank.Token(registered.Serial).GetInfoAsync()).Locked);
        Assert.Equal(CreateOutcome.RegistrationNotAllowed, result.Outcome);
    }

    [Fact]
    public async Task ConfirmAsync_ActivationStartedBeforeAnotherTokenWasRegistered_RejectedAndThatTokenKept()
    {
        await Bank.CreateContractAsync("C1");
        var first = await Bank.IssuedTokenAsync("C1");
        var second = await Bank.IssuedTokenAsync("C1");
        var late = (await Bank.StartActivationAsync("C1", "master", second.Serial)).Transaction!;
        await Bank.ActivateAsync("C1", "master", first);

        var result = await Bank.ConfirmAsync(late, Bank.RightCode(second, late));

        Assert.Equal((ConfirmOutcome.Rejected, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
        Assert.Equal(first.Serial, (await Bank.User("C1", "master").GetAuthContextAsync()).TokenSerial);
        Assert.Empty((await Bank.Token(second.Serial).GetInfoAsync()).Users);
    }

    [Fact]
    public async Task StartActivationAsync_TokenStillInStock_Refused()
    {
        await Bank.CreateContractAsync("C1");
        var token = (await Bank.ImportAsync(1))[0];

        var result = await Bank.StartActivationAsync("C1", "master", token.Serial);

        Assert.Equal(CreateOutcome.TokenUnavailable, result.Outcome);
    }

    [Fact]
    public async Task CheckAsync_CodeFromOtherContractsUser_Unusable()
    {
        var token = await Bank.ContractWithTokenAsync("C1");
        var check = new TokenCheck("C2", "other", TransactionIds.New(Silo.Clock), "TXA1|ACT|" + TxaNonce.Create() + "|other|" + token.Serial, "12345678", Activation: true);

        var result = await Bank.Token(token.Serial).CheckAsync(check);

        Assert.Equal(TokenCheckOutcome.Unusable, result.Outcome);
        Assert.Equal(0, (await Bank.Token(token.Serial).GetInfoAsync()).Failures);
    }

    [Fact]
    public async Task StartActivationAsync_InquiryOnlyUser_RegistrationNotAllowed()
    {
        await Bank.CreateContractAsync("C1");
        await Bank.AddUserAsync("C1", "viewer", Permissions.Inquiry);
        var token = await Bank.IssuedTokenAsync("C1");

        var result = await Bank.StartActivationAsync("C1", "viewer", token.Serial);

        Assert.Equal(CreateOutcome.RegistrationNotAllowed, result.Outcome);
    }

    [Fact]
    public async Task ConfirmAsync_WrongActivationCode_CountsAgainstToken()
    {
        await Bank.CreateContractAsync("C1");
        var token = await Bank.IssuedTokenAsync("C1");
        var tx = (await Bank.StartActivationAsync("C1", "master", token.Serial)).Transaction!;

        var result = await Bank.ConfirmAsync(tx, Bank.WrongCode(token, tx));

        Assert.Equal(ConfirmOutcome.WrongCode, result.Outcome);
        Assert.Equal(4, result.RemainingAttempts);
        var info = await Bank.Token(token.Serial).GetInfoAsync();
        Assert.Equal((1, TokenStatus.Issued), (info.Failures, info.Status));
        Assert.Empty(info.Users);
    }
}
