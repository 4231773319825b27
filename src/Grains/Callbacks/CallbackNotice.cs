using System.Text.Json;
using Inkan.Grains.Hosting;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Callbacks;

/// <summary>A transaction's final status waiting in the callback outbox (log <see cref="CallbackLogs.Notices"/>).</summary>
/// <param name="TransactionId">The transaction.</param>
/// <param name="ContractId">Its user's contract.</param>
/// <param name="LoginId">Its user.</param>
/// <param name="Kind">The operation kind.</param>
/// <param name="Status">The final status.</param>
/// <param name="Detail">Why it was rejected, if it was.</param>
/// <param name="CompletedAt">When it reached the final status.</param>
/// <param name="Target">Where to POST it.</param>
public sealed record CallbackNotice(
    string TransactionId, string ContractId, string LoginId, TxaKind Kind, TransactionStatus Status, string? Detail, DateTimeOffset CompletedAt, CallbackTarget Target)
{
    /// <summary>The entry as JSON for <see cref="CallbackLogs.Notices"/>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, GrainsJsonContext.Default.CallbackNotice);

    /// <summary>Reads an entry written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The payload is not a callback entry.</exception>
    public static CallbackNotice FromJson(string json) => CallbackJson.Read(json, GrainsJsonContext.Default.CallbackNotice);
}
