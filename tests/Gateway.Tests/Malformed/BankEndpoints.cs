using System.Text.Json.Nodes;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>Every bank API endpoint with a valid body for the fixture (one that would change nothing or be refused as a conflict, or change state if the fault did not make it invalid).</summary>
public static class BankEndpoints
{
    private const string Tx = "/api/v1/transactions";
    private const string Bo = "/api/v1/backoffice";

    public static IReadOnlyList<EndpointSpec> For(CorpusFixture f) =>
    [
        Create(f, "TRF", () => new JsonObject { ["bankNameKana"] = "ﾄﾏﾄ", ["branch"] = "123", ["subject"] = "1", ["account"] = "1234567", ["payeeKana"] = "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", ["amount"] = 1000 },
            new("data.bankNameKana", FieldKind.Kana), new("data.branch", FieldKind.Digits3), new("data.subject", FieldKind.Digits1), new("data.account", FieldKind.Digits7), new("data.payeeKana", FieldKind.Kana), new("data.amount", FieldKind.Amount)),
        Create(f, "FEE", () => new JsonObject { ["items"] = new JsonArray(new JsonObject { ["agencyNumber"] = "12345", ["agencyNameKana"] = "ｺｸｾﾞｲ", ["customerNumber"] = "9876543210", ["amount"] = 5000 }) },
            new("data.items", FieldKind.Items), new("data.items[0].agencyNumber", FieldKind.Digits5), new("data.items[0].agencyNameKana", FieldKind.Kana), new("data.items[0].customerNumber", FieldKind.RequiredString), new("data.items[0].amount", FieldKind.Amount)),
        Create(f, "BLK", () => new JsonObject { ["type"] = "SOGO", ["designatedDate"] = "2026-12-25", ["totalCount"] = 12, ["totalAmount"] = 3_456_789 },
            new("data.type", FieldKind.EnumName), new("data.designatedDate", FieldKind.Date), new("data.totalCount", FieldKind.Count), new("data.totalAmount", FieldKind.Amount)),
        Create(f, "ADM", () => new JsonObject { ["operation"] = "USER_CHANGE", ["targetLoginId"] = f.Clerk, ["permissions"] = new JsonArray("Inquiry") },
            new("data.operation", FieldKind.EnumName), new("data.targetLoginId", FieldKind.LoginId), new("data.permissions", FieldKind.Permissions)),
        Create(f, "ACT", () => new JsonObject { ["tokenSerial"] = f.Serial }, new FieldSpec("data.tokenSerial", FieldKind.Serial)),
        new("GET", Tx + "/{id}"),
        new("GET", Tx + "/{id}/qr.png", Query: [("scale", ["0", "21", "abc", "-1", "1e3", BadValues.Huge])]),
        new("GET", Tx + "/{id}/qr.svg"),
        new("POST", Tx + "/{id}/confirmation", () => new JsonObject { ["code"] = "12345678" }, [new("code", FieldKind.Digits8)]),
        new("POST", Tx + "/{id}/otp/resend"),
        new("POST", Tx + "/{id}/cancel"),
        new("POST", "/api/v1/contracts/{c}/users/{l}/logon", () => new JsonObject { ["password"] = "not-the-password", ["skipTokenRegistration"] = false },
            [new("password", FieldKind.Secret), new("skipTokenRegistration", FieldKind.Bool, Required: false)]),
        new("POST", "/api/v1/contracts/{c}/users/{l}/otp-address", () => new JsonObject { ["address"] = "clerk@bank.example", ["language"] = "English" },
            [new("address", FieldKind.Text), new("language", FieldKind.EnumName, Required: false)]),
        new("POST", "/api/v1/contracts/{c}/users/{l}/otp-address/confirmation", () => new JsonObject { ["pin"] = "4321", ["otp"] = "123456" },
            [new("pin", FieldKind.Secret), new("otp", FieldKind.Secret)]),
        new("POST", Bo + "/contracts", () => new JsonObject { ["contractId"] = f.ContractId, ["name"] = "Tomato", ["master"] = new JsonObject { ["loginId"] = "master2", ["password"] = "pass-word-1", ["pin"] = "1234" } },
            [new("contractId", FieldKind.ContractId), new("name", FieldKind.Text), new("master", FieldKind.RequiredObject), new("master.loginId", FieldKind.LoginId), new("master.password", FieldKind.Secret), new("master.pin", FieldKind.Secret)]),
        new("GET", Bo + "/contracts/{c}"),
        new("POST", Bo + "/contracts/{c}/users", () => new JsonObject { ["loginId"] = f.Clerk, ["permissions"] = new JsonArray("Inquiry"), ["password"] = "pass-word-1", ["pin"] = "1234" },
            [new("loginId", FieldKind.LoginId), new("permissions", FieldKind.Permissions), new("password", FieldKind.Secret), new("pin", FieldKind.Secret)]),
        new("GET", Bo + "/contracts/{c}/users/{l}"),
        new("PUT", Bo + "/contracts/{c}/users/{l}/permissions", () => new JsonObject { ["permissions"] = new JsonArray("Inquiry") }, [new("permissions", FieldKind.Permissions)]),
        new("POST", Bo + "/contracts/{c}/users/{l}/secrets", () => new JsonObject { ["password"] = "pass-word-2", ["pin"] = "5678" },
            [new("password", FieldKind.Secret, Required: false), new("pin", FieldKind.Secret, Required: false)]),
        new("POST", Bo + "/contracts/{c}/users/{l}/otp-unlock", () => new JsonObject { ["reference"] = "FORM-1" }, [new("reference", FieldKind.Text)]),
        new("POST", Bo + "/contracts/{c}/users/{l}/otp-address-reset", () => new JsonObject { ["reference"] = "FORM-1" }, [new("reference", FieldKind.Text)]),
        new("POST", Bo + "/token-batches", () => new JsonObject
        {
            ["format"] = "inkan-token-batch", ["version"] = 1, ["batchId"] = "corpus", ["suite"] = Inkan.Protocol.Txa.TxaCode.SuiteText,
            ["tokens"] = new JsonArray(new JsonObject { ["serial"] = "0000000001", ["key"] = new string('a', 64) }),
        },
            [new("format", FieldKind.RequiredString), new("version", FieldKind.Count), new("batchId", FieldKind.BatchId), new("suite", FieldKind.RequiredString),
             new("tokens", FieldKind.Items), new("tokens[0].serial", FieldKind.Serial), new("tokens[0].key", FieldKind.HexKey)]),
        new("POST", Bo + "/contracts/{c}/tokens", () => new JsonObject { ["serial"] = f.StockSerial, ["reason"] = "New" },
            [new("serial", FieldKind.Serial), new("reason", FieldKind.EnumName, Required: false), new("replacedSerial", FieldKind.Serial, Required: false)]),
        new("GET", Bo + "/contracts/{c}/ledger"),
        new("GET", Bo + "/tokens/{serial}"),
        new("POST", Bo + "/tokens/{serial}/unlock", () => new JsonObject { ["reference"] = "FORM-2" }, [new("reference", FieldKind.Text)]),
        new("POST", Bo + "/tokens/{serial}/revoke", () => new JsonObject { ["reason"] = "lost" }, [new("reason", FieldKind.Text)]),
        new("GET", Bo + "/audit/bank", Query: [("afterId", ["-1", "abc", "1.5", BadValues.Huge]), ("limit", ["0", "-1", "100000", "abc"])]),
        new("GET", Bo + "/audit/bank/verification"),
        new("GET", Bo + "/contracts/{c}/audit", Query: [("limit", ["0", "abc"])]),
        new("GET", Bo + "/contracts/{c}/audit/verification"),
        new("GET", Bo + "/tokens/{serial}/audit", Query: [("afterId", ["-1", "abc"]), ("limit", ["0", "100000"])]),
        new("GET", Bo + "/tokens/{serial}/audit/verification"),
        new("GET", Bo + "/callbacks/failures"),
        new("POST", Bo + "/api-keys", () => new JsonObject { ["name"] = "corpus", ["scopes"] = new JsonArray("transactions") }, [new("name", FieldKind.Text), new("scopes", FieldKind.Scopes)]),
        new("GET", Bo + "/api-keys/{keyId}"),
        new("POST", Bo + "/api-keys/{keyId}/revoke"),
    ];

    private static EndpointSpec Create(CorpusFixture f, string kind, Func<JsonObject> data, params FieldSpec[] dataFields) => new(
        "POST",
        Tx,
        () => new JsonObject { ["contractId"] = f.ContractId, ["loginId"] = f.Master, ["kind"] = kind, ["data"] = data(), ["callbackUrl"] = "https://bank.example/cb" },
        [new("contractId", FieldKind.ContractId), new("loginId", FieldKind.LoginId), new("kind", FieldKind.TransactionKind), new("data", FieldKind.RequiredObject), new("callbackUrl", FieldKind.Url, Required: false), .. dataFields],
        TakesIdempotencyKey: true);
}
