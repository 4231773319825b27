using Inkan.Grains.Audit;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Silo.Storage;
using Inkan.TestSupport;

namespace Inkan.Grains.Tests.Support;

/// <summary>
/// Base of email OTP tests: contract C1 (master user without a token) and user <see cref="Payer"/> with FundTransfer,
/// on a manual clock in the grace phase (email OTP mandatory, tokens available but not yet mandatory).
/// </summary>
public abstract class OtpSiloTest : IAsyncLifetime
{
    internal const string Payer = "payer";
    internal const string PayerAddress = "payer@tomato.example.jp";
    internal static readonly DateTimeOffset Start = new(2030, 2, 1, 0, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset TokenMandatory = Start.AddDays(30);

    internal ManualTimeProvider Clock { get; } = new(Start);

    internal DomainSilo Silo { get; private set; } = null!;

    internal Bank Bank { get; private set; } = null!;

    internal IUserGrain PayerUser => Bank.User("C1", Payer);

    /// <summary>The storage the silo uses, given the memory storage: that storage unless a test wraps it.</summary>
    protected virtual IGrainStorage WrapStorage(IGrainStorage storage) => storage;

    /// <summary>Changes the OTP options of the silo this test starts.</summary>
    internal virtual void ConfigureOtp(OtpOptions options)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Silo = await DomainSilo.StartAsync(clock: Clock, policy: GracePolicy(), otp: ConfigureOtp, wrapStorage: WrapStorage);
        Bank = new Bank(Silo);
        await Bank.CreateContractAsync("C1");
        await Bank.AddUserAsync("C1", Payer, Permissions.Inquiry | Permissions.FundTransfer);
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>The policy of these tests: at <see cref="Start"/> email OTP is mandatory, tokens available but not mandatory.</summary>
    internal static PolicyOptions GracePolicy() => new()
    {
        EmailOtpMandatorySince = Start.AddDays(-30),
        TokenAuthAvailableSince = Start.AddDays(-1),
        TokenAuthMandatorySince = TokenMandatory,
    };

    /// <summary>Registers the payer's address and creates a pending transfer confirmed by email OTP.</summary>
    internal async Task<TransactionView> PendingOtpTransferAsync()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        return await Bank.PendingTransferAsync("C1", Payer);
    }

    internal Task<ConfirmResult> ConfirmAsync(TransactionView tx, string otp, string pin = Bank.Pin)
        => Bank.Transaction(tx.TransactionId).ConfirmAsync(new ConfirmRequest(tx.ContractId, tx.LoginId, otp, pin));

    internal async Task<ConfirmResult> ConfirmWithMailedOtpAsync(TransactionView tx, string pin = Bank.Pin)
        => await ConfirmAsync(tx, await Bank.OtpOfAsync(tx.TransactionId), pin);

    /// <summary>An OTP that differs from <paramref name="otp"/> in its last digit.</summary>
    internal static string Other(string otp) => otp[..^1] + (char)('0' + ((otp[^1] - '0' + 1) % 10));

    internal async Task<IReadOnlyList<AuditRecord>> AuditAsync()
        => [.. (await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None)).Select(e => e.Record)];
}
