namespace Inkan.Silo;

/// <summary>How long an activation of this grain class may stay idle before it is deactivated.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute(double minutes) : Attribute
{
    /// <summary>The idle time after which the activation is collected.</summary>
    public TimeSpan AgeLimit { get; } = TimeSpan.FromMinutes(minutes);
}
