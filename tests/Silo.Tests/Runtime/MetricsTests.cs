using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Silo.Tests.Runtime;

public sealed class MetricsTests
{
    [Fact]
    public async Task Calls_WithListener_RecordActivationsCallsLatencyAndBatches()
    {
        var measurements = new ConcurrentDictionary<string, double>();
        Meter? ours = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SiloMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        // Other tests' silos run in parallel with meters of the same name: count only this silo's.
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Meter == Volatile.Read(ref ours))
            {
                measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) =>
        {
            if (instrument.Meter == Volatile.Read(ref ours))
            {
                measurements.AddOrUpdate(instrument.Name, 1, (_, count) => count + 1);
            }
        });
        listener.Start();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        Volatile.Write(ref ours, silo.Metrics.Meter);

        for (var i = 0; i < 10; i++)
        {
            await silo.Grains.GetGrain<ICounterGrain>($"m{i % 2}").IncrementAsync();
        }

        Assert.Equal(2, measurements["inkan.silo.activations.created"]);
        Assert.True(measurements["inkan.silo.calls"] >= 10);
        Assert.True(measurements["inkan.silo.call.duration"] >= 10);
        Assert.Equal(10, measurements["inkan.silo.storage.writes"]);
        Assert.True(measurements.ContainsKey("inkan.silo.storage.batch.size"));
    }
}
