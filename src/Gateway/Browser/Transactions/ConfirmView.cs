using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The answer to a code as the page shows it: the outcome, attempts left on the token, and the transaction afterwards.</summary>
public sealed record ConfirmView(string Outcome, int RemainingAttempts, BrowserTransaction Transaction)
{
    /// <summary>The page's view of <paramref name="result"/> at <paramref name="now"/>.</summary>
    public static ConfirmView Of(ConfirmResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ConfirmView(result.Outcome.ToString(), result.RemainingAttempts, BrowserTransaction.Of(result.Transaction, now));
    }
}
