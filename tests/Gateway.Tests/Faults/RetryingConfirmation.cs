using System.Net;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Submits a code through the bank API the way a client of several gateway nodes must: a 409 <c>concurrent-update</c>
/// problem (the token's versioned write met another node's, nothing was stored) is sent again; any other answer is final.
/// </summary>
public static class RetryingConfirmation
{
    private const int MaxConflicts = 1_000;

    /// <summary>The final answer to <paramref name="code"/> and how many conflicts came before it.</summary>
    public static async Task<(ConfirmResult Result, int Conflicts)> ConfirmAsync(HttpClient client, string transactionId, string code)
    {
        for (var conflicts = 0; ; conflicts++)
        {
            using var response = await client.PostJsonAsync($"{ApiBank.V1}/transactions/{transactionId}/confirmation", new { code });
            if (response.StatusCode != HttpStatusCode.Conflict || conflicts == MaxConflicts)
            {
                return (await response.ReadAsync<ConfirmResult>(), conflicts);
            }

            Assert.Equal(ProblemCodes.ConcurrentUpdate, (await response.ProblemAsync(HttpStatusCode.Conflict)).Code);
        }
    }
}
