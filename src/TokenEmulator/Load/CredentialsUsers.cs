using System.Text.Json;
using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Store;

namespace Inkan.TokenEmulator.Load;

/// <summary>
/// The users of a demo credentials file (<c>demo-credentials.json</c>) who confirm with a token of its key store:
/// those whose <c>confirms</c> starts with <c>token &lt;serial&gt;</c>; a token still to register is registered first.
/// </summary>
internal static class CredentialsUsers
{
    public static async Task<IReadOnlyList<LoadUser>> ReadAsync(string path, BankApiClient api, CancellationToken cancellation)
    {
        var credentials = Read(path);
        var contractId = Member(credentials, "contractId");
        var store = new TokenStore(Member(credentials, "emulatorStore"));
        var users = new List<(LoadUser User, bool Registers)>();
        foreach (var user in Users(credentials))
        {
            var confirms = user.TryGetProperty("confirms", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty;
            if (!confirms.StartsWith("token ", StringComparison.Ordinal) || confirms.Length < 6 + TokenSerial.Length)
            {
                continue;
            }

            var serial = confirms.Substring(6, TokenSerial.Length);
            var loadUser = new LoadUser(contractId, Member(user, "loginId"), new TokenRecord(serial, store.KeyOf(serial)), LoadSetup.TargetLoginId);
            users.Add((loadUser, confirms.Contains("register it", StringComparison.Ordinal)));
        }

        if (users.Count == 0)
        {
            throw new EmulatorException($"--credentials {path} names no user who confirms with a token");
        }

        BankApiClient.Expect(await api.AddUserAsync(contractId, LoadSetup.TargetLoginId, LoadSetup.TargetPermissions, "load-target-pass", "1234", cancellation).ConfigureAwait(false), $"adding {LoadSetup.TargetLoginId}", alsoFine: 409);
        foreach (var (user, _) in users.Where(u => u.Registers))
        {
            await LoadSetup.RegisterAsync(api, user, cancellation).ConfigureAwait(false);
        }

        return [.. users.Select(u => u.User)];
    }

    /// <summary>The API key the credentials file holds.</summary>
    public static string ApiKey(string path) => Member(Read(path), "apiKey");

    private static JsonElement Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new EmulatorException($"--credentials {path} is not JSON");
        }
    }

    private static JsonElement.ArrayEnumerator Users(JsonElement credentials)
        => credentials.ValueKind == JsonValueKind.Object && credentials.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array
            ? users.EnumerateArray()
            : throw new EmulatorException("the credentials file has no 'users' list");

    private static string Member(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new EmulatorException($"the credentials file's '{name}' is missing or not text");
}
