using System.Text.Json;
using Inkan.Grains.Hosting;
using Inkan.Grains.Idempotency;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Idempotency;

/// <summary>An idempotency key binds the first request's fingerprint to one transaction id for 24 hours.</summary>
public sealed class IdempotencyKeyGrainTests : SiloTest
{
    private const string Key = "0123456789abcdef/order-42";

    private IIdempotencyKeyGrain Grain => Silo.Grains.GetGrain<IIdempotencyKeyGrain>(Key);

    [Fact]
    public async Task ReserveAsync_FirstRequest_BindsTheCandidateAndStoresItBeforeAnswering()
    {
        var reservation = await Grain.ReserveAsync("fp-1", "tx-1");

        Assert.Equal(new IdempotencyReservation("tx-1", Replayed: false, SameRequest: true), reservation);
        var stored = await Silo.Storage.ReadAsync("idempotencykey.idempotency", Key, CancellationToken.None);
        var state = JsonSerializer.Deserialize(stored.Payload!, GrainsJsonContext.Default.IdempotencyKeyState)!;
        Assert.Equal(("fp-1", "tx-1"), (state.Fingerprint, state.TransactionId));
    }

    [Fact]
    public async Task ReserveAsync_SameRequestAgain_AnswersTheFirstTransactionAsAReplay()
    {
        await Grain.ReserveAsync("fp-1", "tx-1");
        Silo.Clock.Advance(TimeSpan.FromHours(23));

        Assert.Equal(new IdempotencyReservation("tx-1", Replayed: true, SameRequest: true), await Grain.ReserveAsync("fp-1", "tx-2"));
    }

    [Fact]
    public async Task ReserveAsync_OtherRequestWithTheKey_NamesTheFirstTransactionButNotTheSameRequest()
    {
        await Grain.ReserveAsync("fp-1", "tx-1");

        Assert.Equal(new IdempotencyReservation("tx-1", Replayed: true, SameRequest: false), await Grain.ReserveAsync("fp-2", "tx-2"));
    }

    [Fact]
    public async Task ReserveAsync_After24Hours_BindsTheKeyAnew()
    {
        await Grain.ReserveAsync("fp-1", "tx-1");
        Silo.Clock.Advance(IdempotencyKeyGrain.Retention);

        Assert.Equal(new IdempotencyReservation("tx-2", Replayed: false, SameRequest: true), await Grain.ReserveAsync("fp-2", "tx-2"));
        Assert.Equal(new IdempotencyReservation("tx-2", Replayed: true, SameRequest: true), await Grain.ReserveAsync("fp-2", "tx-3"));
    }
}
