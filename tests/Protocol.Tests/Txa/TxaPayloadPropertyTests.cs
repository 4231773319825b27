using FsCheck;
using FsCheck.Fluent;
using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class TxaPayloadPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Parse_OfBuild_GivesBackTheDataWithKanaCut()
    {
        var property = Prop.ForAll(Gen.Zip(TxaGenerators.Data, TxaGenerators.Nonce).ToArbitrary(), pair =>
        {
            var (data, nonce) = pair;
            var message = TxaPayload.Parse(TxaPayload.Build(data, nonce));
            return message == new TxaMessage(data.Kind, nonce, WithKanaCut(data));
        });

        Check.One(Runs, property);
    }

    [Fact]
    public void Verify_CodeOfBuiltPayload_AcceptsItAndRejectsItForAnyOtherPayload()
    {
        var triples = from data in TxaGenerators.Data
                      from other in TxaGenerators.Data
                      from nonce in TxaGenerators.Nonce
                      select (data, other, nonce);
        var property = Prop.ForAll(triples.ToArbitrary(), triple =>
        {
            var (data, other, nonce) = triple;
            var payload = TxaPayload.Build(data, nonce);
            var otherPayload = TxaPayload.Build(other, nonce);
            var code = TxaCode.Compute(TxaSamples.SpecKey, payload);
            return TxaCode.Verify(TxaSamples.SpecKey, payload, code)
                && (payload == otherPayload || !TxaCode.Verify(TxaSamples.SpecKey, otherPayload, code));
        });

        Check.One(Runs, property);
    }

    private static TxaData WithKanaCut(TxaData data) => data switch
    {
        TransferData trf => trf with
        {
            BankNameKana = TxaPayload.TruncateKana(trf.BankNameKana),
            PayeeKana = TxaPayload.TruncateKana(trf.PayeeKana),
        },
        FeePaymentData fee => new FeePaymentData(
            fee.Items.Select(i => i with { AgencyNameKana = TxaPayload.TruncateKana(i.AgencyNameKana) }).ToList()),
        _ => data,
    };
}
