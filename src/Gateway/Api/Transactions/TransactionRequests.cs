using System.Text.Json;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>
/// Turns a <see cref="CreateTransactionBody"/> into the grain's request, checking every field before any grain
/// is called: ACT becomes an <see cref="ActivationRequest"/>, the other kinds a <see cref="TransactionRequest"/>.
/// </summary>
public static class TransactionRequests
{
    /// <summary>The request for <paramref name="body"/>, created by API key <paramref name="apiKeyId"/>.</summary>
    public static (TransactionRequest? Operation, ActivationRequest? Activation) Parse(
        CreateTransactionBody body, JsonSerializerOptions json, string apiKeyId, CallbackTargets targets)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(targets);
        var contractId = Require.ContractId(body.ContractId);
        var loginId = Require.LoginId(body.LoginId);
        var kind = Require.Name<TxaKind>(body.Kind, "kind");
        var callback = Callback(body.CallbackUrl, apiKeyId, targets);
        if (kind == TxaKind.ACT)
        {
            var serial = Require.Serial(KindData.Read<ActivationBody>(body.Data, json).TokenSerial, "data.tokenSerial");
            return (null, new ActivationRequest(contractId, loginId, serial) { Callback = callback });
        }

        var (data, admin) = KindData.Read(kind, body.Data, json);
        KanaLimits.Check(data);
        // Building a payload checks every field of SPEC section 7 now, naming the one that is wrong.
        TxaPayload.Build(data, TxaNonce.Create());
        return (new TransactionRequest(contractId, loginId, data, admin) { Callback = callback }, null);
    }

    private static CallbackTarget? Callback(string? url, string apiKeyId, CallbackTargets targets) => url switch
    {
        null => null,
        _ when !CallbackTarget.IsValidUrl(url)
            => throw new ApiValidationException("callbackUrl", $"callbackUrl must be an absolute http or https URL of at most {CallbackTarget.MaxUrlLength} characters without user info."),
        _ when !targets.Allows(new Uri(url))
            => throw new ApiValidationException("callbackUrl", "callbackUrl must be a public address, or under one of the configured BankApi:Callbacks:AllowedTargets."),
        _ => new CallbackTarget(url, apiKeyId),
    };
}
