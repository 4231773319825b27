namespace Inkan.TokenEmulator.Load;

/// <summary>What the <c>load</c> command was asked to do: where, with which data, how fast and for how long.</summary>
/// <param name="BaseUrl">The gateway, e.g. <c>http://127.0.0.1:5080</c>.</param>
/// <param name="ApiKey">A bank API key with both scopes (setup needs <c>backoffice</c>, the cycles <c>transactions</c>).</param>
/// <param name="Population">The contracts, tokens and users to make, or the credentials file to use instead.</param>
/// <param name="Rate">Cycles started per second; null runs as fast as the answers come.</param>
/// <param name="Duration">How long to drive cycles; null when <paramref name="Cycles"/> ends the run.</param>
/// <param name="Cycles">How many cycles to run; null when <paramref name="Duration"/> ends the run.</param>
/// <param name="Concurrency">Cycles in flight at most.</param>
/// <param name="Mix">The kinds of operation and their weights.</param>
/// <param name="WrongCodes">The share of cycles that first submit a wrong code (0 to 1).</param>
/// <param name="Warmup">How long to drive cycles first, at the same rate and concurrency, without counting them.</param>
/// <param name="Split">
/// Whether to create the transactions first, untimed, and then time their confirmations alone (one verification each,
/// as one transaction of the row-lock baseline): the cycle count, rate × duration, or what the duration creates at full speed.
/// </param>
internal sealed record LoadSettings(
    Uri BaseUrl, string ApiKey, LoadPopulation Population, double? Rate, TimeSpan? Duration, int? Cycles, int Concurrency, KindMix Mix, double WrongCodes, TimeSpan Warmup,
    bool Split = false)
{
    /// <summary>The warm-up run: whole cycles at these settings for <see cref="Warmup"/> instead of the duration or cycle count.</summary>
    public LoadSettings ForWarmup() => this with { Duration = Warmup, Cycles = null, Split = false };

    /// <summary>Leaves the API key out of logs.</summary>
    public override string ToString() => $"LoadSettings {{ BaseUrl = {BaseUrl}, Rate = {Rate}, Concurrency = {Concurrency} }}";
}
