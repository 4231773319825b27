using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inkan.TestSupport.Smtp;

/// <summary>Checks that an SMTP server is up by reading its greeting.</summary>
internal static class SmtpGreeting
{
    /// <summary>Whether a server on loopback <paramref name="port"/> greets with 220; says goodbye if so.</summary>
    public static async Task<bool> TryAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
            var greeting = await reader.ReadLineAsync(cancellationToken);
            if (greeting?.StartsWith("220", StringComparison.Ordinal) != true)
            {
                return false;
            }

            await client.GetStream().WriteAsync("QUIT\r\n"u8.ToArray(), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
