using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Tokens;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Tokens;

public sealed class TokenCheckTests : TokenHolderTest
{
    private static TokenCheck Check(string serial, string contractId = "C1") => new(contractId, "master", "0123456789abcdef0123456789abcdef", "TXA1|ACT|00|x|" + serial, "12345678", Activation: false);

    [Fact]
    public async Task CheckAsync_UnknownSerial_UnusableAndNothingStored()
    {
        var result = await Bank.Token("0999999999").CheckAsync(Check("0999999999"));

        Assert.Equal(TokenCheckOutcome.Unusable, result.Outcome);
        Assert.False((await Silo.Storage.ReadAsync("token.token", "0999999999", CancellationToken.None)).RecordExists);
        Assert.Empty(await Silo.Audit.ReadAllAsync(AuditChains.ForToken("0999999999"), CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_OtherContract_RefusedAndAuditedInTheTokensChainOnly()
    {
        var contractEntries = (await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None)).Count;

        var result = await Bank.Token(Token.Serial).CheckAsync(Check(Token.Serial, "C9"));

        Assert.Equal(TokenCheckOutcome.Unusable, result.Outcome);
        var last = (await Silo.Audit.ReadAllAsync(AuditChains.ForToken(Token.Serial), CancellationToken.None))[^1];
        Assert.Equal((AuditEventType.ConfirmationRefused, "not issued to this contract"), (last.Record.EventType, last.Record.Details));
        Assert.Equal(new AuditHead(last.Sequence, last.Hash), await Bank.Token(Token.Serial).GetAuditHeadAsync());
        Assert.Equal(contractEntries, (await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task CheckAsync_RightCodeAgainForTheSameTransaction_AcceptedWithOneSuccessEntry()
    {
        // A crash after the token's write and before the transaction's leaves the transaction pending, and it asks again.
        var check = Check(Token.Serial) with { Code = TxaCode.Compute(Token.Key, Check(Token.Serial).Payload) };

        var first = await Bank.Token(Token.Serial).CheckAsync(check);
        var again = await Bank.Token(Token.Serial).CheckAsync(check);

        Assert.Equal((TokenCheckOutcome.Accepted, TokenCheckOutcome.Accepted), (first.Outcome, again.Outcome));
        var entries = await Silo.Audit.ReadAllAsync(AuditChains.ForToken(Token.Serial), CancellationToken.None);
        Assert.Single(entries, e => e.Record.EventType == AuditEventType.ConfirmationSucceeded && e.Record.TransactionId == check.TransactionId);
    }
}
