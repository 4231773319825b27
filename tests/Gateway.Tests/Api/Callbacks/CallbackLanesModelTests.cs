using Inkan.Gateway.Api.Callbacks;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>
/// The lanes against a model, over random runs: notices appended to three receivers, deliveries finishing in any
/// order, receivers turning suspect and healthy again, between passes and in the middle of them. Every notice is started once, each receiver's in
/// log order, no lane holds more than its cap, and once all are healthy every notice gets started.
/// </summary>
public sealed class CallbackLanesModelTests
{
    private static readonly string[] Urls = [LanesHarness.A, LanesHarness.B, "https://c.example/cb"];

    [Fact]
    public void Pass_RandomAppendsFinishesAndSuspectReceivers_EachNoticeStartedOnceInOrderWithinTheCaps()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            RunModel(new Random(seed));
        }
    }

    private static void RunModel(Random random)
    {
        const int Cap = 3;
        var harness = new LanesHarness(Cap);
        var receiverOf = new Dictionary<long, string>();
        var healthyAtTheEnd = false;
        // Deliveries run on other threads: a receiver may turn suspect or healthy while the relay is in a read.
        harness.DuringStart = () =>
        {
            foreach (var lane in harness.Lanes.All.Values.Where(_ => !healthyAtTheEnd && random.Next(4) == 0))
            {
                lane.Probe.Attempted(succeeded: random.Next(2) == 0);
            }
        };
        for (var step = 0; step < 150; step++)
        {
            switch (random.Next(4))
            {
                case 0:
                    var url = Urls[random.Next(Urls.Length)];
                    foreach (var id in harness.Append(url, random.Next(1, 8)))
                    {
                        receiverOf[id] = CallbackLane.ReceiverOf(url);
                    }

                    break;
                case 1:
                    var running = harness.Started.Where(id => !harness.IsFinished(id)).ToList();
                    if (running.Count > 0)
                    {
                        harness.Finish(running[random.Next(running.Count)]);
                    }

                    break;
                case 2:
                    foreach (var lane in harness.Lanes.All.Values.Where(_ => random.Next(2) == 0))
                    {
                        lane.Probe.Attempted(succeeded: random.Next(2) == 0);
                    }

                    break;
                default:
                    harness.Pass();
                    AssertInvariants(harness, receiverOf, Cap);
                    break;
            }
        }

        healthyAtTheEnd = true;
        foreach (var lane in harness.Lanes.All.Values)
        {
            lane.Probe.Attempted(succeeded: true);
        }

        harness.FinishAll();
        AssertInvariants(harness, receiverOf, Cap);
        Assert.Equal(receiverOf.Keys.Order(), harness.Started.Order());
    }

    private static void AssertInvariants(LanesHarness harness, Dictionary<long, string> receiverOf, int cap)
    {
        Assert.Equal(harness.Started.Count, harness.Started.Distinct().Count());
        foreach (var started in harness.Started.GroupBy(id => receiverOf[id]))
        {
            Assert.Equal(started.Order(), started);
            Assert.True(started.Count(id => !harness.IsFinished(id)) <= cap);
        }
    }
}
