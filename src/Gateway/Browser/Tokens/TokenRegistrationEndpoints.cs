using Inkan.Gateway.Browser.Problems;
using Inkan.Gateway.Browser.Session;
using Inkan.Gateway.Browser.Transactions;
using Inkan.Grains.Transactions;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Tokens;

/// <summary>
/// Token registration (利用開始登録, SPEC section 5): the serial starts an ACT transaction whose QR code the token
/// scans; its code, confirmed like any other, registers the token. Allowed at any logon step; the policy decides.
/// </summary>
public static class TokenRegistrationEndpoints
{
    /// <summary>Maps <c>POST token-registrations</c> on <paramref name="session"/>.</summary>
    public static void Map(RouteGroupBuilder session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.MapPost("/token-registrations", StartAsync);
    }

    private static async Task<IResult> StartAsync(RegistrationForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        if (form.Serial is not { Length: 10 } serial || !serial.All(char.IsAsciiDigit))
        {
            return BrowserProblems.InvalidField("serial", "The serial number is the 10 digits printed on the token.");
        }

        var user = BrowserUser.Of(http);
        var result = await grains.GetGrain<ITransactionGrain>(TransactionIds.New(time))
            .StartActivationAsync(new ActivationRequest(user.ContractId, user.LoginId, serial));
        return CreationResults.Of(result, time.GetUtcNow());
    }
}
