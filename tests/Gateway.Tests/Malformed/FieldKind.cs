namespace Inkan.Gateway.Tests.Malformed;

/// <summary>What a request field holds, which decides the values that are certainly invalid for it.</summary>
public enum FieldKind
{
    ContractId,
    LoginId,
    Kana,
    Digits1,
    Digits3,
    Digits5,
    Digits7,
    Digits8,
    Amount,
    Count,
    TransactionKind,
    EnumName,
    Date,
    Serial,
    Secret,
    Text,
    Url,
    Permissions,
    Scopes,
    Bool,
    Items,
    HexKey,
    BatchId,
    RequiredString,
    RequiredObject,
    TransactionId,
    KeyId,

    /// <summary>Any string is valid (the server reads it leniently); only values of another JSON type are bad.</summary>
    FreeString,
}
