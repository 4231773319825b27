using System.Text.Json.Nodes;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// Every JSON endpoint of the browser client (<c>/app/api</c>) with a valid request of the fixture's master, signed on
/// in the browser (one that would change nothing, be refused, or change state if the fault did not make it invalid).
/// </summary>
public static class BrowserEndpoints
{
    private const string Api = "/app/api";
    private const string Tx = Api + "/transactions/{id}";

    public static IReadOnlyList<EndpointSpec> For(CorpusFixture f) =>
    [
        new("GET", Api + "/session", Access: EndpointAccess.Browser),
        // Aimed at a login ID that does not exist: a wrong password for a real user is no malformation, and it counts
        // towards that user's logon lock (LogonTests).
        new("POST", Api + "/logon", () => new JsonObject { ["contractId"] = f.ContractId, ["loginId"] = "no.such.user", ["password"] = "not-the-password" },
            [new("contractId", FieldKind.ContractId), new("loginId", FieldKind.LoginId), new("password", FieldKind.Secret)], Access: EndpointAccess.Browser),
        Session("POST", "/logon/skip"),
        Session("POST", "/logoff"),
        Session("POST", "/transfers", () => new JsonObject { ["bankNameKana"] = "ﾄﾏﾄ", ["branch"] = "123", ["subject"] = "1", ["account"] = "1234567", ["payeeKana"] = "ﾀﾅｶ", ["amount"] = 1000 },
            new("bankNameKana", FieldKind.Kana), new("branch", FieldKind.Digits3), new("subject", FieldKind.Digits1), new("account", FieldKind.Digits7), new("payeeKana", FieldKind.Kana), new("amount", FieldKind.Amount)),
        Session("POST", "/fee-payments", () => new JsonObject { ["items"] = new JsonArray(new JsonObject { ["agencyNumber"] = "12345", ["agencyNameKana"] = "ｺｸｾﾞｲ", ["customerNumber"] = "9876543210", ["amount"] = 5000 }) },
            new("items", FieldKind.Items), new("items[0].agencyNumber", FieldKind.Digits5), new("items[0].agencyNameKana", FieldKind.Kana), new("items[0].customerNumber", FieldKind.RequiredString), new("items[0].amount", FieldKind.Amount)),
        Session("POST", "/bulk-approvals", () => new JsonObject { ["type"] = "KYUYO", ["designatedDate"] = "2026-12-25", ["totalCount"] = 12, ["totalAmount"] = 3_456_789 },
            new("type", FieldKind.EnumName), new("designatedDate", FieldKind.Date), new("totalCount", FieldKind.Count), new("totalAmount", FieldKind.Amount)),
        new("GET", Api + "/transactions", Query: [("pending", ["abc", "2", "yes", BadValues.Huge])], Access: EndpointAccess.Session),
        Session("GET", Tx),
        Session("GET", Tx + "/qr.png"),
        Session("POST", Tx + "/confirm", () => new JsonObject { ["code"] = "12345678" }, new("code", FieldKind.Digits8), new("pin", FieldKind.Secret, Required: false)),
        Session("POST", Tx + "/cancel"),
        Session("POST", Tx + "/resend-otp"),
        Session("POST", "/token-registrations", () => new JsonObject { ["serial"] = f.Serial }, new FieldSpec("serial", FieldKind.Serial)),
        Session("POST", "/otp-address", () => new JsonObject { ["address"] = "master@bank.example", ["language"] = "en" },
            new("address", FieldKind.Text), new("language", FieldKind.FreeString, Required: false)),
        Session("POST", "/otp-address/confirm", () => new JsonObject { ["pin"] = "4321", ["otp"] = "123456" }, new("pin", FieldKind.Secret), new("otp", FieldKind.Secret)),
        Session("GET", "/admin/contract"),
        Session("POST", "/admin/changes", () => new JsonObject { ["operation"] = "USER_CHANGE", ["targetLoginId"] = f.Clerk, ["permissions"] = new JsonArray("Inquiry") },
            new("operation", FieldKind.EnumName), new("targetLoginId", FieldKind.LoginId), new("permissions", FieldKind.Permissions, Required: false)),
        Session("POST", "/admin/changes", () => new JsonObject { ["operation"] = "USER_ADD", ["targetLoginId"] = "newcomer", ["permissions"] = new JsonArray("Inquiry"), ["password"] = "pass-word-1", ["pin"] = "1234" },
            new("password", FieldKind.Secret), new("pin", FieldKind.Secret)),
    ];

    private static EndpointSpec Session(string method, string path, Func<JsonNode>? body = null, params FieldSpec[] fields) =>
        new(method, path.StartsWith(Api, StringComparison.Ordinal) ? path : Api + path, body, body is null ? null : fields, Access: EndpointAccess.Session);
}
