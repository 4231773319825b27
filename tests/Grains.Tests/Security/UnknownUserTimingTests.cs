using Inkan.Grains.Errors;
using Inkan.Grains.Security;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inkan.Grains.Tests.Security;

/// <summary>An unknown login ID costs the same slow verification as a wrong password, so timing does not enumerate users.</summary>
public sealed class UnknownUserTimingTests : IAsyncLifetime
{
    private readonly CountingHasher _counting = new();
    private DomainSilo _silo = null!;
    private Bank _bank = null!;

    public async Task InitializeAsync()
    {
        _silo = await DomainSilo.StartAsync(configureServices: services => services.AddSingleton(new SecretHasher(hasher: _counting)));
        _bank = new Bank(_silo);
        await _bank.CreateContractAsync("C1");
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task VerifyPasswordAsync_UnknownLoginId_SpendsOneVerificationLikeAWrongPassword()
    {
        var before = _counting.Verifications;
        Assert.False(await _bank.User("C1", "master").VerifyPasswordAsync("wrong-password-1"));
        var wrong = _counting.Verifications - before;

        var e = await Assert.ThrowsAsync<DomainException>(() => _bank.User("C1", "nobody").VerifyPasswordAsync("wrong-password-1"));
        var unknown = _counting.Verifications - before - wrong;

        Assert.Equal(DomainError.NotFound, e.Error);
        Assert.Equal((1, 1), (wrong, unknown));
    }

    [Fact]
    public async Task VerifyPinAsync_UnknownLoginId_SpendsOneVerification()
    {
        var before = _counting.Verifications;

        await Assert.ThrowsAsync<DomainException>(() => _bank.User("C1", "nobody").VerifyPinAsync("9999"));

        Assert.Equal(1, _counting.Verifications - before);
    }

    private sealed class CountingHasher : IPasswordHasher<object>
    {
        private readonly PasswordHasher<object> _inner = new(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(object user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(object user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
