namespace Inkan.Gateway.Demo;

/// <summary>The demo credentials file (<c>&lt;DataDirectory&gt;/demo-credentials.json</c>): everything a newcomer needs to try the system.</summary>
/// <param name="ContractId">The demo contract.</param>
/// <param name="Users">Its users with their secrets.</param>
/// <param name="ApiKey">A bank API key with both scopes.</param>
/// <param name="CallbackSecret">The secret that signs that key's callbacks.</param>
/// <param name="EmulatorStore">The token emulator's key store directory (pass it as <c>--store</c>).</param>
/// <param name="Tokens">The demo tokens and where each stands.</param>
/// <param name="Notes">How to use it.</param>
public sealed record DemoCredentials(
    string ContractId, IReadOnlyList<DemoUser> Users, string ApiKey, string CallbackSecret, string EmulatorStore, IReadOnlyDictionary<string, string> Tokens, IReadOnlyList<string> Notes)
{
    /// <summary>The file's name in the data directory.</summary>
    public const string FileName = "demo-credentials.json";

    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => $"DemoCredentials {{ ContractId = {ContractId} }}";
}
