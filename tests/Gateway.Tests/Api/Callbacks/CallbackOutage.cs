using System.Globalization;
using System.Security.Cryptography;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>
/// A receiver that is down (503) and one that is up, and gateways over one store (so one can restart another) with
/// MaxConcurrent 1 (at most 64 callbacks under way) and a one-minute retry delay.
/// </summary>
internal sealed class CallbackOutage : IAsyncDisposable
{
    public static readonly TimeSpan Retry = TimeSpan.FromMinutes(1);

    private readonly MemoryStateStore _store = new();
    private readonly string _masterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private CallbackOutage(CallbackReceiver down, CallbackReceiver up)
    {
        Down = down;
        Up = up;
    }

    public CallbackReceiver Down { get; }

    public CallbackReceiver Up { get; }

    public static async Task<CallbackOutage> StartAsync()
    {
        var down = await CallbackReceiver.StartAsync();
        down.AlwaysAnswer = 503;
        return new CallbackOutage(down, await CallbackReceiver.StartAsync());
    }

    /// <summary>A gateway whose lanes hold <paramref name="laneCapacity"/> callbacks each, with <paramref name="settings"/> on top.</summary>
    public BankApiFactory Gateway(int laneCapacity, params (string Key, string Value)[] settings)
    {
        var gateway = new BankApiFactory
        {
            Store = _store,
            Settings = new Dictionary<string, string?>
            {
                ["Inkan:KeyProtection:MasterKey"] = _masterKey,
                ["BankApi:Callbacks:MaxConcurrent"] = "1",
                ["BankApi:Callbacks:MaxInFlightPerReceiver"] = laneCapacity.ToString(CultureInfo.InvariantCulture),
                ["BankApi:Callbacks:RetryInitialDelay"] = Retry.ToString(),
                ["BankApi:Callbacks:RetryMaxDelay"] = Retry.ToString(),
                ["BankApi:Callbacks:AllowedTargets:0"] = Down.Url,
                ["BankApi:Callbacks:AllowedTargets:1"] = Up.Url,
            },
        };
        foreach (var (key, value) in settings)
        {
            gateway.Settings[key] = value;
        }

        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await Down.DisposeAsync();
        await Up.DisposeAsync();
    }
}
