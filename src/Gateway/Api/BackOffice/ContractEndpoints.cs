using Inkan.Gateway.Api.Problems;
using Inkan.Grains.Contracts;
using Inkan.Grains.Fees;
using Inkan.Grains.Users;
using Inkan.Silo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary><c>/api/v1/backoffice/contracts</c>: create and read contracts, issue tokens with their fee, read the fee ledger.</summary>
public static class ContractEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="backOffice"/>.</summary>
    public static void MapContracts(this RouteGroupBuilder backOffice)
    {
        var contracts = backOffice.MapGroup("/contracts").WithTags("Back office: contracts");
        contracts.MapPost("/", CreateAsync).WithSummary("Creates a contract with its master user (every permission).");
        contracts.MapGet("/{contractId}", GetAsync).WithSummary("The contract's users and tokens.");
        contracts.MapPost("/{contractId}/tokens", IssueTokenAsync).WithSummary("Issues a token from stock to the contract and prices it in the fee ledger.");
        contracts.MapGet("/{contractId}/ledger", LedgerAsync).WithSummary("The contract's token fee ledger.");
    }

    /// <summary>The contract grain for a route's <paramref name="contractId"/>, checked.</summary>
    public static IContractGrain Contract(this IGrainFactory grains, string? contractId)
        => grains.GetGrain<IContractGrain>(Require.ContractId(contractId));

    private static async Task<Created<ContractInfo>> CreateAsync(CreateContractBody body, IGrainFactory grains)
    {
        var contract = grains.Contract(body.ContractId);
        var name = Require.Text(body.Name, "name");
        var master = body.Master ?? throw new ApiValidationException("master", "master is required.");
        await contract.CreateAsync(name, new NewUser(
            Require.LoginId(master.LoginId, "master.loginId"), Permissions.All, Require.Secret(master.Password, "master.password"), Require.Secret(master.Pin, "master.pin")));
        var info = await contract.GetInfoAsync();
        return TypedResults.Created($"{BankApiRoutes.V1}/backoffice/contracts/{info.ContractId}", info);
    }

    private static async Task<Ok<ContractInfo>> GetAsync(string contractId, IGrainFactory grains)
        => TypedResults.Ok(await grains.Contract(contractId).GetInfoAsync());

    private static async Task<Ok<FeeEntry>> IssueTokenAsync(string contractId, IssueTokenBody body, IGrainFactory grains)
    {
        var contract = grains.Contract(contractId);
        var serial = Require.Serial(body.Serial);
        var reason = body.Reason is null ? IssueReason.New : Require.Name<IssueReason>(body.Reason, "reason");
        var replaced = body.ReplacedSerial is null ? null : Require.Serial(body.ReplacedSerial, "replacedSerial");
        if ((reason == IssueReason.New) != (replaced is null))
        {
            throw new ApiValidationException("replacedSerial", reason == IssueReason.New ? "A new token replaces no token." : "A reissue must name the token it replaces in replacedSerial.");
        }

        return TypedResults.Ok(await contract.IssueTokenAsync(new TokenIssue(serial, reason, replaced)));
    }

    private static async Task<Ok<IReadOnlyList<FeeEntry>>> LedgerAsync(string contractId, IGrainFactory grains)
        => TypedResults.Ok(await grains.Contract(contractId).GetFeeLedgerAsync());
}
