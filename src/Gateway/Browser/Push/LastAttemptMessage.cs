namespace Inkan.Gateway.Browser.Push;

/// <summary>The code the user typed for <see cref="TransactionId"/> was wrong and one attempt is left before token <see cref="Serial"/> locks for all its users.</summary>
public sealed record LastAttemptMessage(string Serial, string TransactionId);
