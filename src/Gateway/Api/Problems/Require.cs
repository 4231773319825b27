using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Api.Problems;

/// <summary>Checks request fields before they reach a grain; each failure is an <see cref="ApiValidationException"/> naming the field.</summary>
public static class Require
{
    private const int MaxSecretLength = 128;

    /// <summary>The value, unless it is null or empty.</summary>
    public static string Present(string? value, string field)
        => string.IsNullOrEmpty(value) ? throw new ApiValidationException(field, $"{field} is required.") : value;

    /// <summary>A contract ID: 1-32 of A-Z a-z 0-9 . _ -.</summary>
    public static string ContractId(string? value, string field = "contractId")
        => Identifiers.IsContractId(Present(value, field)) ? value! : throw new ApiValidationException(field, $"{field} must be 1 to 32 characters of A-Z a-z 0-9 . _ -.");

    /// <summary>A login ID: 4-32 of A-Z a-z 0-9 . _ -.</summary>
    public static string LoginId(string? value, string field = "loginId")
        => Identifiers.IsLoginId(Present(value, field)) ? value! : throw new ApiValidationException(field, $"{field} must be 4 to 32 characters of A-Z a-z 0-9 . _ -.");

    /// <summary>A token serial: 10 digits.</summary>
    public static string Serial(string? value, string field = "serial")
        => TokenSerial.IsValid(Present(value, field)) ? value! : throw new ApiValidationException(field, $"{field} must be exactly 10 digits.");

    /// <summary>A password or PIN: 1-128 characters, no control characters.</summary>
    public static string Secret(string? value, string field)
        => Present(value, field) is { Length: <= MaxSecretLength } s && !s.Any(char.IsControl)
            ? s
            : throw new ApiValidationException(field, $"{field} must be 1 to {MaxSecretLength} characters without control characters.");

    /// <summary>Free text such as a reference or reason: 1-200 printable characters.</summary>
    public static string Text(string? value, string field)
        => Present(value, field) is { Length: <= 200 } s && !s.Any(char.IsControl) && !string.IsNullOrWhiteSpace(s)
            ? s
            : throw new ApiValidationException(field, $"{field} must be 1 to 200 printable characters.");

    /// <summary>The member of <typeparamref name="TEnum"/> named exactly <paramref name="value"/>.</summary>
    public static TEnum Name<TEnum>(string? value, string field)
        where TEnum : struct, Enum
        => Enum.GetNames<TEnum>().Contains(Present(value, field), StringComparer.Ordinal)
            ? Enum.Parse<TEnum>(value!)
            : throw new ApiValidationException(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
}
