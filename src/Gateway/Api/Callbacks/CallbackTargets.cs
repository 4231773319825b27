using System.Net;
using System.Net.Sockets;
using Inkan.Grains.Callbacks;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// Where callbacks may go, so that an API key cannot make the gateway POST into its own network: with
/// <see cref="CallbackOptions.AllowedTargets"/> set, only URLs under those; otherwise only public addresses, checked
/// when the transaction is created (IP literals, <c>localhost</c>) and again when the POST connects (what the name
/// resolves to then).
/// </summary>
public sealed class CallbackTargets(IOptions<CallbackOptions> options)
{
    /// <summary>Whether a transaction may ask for callbacks to <paramref name="url"/> (an absolute http or https URL).</summary>
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var allowed = options.Value.AllowedTargets;
        if (allowed.Count > 0)
        {
            return allowed.Any(prefix => Under(url, new Uri(prefix)));
        }

        return !url.IsLoopback && (!IPAddress.TryParse(url.DnsSafeHost, out var address) || IsPublic(address));
    }

    /// <summary>Whether <paramref name="address"/> is reachable on the public internet: not loopback, private, link-local, shared, multicast or reserved.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and < 128)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and < 32)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 198 && b[1] is 18 or 19));
        }

        var first = address.GetAddressBytes()[0];
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
    }

    /// <summary>
    /// The callback client's <c>ConnectCallback</c>: resolves the host and connects only to addresses
    /// <see cref="IsPublic"/> allows (any address when <see cref="CallbackOptions.AllowedTargets"/> names the hosts).
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        var usable = options.Value.AllowedTargets.Count > 0 ? addresses : [.. addresses.Where(IsPublic)];
        if (usable.Length == 0)
        {
            throw new HttpRequestException($"The callback host {endPoint.Host} has no public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool Under(Uri url, Uri prefix)
        => string.Equals(url.Scheme, prefix.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(url.IdnHost, prefix.IdnHost, StringComparison.OrdinalIgnoreCase)
            && url.Port == prefix.Port
            && url.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.Ordinal);
}
