namespace Inkan.Gateway.Api.Transactions;

/// <summary>ADM data: the operation, its target and, for USER_ADD and USER_CHANGE, the permissions (USER_ADD also the initial password and PIN).</summary>
public sealed record AdminBody(string? Operation, string? TargetLoginId, IReadOnlyList<string>? Permissions, string? Password, string? Pin)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => $"AdminBody {{ Operation = {Operation}, TargetLoginId = {TargetLoginId} }}";
}
