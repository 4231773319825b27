using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>
/// A transaction as the pages show it: kind and title, status, method, the lines the token will display, and the
/// expiry with the server's clock so that the page can count down without trusting its own.
/// </summary>
public sealed record BrowserTransaction(
    string Id,
    string Kind,
    string Title,
    string Status,
    string Method,
    IReadOnlyList<DisplayLine> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset ServerTime,
    int WrongCodes,
    string? TokenSerial,
    string? Detail)
{
    /// <summary>The page's view of <paramref name="view"/> at <paramref name="now"/>.</summary>
    public static BrowserTransaction Of(TransactionView view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new BrowserTransaction(
            view.TransactionId, view.Kind.ToString(), TxaDisplay.Title(view.Kind), view.Status.ToString(), view.Method.ToString(),
            PayloadLines(view.Payload), view.CreatedAt, view.ExpiresAt, now, view.WrongCodes, view.TokenSerial, view.Detail);
    }

    /// <summary>What the token shows for <paramref name="payload"/> (the server's own payload, so it parses).</summary>
    public static IReadOnlyList<DisplayLine> PayloadLines(string payload) =>
        string.IsNullOrEmpty(payload) ? [] : TxaDisplay.Lines(TxaPayload.Parse(payload).Data);
}
