namespace Inkan.Gateway.Api.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> for one partition.</summary>
public sealed class FixedWindowLimit
{
    /// <summary>Requests allowed per window.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The window.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Checks both fields.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate(string name)
    {
        if (PermitLimit < 1)
        {
            throw new ArgumentException($"{name}:{nameof(PermitLimit)} must be at least 1.", nameof(PermitLimit));
        }

        if (Window <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name}:{nameof(Window)} must be positive.", nameof(Window));
        }
    }
}
