using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Api.Auth;

/// <summary>The wire names of <see cref="ApiScopes"/>: <c>transactions</c> and <c>backoffice</c>.</summary>
public static class ApiScopeNames
{
    /// <summary>The names of the scopes in <paramref name="scopes"/>.</summary>
    public static IReadOnlyList<string> Of(ApiScopes scopes)
    {
        var names = new List<string>();
        if (scopes.HasFlag(ApiScopes.Transactions))
        {
            names.Add(ApiKeyDefaults.TransactionsPolicy);
        }

        if (scopes.HasFlag(ApiScopes.BackOffice))
        {
            names.Add(ApiKeyDefaults.BackOfficePolicy);
        }

        return names;
    }

    /// <summary>The scopes named in <paramref name="names"/>; <see cref="Problems.ApiValidationException"/> for an unknown or missing one.</summary>
    public static ApiScopes Parse(IReadOnlyList<string>? names, string field)
    {
        if (names is null || names.Count == 0)
        {
            throw new Problems.ApiValidationException(field, $"{field} must name at least one of: transactions, backoffice.");
        }

        var scopes = ApiScopes.None;
        foreach (var name in names)
        {
            scopes |= name switch
            {
                ApiKeyDefaults.TransactionsPolicy => ApiScopes.Transactions,
                ApiKeyDefaults.BackOfficePolicy => ApiScopes.BackOffice,
                _ => throw new Problems.ApiValidationException(field, $"{field} may hold only 'transactions' and 'backoffice', not '{name}'."),
            };
        }

        return scopes;
    }
}
