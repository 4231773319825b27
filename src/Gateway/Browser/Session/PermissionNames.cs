using Inkan.Grains.Users;

namespace Inkan.Gateway.Browser.Session;

/// <summary>Permissions as the pages send and show them: the names of the single flags (<c>Inquiry</c>, <c>FundTransfer</c>, …).</summary>
public static class PermissionNames
{
    private static readonly Permissions[] Single =
        [Permissions.Inquiry, Permissions.DataCreation, Permissions.FundTransfer, Permissions.Approval, Permissions.Admin];

    /// <summary>The names of the flags set in <paramref name="permissions"/>, in a fixed order.</summary>
    public static IReadOnlyList<string> Of(Permissions permissions) =>
        [.. Single.Where(p => permissions.HasFlag(p)).Select(p => p.ToString())];

    /// <summary>The permissions named; an unknown name is an <see cref="ArgumentException"/> naming <paramref name="field"/>.</summary>
    public static Permissions Parse(IEnumerable<string>? names, string field)
    {
        var result = Permissions.None;
        foreach (var name in names ?? [])
        {
            var flag = Single.FirstOrDefault(p => string.Equals(p.ToString(), name, StringComparison.Ordinal));
            result |= flag != Permissions.None
                ? flag
                : throw new ArgumentException($"{field} may hold only {string.Join(", ", Single)}.", field);
        }

        return result;
    }
}
