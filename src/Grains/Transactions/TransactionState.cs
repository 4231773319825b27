using System.Text.Json.Serialization;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Contracts;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Transactions;

/// <summary>Persisted state of a pending transaction. New fields need defaults so that older records still load.</summary>
public sealed class TransactionState
{
    /// <summary>Life cycle position.</summary>
    public TransactionStatus Status { get; set; }

    /// <summary>The contract of the user who must confirm.</summary>
    public string ContractId { get; set; } = "";

    /// <summary>The user who must confirm; nobody else sees or confirms the transaction.</summary>
    public string LoginId { get; set; } = "";

    /// <summary>The operation kind.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<TxaKind>))]
    public TxaKind Kind { get; set; }

    /// <summary>How the transaction is confirmed: token or email OTP.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ConfirmationMethod>))]
    public ConfirmationMethod Method { get; set; }

    /// <summary>The TXA1 payload built by the server from the request, nonce included: the server's own copy.</summary>
    public string Payload { get; set; } = "";

    /// <summary>The token that must confirm.</summary>
    public string? TokenSerial { get; set; }

    /// <summary>Email OTP: the OTP (hashed) and its mails.</summary>
    public OtpChallenge? Otp { get; set; }

    /// <summary>Email OTP: where the OTP mails go (the user's address when the transaction was created).</summary>
    public string? OtpAddress { get; set; }

    /// <summary>Email OTP: the language of the mails.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<MailLanguage>))]
    public MailLanguage OtpLanguage { get; set; }

    /// <summary>For ADM, the change to apply once confirmed.</summary>
    public AdminChange? AdminChange { get; set; }

    /// <summary>When the challenge was issued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the challenge stops being valid (email OTP: the current OTP's expiry).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the transaction reached a final status.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Wrong codes entered for this transaction.</summary>
    public int WrongCodes { get; set; }

    /// <summary>Why the transaction was rejected, if it was.</summary>
    public string? Detail { get; set; }

    /// <summary>Where the final status is POSTed, if anywhere.</summary>
    public CallbackTarget? Callback { get; set; }
}
