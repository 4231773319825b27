using System.Reflection;
using Inkan.Grains.Users;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>The user grain of <see cref="SessionAnswers"/>: only <see cref="IUserGrain.IsSessionCurrentAsync"/> answers. Public and unsealed for <see cref="DispatchProxy"/>.</summary>
public class SessionCheckProxy : DispatchProxy
{
    internal Func<Task<bool>> Check { get; set; } = () => throw new InvalidOperationException("No answer set.");

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        => targetMethod?.Name == nameof(IUserGrain.IsSessionCurrentAsync) ? Check() : throw new NotSupportedException(targetMethod?.Name);
}
