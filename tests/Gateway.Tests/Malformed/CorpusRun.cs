using System.Collections.Concurrent;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>Sends a corpus four at a time and checks that every answer is a 4xx problem (<see cref="ProblemAnswer"/>).</summary>
public static class CorpusRun
{
    public static async Task AssertAllProblemsAsync(IEnumerable<MalformedRequest> requests, int count, Func<MalformedRequest, Task<HttpResponseMessage>> send)
    {
        var violations = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            using var response = await send(request);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (await ProblemAnswer.ViolationAsync(response) is { } violation)
            {
                violations.Enqueue($"{request} as {request.Caller} → {status}: {violation}");
            }
        });

        Assert.True(violations.IsEmpty, $"{violations.Count} of {count} answers wrong (statuses {ProblemAnswer.Summary(statuses)}):\n{string.Join('\n', violations.Take(25))}");
        Assert.Equal(count, statuses.Values.Sum());
    }
}
