using System.Text.Json;

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

    /// <summary>How to use the demo, with the emulator's key store directory <paramref name="store"/>.</summary>
    public static IReadOnlyList<string> NotesFor(string store) =>
    [
        "Log on in the browser as a user below; the demo token's secrets are in the emulator's key store.",
        $"Read a QR code: dotnet run --project src/TokenEmulator -- scan --image <screenshot> --token {DemoTokens.SharedSerial} --store {store}",
        "Bank API: send 'Authorization: Bearer <apiKey>'; the OpenAPI document is at /openapi/v1.json.",
    ];

    /// <summary>Writes <paramref name="credentials"/> to <paramref name="path"/>, readable by its owner only.</summary>
    public static void Write(string path, DemoCredentials credentials)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, credentials, DemoJson.Options);
    }
}
