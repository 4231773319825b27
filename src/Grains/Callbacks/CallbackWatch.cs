using System.Text.Json;
using Inkan.Grains.Hosting;

namespace Inkan.Grains.Callbacks;

/// <summary>
/// A pending transaction whose final status someone waits for. After a restart nothing else would wake the
/// transaction to expire it, so the relay reads these and touches each until it is final.
/// </summary>
public sealed record CallbackWatch(string TransactionId, string ContractId, string LoginId)
{
    /// <summary>The entry as JSON for <see cref="CallbackLogs.Watches"/>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, GrainsJsonContext.Default.CallbackWatch);

    /// <summary>Reads an entry written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The payload is not a watch entry.</exception>
    public static CallbackWatch FromJson(string json) => CallbackJson.Read(json, GrainsJsonContext.Default.CallbackWatch);
}
