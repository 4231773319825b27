using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.Transactions;
using Inkan.Gateway.Browser.Otp;
using Inkan.Gateway.Browser.Problems;
using Inkan.Gateway.Browser.Session;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Qr;
using Inkan.Protocol.Txa;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>
/// The user's operations: creating transfers, fee payments and bulk approvals (once the logon is complete), and
/// reading, confirming and cancelling the user's own transactions, with the QR code of a pending challenge.
/// </summary>
public static class TransactionEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="session"/> (requires a session) and <paramref name="ready"/> (requires a complete logon).</summary>
    public static void Map(RouteGroupBuilder session, RouteGroupBuilder ready)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(ready);
        ready.MapPost("/transfers", (TransferForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
            => CreateAsync(form.ToData(), http, grains, time));
        ready.MapPost("/fee-payments", (FeePaymentForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
            => CreateAsync(form.ToData(), http, grains, time));
        ready.MapPost("/bulk-approvals", (BulkApprovalForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
            => CreateAsync(form.ToData(), http, grains, time));
        ready.MapGet("/transactions", ListAsync);
        session.MapGet("/transactions/{id}", GetAsync);
        session.MapGet("/transactions/{id}/qr.png", QrAsync);
        session.MapPost("/transactions/{id}/confirm", ConfirmAsync).RequireRateLimiting(BrowserAuth.CodeLimit);
        session.MapPost("/transactions/{id}/cancel", CancelAsync);
        session.MapPost("/transactions/{id}/resend-otp", (string id, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            WithTransactionAsync(id, grains, async (grain, user) =>
                Results.Ok(OtpMailView.Of(await grain.ResendOtpAsync(user.ContractId, user.LoginId), time.GetUtcNow())), http));
    }

    /// <summary>Creates a transaction of the signed-on user with a new ID.</summary>
    public static async Task<IResult> CreateAsync(TxaData data, HttpContext http, IGrainFactory grains, TimeProvider time, Grains.Contracts.AdminDetails? admin = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(time);
        KanaLimits.Check(data);
        var user = BrowserUser.Of(http);
        var result = await grains.GetGrain<ITransactionGrain>(TransactionIds.New(time))
            .CreateAsync(new TransactionRequest(user.ContractId, user.LoginId, data, admin));
        return CreationResults.Of(result, time.GetUtcNow());
    }

    private static async Task<IResult> ListAsync(bool? pending, HttpContext http, UserHistory history, TimeProvider time)
    {
        var views = await history.ListAsync(BrowserUser.Of(http), pending ?? false, http.RequestAborted);
        var now = time.GetUtcNow();
        return Results.Ok(views.Select(v => BrowserTransaction.Of(v, now)).ToList());
    }

    private static Task<IResult> GetAsync(string id, HttpContext http, IGrainFactory grains, TimeProvider time) =>
        WithTransactionAsync(id, grains, async (grain, user) =>
            Results.Ok(BrowserTransaction.Of(await grain.GetAsync(user.ContractId, user.LoginId), time.GetUtcNow())), http);

    private static Task<IResult> QrAsync(string id, HttpContext http, IGrainFactory grains) => WithTransactionAsync(id, grains, async (grain, user) =>
    {
        var view = await grain.GetAsync(user.ContractId, user.LoginId);
        if (view.Status != TransactionStatus.Pending || string.IsNullOrEmpty(view.Payload) || view.Method != Grains.Policy.ConfirmationMethod.Token)
        {
            return BrowserProblems.NotFound("The transaction has no pending QR challenge.");
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.File(TxaQrCode.RenderPng(view.Payload), "image/png");
    }, http);

    // Without a PIN the code is a token's; with one it is an OTP, whose shape the transaction checks. A PIN is checked
    // as the bank API checks one before the transaction counts anything (a token's transaction ignores it).
    private static Task<IResult> ConfirmAsync(string id, CodeForm form, HttpContext http, IGrainFactory grains, TimeProvider time) =>
        form.Pin is null && (form.Code is not { Length: TxaCode.Length } || !form.Code.All(char.IsAsciiDigit))
            ? Task.FromResult(BrowserProblems.InvalidField("code", "The code is the 8 digits the token shows."))
            : WithTransactionAsync(id, grains, async (grain, user) =>
            {
                var pin = form.Pin is null ? null : Require.Secret(form.Pin, "pin");
                return Results.Ok(ConfirmView.Of(await grain.ConfirmAsync(new ConfirmRequest(user.ContractId, user.LoginId, form.Code ?? "", pin)), time.GetUtcNow()));
            }, http);

    private static Task<IResult> CancelAsync(string id, HttpContext http, IGrainFactory grains, TimeProvider time) =>
        WithTransactionAsync(id, grains, async (grain, user) =>
            Results.Ok(BrowserTransaction.Of(await grain.CancelAsync(user.ContractId, user.LoginId), time.GetUtcNow())), http);

    // An ID of the wrong shape is answered like another user's transaction: not found.
    private static Task<IResult> WithTransactionAsync(string id, IGrainFactory grains, Func<ITransactionGrain, BrowserUser, Task<IResult>> action, HttpContext http) =>
        TransactionIds.IsValid(id)
            ? action(grains.GetGrain<ITransactionGrain>(id), BrowserUser.Of(http))
            : Task.FromResult(BrowserProblems.NotFound("No such transaction."));
}
