using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Qr;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.Transactions;

/// <summary><c>/api/v1/transactions/{id}/qr.png</c> and <c>qr.svg</c>: the pending token challenge as a QR code, for banks that render their own screens.</summary>
public static class QrCodeEndpoints
{
    private const int MaxQrScale = 20;

    /// <summary>Maps the endpoints under the transactions group.</summary>
    public static void MapQrCodes(this RouteGroupBuilder transactions)
    {
        transactions.MapGet("/{id}/qr.png", QrPngAsync).WithSummary("The pending challenge as a PNG QR code (scale: pixels per module, 1-20).");
        transactions.MapGet("/{id}/qr.svg", QrSvgAsync).WithSummary("The pending challenge as an SVG QR code.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QrPngAsync(string id, int? scale, IGrainFactory grains, HttpResponse response)
    {
        if (scale is < 1 or > MaxQrScale)
        {
            throw new ApiValidationException("scale", $"scale must be from 1 to {MaxQrScale} pixels per module.");
        }

        var view = await grains.Transaction(id).DescribeAsync();
        if (NoChallenge(view) is { } problem)
        {
            return problem;
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.File(TxaQrCode.RenderPng(view.Payload, scale ?? 6), "image/png");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> QrSvgAsync(string id, IGrainFactory grains, HttpResponse response)
    {
        var view = await grains.Transaction(id).DescribeAsync();
        if (NoChallenge(view) is { } problem)
        {
            return problem;
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Text(TxaQrCode.RenderSvg(view.Payload), "image/svg+xml");
    }

    private static ProblemHttpResult? NoChallenge(TransactionView view)
        => view.Status == TransactionStatus.Pending && view.Method == ConfirmationMethod.Token
            ? null
            : ApiProblem.Result(StatusCodes.Status409Conflict, ProblemCodes.NotPending, $"Transaction {view.TransactionId} is {view.Status}; it has no QR challenge to show.");
}
