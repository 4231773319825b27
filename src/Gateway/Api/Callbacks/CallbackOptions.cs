using Inkan.Grains.Callbacks;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>The callback relay's settings, configuration section <c>BankApi:Callbacks</c>.</summary>
public sealed class CallbackOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BankApi:Callbacks";

    /// <summary>How many callbacks may be under way (waiting to retry included) per <see cref="MaxConcurrent"/>.</summary>
    public const int InFlightPerPost = 64;

    /// <summary>How often the relay looks at its logs when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one POST may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A callback still failing this long after its transaction ended is given up and recorded.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How many callbacks are POSTed at once, so that one slow receiver does not hold up the others; a callback waiting
    /// out its backoff holds no slot, and a receiver whose last attempt failed (a hanging one once a POST timed out) holds
    /// at most one until an attempt succeeds. At most <see cref="InFlightPerPost"/> times as many are under way, retries included.
    /// </summary>
    public int MaxConcurrent { get; set; } = 16;

    /// <summary>
    /// How many of the callbacks under way may go to one receiver (the URL's scheme, host and port), so that one that
    /// is down holds up no other: its later callbacks stay in the log, read again in order once it has room. At most
    /// half of all under way (1,024 by default). Once an attempt to a receiver has failed, its lane takes no new
    /// callback until one succeeds, so receivers that go down fill no more than what was under way when they failed.
    /// </summary>
    public int MaxInFlightPerReceiver { get; set; } = 32;

    /// <summary>
    /// URL prefixes callbacks may go to (scheme, host and port equal, path under the prefix's), e.g. the bank's own
    /// receivers on its internal network. Empty (the default): any URL whose host is a public address.
    /// </summary>
    public List<string> AllowedTargets { get; set; } = [];

    /// <summary>This node's name in the relay's lease; unique among the nodes that share one database.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>
    /// How long a node delivers callbacks without renewing its lease; another node takes over after it. An idle holder
    /// renews when it polls, so keep it above twice <see cref="PollInterval"/> where several nodes run.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan RetryDelay(int attempts)
        => TimeSpan.FromTicks((long)Math.Min(RetryInitialDelay.Ticks * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30)), RetryMaxDelay.Ticks));

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate()
    {
        Require(PollInterval > TimeSpan.Zero, nameof(PollInterval), "must be positive");
        Require(Timeout > TimeSpan.Zero, nameof(Timeout), "must be positive");
        Require(RetryInitialDelay > TimeSpan.Zero, nameof(RetryInitialDelay), "must be positive");
        Require(RetryMaxDelay >= RetryInitialDelay, nameof(RetryMaxDelay), "must not be less than RetryInitialDelay");
        Require(GiveUpAfter >= TimeSpan.Zero, nameof(GiveUpAfter), "must not be negative");
        Require(MaxConcurrent is >= 1 and <= 1000, nameof(MaxConcurrent), "must be from 1 to 1000");
        Require(MaxInFlightPerReceiver >= 1 && MaxInFlightPerReceiver <= MaxConcurrent * InFlightPerPost / 2, nameof(MaxInFlightPerReceiver), $"must be from 1 to {InFlightPerPost / 2} times MaxConcurrent");
        Require(!string.IsNullOrWhiteSpace(NodeId), nameof(NodeId), "must not be empty");
        Require(LeaseDuration > TimeSpan.Zero, nameof(LeaseDuration), "must be positive");
        Require(AllowedTargets.All(CallbackTarget.IsValidUrl), nameof(AllowedTargets), "must hold absolute http or https URLs without user info");
    }

    private static void Require(bool condition, string field, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"Callback option {field} {rule}.", field);
        }
    }
}
