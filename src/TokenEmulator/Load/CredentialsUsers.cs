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
        BankApiClient.Expect(await api.AddUserAsync(contractId, LoadSetup.TargetLoginId, LoadSetup.TargetPermissions, "load-target-pass", "1234", cancellation).ConfigureAwait(false), $"adding {LoadSetup.TargetLoginId}", alsoFine: 409);
        var users = new List<LoadUser>();
        foreach (var user in credentials.GetProperty("users").EnumerateArray())
        {
            var confirms = user.TryGetProperty("confirms", out var c) ? c.GetString() ?? string.Empty : string.Empty;
            if (!confirms.StartsWith("token ", StringComparison.Ordinal) || confirms.Length < 6 + TokenSerial.Length)
            {
                continue;
            }

            var serial = confirms.Substring(6, TokenSerial.Length);
            var loadUser = new LoadUser(contractId, Member(user, "loginId"), new TokenRecord(serial, store.KeyOf(serial)), LoadSetup.TargetLoginId);
            if (confirms.Contains("register it", StringComparison.Ordinal))
            {
                await LoadSetup.RegisterAsync(api, loadUser, cancellation).ConfigureAwait(false);
            }

            users.Add(loadUser);
        }

        return users.Count > 0 ? users : throw new EmulatorException($"--credentials {path} names no user who confirms with a token");
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

    private static string Member(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new EmulatorException($"the credentials file has no '{name}'");
}
