namespace Inkan.Grains.Callbacks;

/// <summary>Where a transaction's final status is POSTed, and the API key whose secret signs it.</summary>
/// <param name="Url">An absolute http or https URL.</param>
/// <param name="ApiKeyId">The id of the API key that created the transaction.</param>
public sealed record CallbackTarget(string Url, string ApiKeyId)
{
    /// <summary>The longest URL accepted.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL without credentials, at most <see cref="MaxUrlLength"/> long.</summary>
    public static bool IsValidUrl(string? url)
        => url is { Length: > 0 and <= MaxUrlLength }
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo);
}
