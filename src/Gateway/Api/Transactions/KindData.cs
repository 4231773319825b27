using System.Text.Json;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.Users;
using Inkan.Grains.Contracts;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>Reads the <c>data</c> member of a confirmation request for its kind; a wrong shape or type names its JSON path.</summary>
public static class KindData
{
    /// <summary>The operation data of <paramref name="kind"/> (not ACT) and, for ADM, the change's details.</summary>
    public static (TxaData Data, AdminDetails? Admin) Read(TxaKind kind, JsonElement? data, JsonSerializerOptions json) => kind switch
    {
        TxaKind.TRF => (Transfer(Read<TransferBody>(data, json)), null),
        TxaKind.FEE => (FeePayment(Read<FeePaymentBody>(data, json)), null),
        TxaKind.BLK => (BulkApproval(Read<BulkApprovalBody>(data, json)), null),
        TxaKind.ADM => Admin(Read<AdminBody>(data, json)),
        _ => throw new ApiValidationException("kind", $"kind {kind} has no operation data."),
    };

    /// <summary>Deserializes <paramref name="data"/> as <typeparamref name="T"/>.</summary>
    public static T Read<T>(JsonElement? data, JsonSerializerOptions json)
        where T : class
    {
        if (data is not { ValueKind: JsonValueKind.Object } element)
        {
            throw new ApiValidationException("data", "data must be an object with the kind's fields.");
        }

        try
        {
            return element.Deserialize<T>(json)!;
        }
        catch (JsonException e)
        {
            var path = "data" + (e.Path ?? "$")[1..];
            throw new ApiValidationException(path, $"{path} has the wrong type or shape.");
        }
    }

    private static TransferData Transfer(TransferBody b)
        => new(b.BankNameKana!, b.Branch!, b.Subject!, b.Account!, b.PayeeKana!, b.Amount ?? 0);

    private static FeePaymentData FeePayment(FeePaymentBody b)
        => new(b.Items?.Select(i => i is null ? null! : new FeeItem(i.AgencyNumber!, i.AgencyNameKana!, i.CustomerNumber!, i.Amount ?? 0)).ToList()!);

    private static BulkApprovalData BulkApproval(BulkApprovalBody b)
        => new(
            Require.Name<BulkTransferType>(b.Type, "data.type"),
            b.DesignatedDate ?? throw new ApiValidationException("data.designatedDate", "data.designatedDate is required (YYYY-MM-DD)."),
            b.TotalCount ?? 0,
            b.TotalAmount ?? 0);

    private static (TxaData, AdminDetails?) Admin(AdminBody b)
    {
        var operation = Require.Name<AdminOperation>(b.Operation, "data.operation");
        var data = new AdminData(operation, b.TargetLoginId!);
        return operation switch
        {
            AdminOperation.USER_ADD => (data, new AdminDetails(
                PermissionNames.Parse(b.Permissions, "data.permissions"), Require.Secret(b.Password, "data.password"), Require.Secret(b.Pin, "data.pin"))),
            AdminOperation.USER_CHANGE => (data, new AdminDetails(PermissionNames.Parse(b.Permissions, "data.permissions"))),
            _ => (data, null),
        };
    }
}
