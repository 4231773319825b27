using System.Text.Json;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>
/// A confirmation request: the user, the kind (<c>TRF</c>, <c>FEE</c>, <c>BLK</c>, <c>ADM</c>, <c>ACT</c>) and the
/// kind's data (SPEC section 3), optionally a URL that receives the final status.
/// </summary>
/// <param name="ContractId">The user's contract.</param>
/// <param name="LoginId">The user who must confirm.</param>
/// <param name="Kind">TRF, FEE, BLK, ADM or ACT.</param>
/// <param name="Data">
/// TRF: <c>{bankNameKana, branch, subject, account, payeeKana, amount}</c>;
/// FEE: <c>{items: [{agencyNumber, agencyNameKana, customerNumber, amount}]}</c>;
/// BLK: <c>{type: SOGO|KYUYO|SHOYO, designatedDate: "YYYY-MM-DD", totalCount, totalAmount}</c>;
/// ADM: <c>{operation: USER_ADD|USER_CHANGE|USER_DELETE|TOKEN_REVOKE, targetLoginId, permissions, password, pin}</c>;
/// ACT: <c>{tokenSerial}</c>.
/// </param>
/// <param name="CallbackUrl">An http(s) URL that receives the final status, signed with the key's callback secret.</param>
public sealed record CreateTransactionBody(string? ContractId, string? LoginId, string? Kind, JsonElement? Data, string? CallbackUrl);
