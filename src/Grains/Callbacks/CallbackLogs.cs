namespace Inkan.Grains.Callbacks;

/// <summary>The storage logs of the callback outbox and the relay grain's key.</summary>
public static class CallbackLogs
{
    /// <summary>Final statuses to POST (<see cref="CallbackNotice"/>), appended with the write that ends a transaction.</summary>
    public const string Notices = "callbacks";

    /// <summary>Pending transactions with a callback (<see cref="CallbackWatch"/>), appended with the write that issues the challenge.</summary>
    public const string Watches = "callback-watch";
}
