using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Users;

namespace Inkan.Gateway.Api.Users;

/// <summary>Permissions on the wire: an array of names (<c>Inquiry</c>, <c>DataCreation</c>, <c>FundTransfer</c>, <c>Approval</c>, <c>Admin</c>).</summary>
public static class PermissionNames
{
    private static readonly Permissions[] Single = [Permissions.Inquiry, Permissions.DataCreation, Permissions.FundTransfer, Permissions.Approval, Permissions.Admin];

    /// <summary>The names of the permissions in <paramref name="permissions"/>.</summary>
    public static IReadOnlyList<string> Of(Permissions permissions) => [.. Single.Where(p => permissions.HasFlag(p)).Select(p => p.ToString())];

    /// <summary>The permissions named in <paramref name="names"/> (<c>All</c> for every one); an empty array is none.</summary>
    public static Permissions Parse(IReadOnlyList<string>? names, string field)
    {
        if (names is null)
        {
            throw new ApiValidationException(field, $"{field} is required (an array of permission names, possibly empty).");
        }

        var permissions = Permissions.None;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            permissions |= name == nameof(Permissions.All)
                ? Permissions.All
                : Single.FirstOrDefault(p => p.ToString() == name) is var p and not Permissions.None
                    ? p
                    : throw new ApiValidationException($"{field}[{i}]", $"{field}[{i}] must be one of {string.Join(", ", Single)} or All.");
        }

        return permissions;
    }
}
