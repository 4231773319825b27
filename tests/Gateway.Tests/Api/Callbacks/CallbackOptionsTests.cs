using Inkan.Gateway.Api.Callbacks;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>The relay's settings are checked at start; a receiver's lane may hold at most half of all callbacks under way.</summary>
public sealed class CallbackOptionsTests
{
    [Theory]
    [InlineData(1, 32, true)]
    [InlineData(1, 33, false)]
    [InlineData(16, 512, true)]
    [InlineData(16, 513, false)]
    [InlineData(16, 0, false)]
    public void Validate_MaxInFlightPerReceiver_FromOneToHalfOfAllUnderWay(int maxConcurrent, int perReceiver, bool valid)
    {
        var options = new CallbackOptions { MaxConcurrent = maxConcurrent, MaxInFlightPerReceiver = perReceiver };

        var error = Record.Exception(options.Validate);

        Assert.Equal(valid, error is null);
        Assert.Equal(valid ? null : nameof(CallbackOptions.MaxInFlightPerReceiver), (error as ArgumentException)?.ParamName);
    }

    [Fact]
    public void Validate_Defaults_Valid() => new CallbackOptions().Validate();
}
