using Inkan.Gateway.Api.Transactions;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>Turns the answer to a creation into 201 with the transaction, or the bank API's problem saying why not.</summary>
public static class CreationResults
{
    /// <summary>The HTTP result of <paramref name="result"/>.</summary>
    public static IResult Of(TransactionResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result is { Outcome: CreateOutcome.Created, Transaction: { } view }
            ? Results.Created($"/app/api/transactions/{view.TransactionId}", BrowserTransaction.Of(view, now))
            : CreateRefusals.Problem(result);
    }
}
