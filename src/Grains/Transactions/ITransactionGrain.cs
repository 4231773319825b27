using Inkan.Grains.Otp;
using Inkan.Silo;

namespace Inkan.Grains.Transactions;

/// <summary>
/// One pending transaction (key: <see cref="TransactionIds.New(TimeProvider)"/>). Calls its user, token and contract and
/// the audit chain; nothing calls back into it.
/// </summary>
public interface ITransactionGrain : IGrainWithStringKey
{
    /// <summary>Creates a TRF, FEE, BLK or ADM transaction and its challenge, if the user may and can confirm it.</summary>
    Task<TransactionResult> CreateAsync(TransactionRequest request);

    /// <summary>Creates the ACT transaction that registers a token of the user's contract.</summary>
    Task<TransactionResult> StartActivationAsync(ActivationRequest request);

    /// <summary>Checks the user's code, or for email OTP the PIN and OTP together; authorizes at most once.</summary>
    Task<ConfirmResult> ConfirmAsync(ConfirmRequest request);

    /// <summary>
    /// Email OTP: mails a new OTP for the pending transaction (the previous one stops working), for its own user only, to
    /// their address now; limited per transaction in number and spacing. Refused (<see cref="OtpMailOutcome.Locked"/>,
    /// <see cref="OtpMailOutcome.NotAllowed"/>) when the user's standing no longer lets email OTP confirm.
    /// </summary>
    /// <exception cref="Errors.DomainException">Conflict: the transaction is not confirmed by email OTP.</exception>
    Task<OtpMailResult> ResendOtpAsync(string contractId, string loginId);

    /// <summary>The transaction as stored now (another node may have changed it), for its own user only.</summary>
    Task<TransactionView> GetAsync(string contractId, string loginId);

    /// <summary>The transaction as stored now (another node may have changed it), for the bank's own systems, which act for every user.</summary>
    Task<TransactionView> DescribeAsync();

    /// <summary>
    /// Its user and confirmation method, for the bank's own systems: they never change once it is created, so this copy
    /// answers without reading storage again (unless it does not know the transaction).
    /// </summary>
    Task<TransactionOwner> GetOwnerAsync();

    /// <summary>Cancels the pending transaction, for its own user only.</summary>
    Task<TransactionView> CancelAsync(string contractId, string loginId);
}
