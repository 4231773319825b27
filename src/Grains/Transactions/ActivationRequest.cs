using Inkan.Grains.Callbacks;

namespace Inkan.Grains.Transactions;

/// <summary>A user's request to register (activate) the token with serial <paramref name="TokenSerial"/>.</summary>
public sealed record ActivationRequest(string ContractId, string LoginId, string TokenSerial)
{
    /// <summary>Where to POST the final status, if anywhere.</summary>
    public CallbackTarget? Callback { get; init; }
}
