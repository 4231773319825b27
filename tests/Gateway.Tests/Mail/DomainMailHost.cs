using System.Globalization;
using System.Security.Cryptography;
using Inkan.Gateway.Mail;
using Inkan.Grains.Contracts;
using Inkan.Grains.Hosting;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Silo;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage.Memory;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>
/// A real host with the domain grains and the mail relay sending to a loopback SMTP server (<c>Mail:*</c> settings as a
/// deployment has them), in the email OTP phase of the policy; contract C1 with user <see cref="Payer"/> (FundTransfer).
/// </summary>
public sealed class DomainMailHost : IAsyncDisposable
{
    public const string Payer = "payer";
    public const string Pin = "4321";
    public const string SenderAddress = "otp@tomato-bank.example";
    public const string SenderName = "トマト銀行";

    private readonly IHost _host;

    private DomainMailHost(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    private TimeProvider Time => _host.Services.GetRequiredService<TimeProvider>();

    public IUserGrain PayerUser => Grains.GetGrain<IUserGrain>(Identifiers.UserKey("C1", Payer));

    public static async Task<DomainMailHost> StartAsync(int smtpPort, TimeProvider time)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:StartTls"] = "false",
            ["Mail:SenderAddress"] = SenderAddress,
            ["Mail:SenderName"] = SenderName,
            ["Mail:PollInterval"] = RelayHost.PollInterval.ToString(),
            ["Mail:RetryInitialDelay"] = "00:00:02",
            ["Mail:RetryMaxDelay"] = "00:00:10",
        });
        var services = builder.Services;
        services.AddLogging(logging => logging.AddProvider(new LogCollector()));
        services.AddSingleton(time);
        var now = time.GetUtcNow();
        services.Configure<PolicyOptions>(o =>
        {
            o.EmailOtpMandatorySince = now.AddDays(-30);
            o.TokenAuthAvailableSince = now.AddDays(-1);
            o.TokenAuthMandatorySince = now.AddDays(30);
        });
        // Few hash iterations keep the test fast; production uses ASP.NET Core's default.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddSingleton<IMasterKeySource>(new ConfiguredMasterKeySource(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        builder.AddSilo(silo => silo
            .AddInkanDomain()
            .UseStorage(sp => new MemoryGrainStorage(sp.GetRequiredService<ILogger<MemoryGrainStorage>>(), sp.GetRequiredService<SiloMetrics>())));
        builder.AddMailRelay();
        var host = builder.Build();
        await host.StartAsync();
        var domain = new DomainMailHost(host);
        var contract = domain.Grains.GetGrain<IContractGrain>("C1");
        await contract.CreateAsync("Tomato Trading", new NewUser("master", Permissions.All, "login-pass-1", Pin));
        await contract.AddUserAsync(new NewUser(Payer, Permissions.Inquiry | Permissions.FundTransfer, "login-pass-1", Pin));
        return domain;
    }

    public Task<TransactionResult> CreateTransferAsync(Protocol.Txa.TransferData data)
        => Grains.GetGrain<ITransactionGrain>(TransactionIds.New(Time)).CreateAsync(new TransactionRequest("C1", Payer, data));

    public Task<ConfirmResult> ConfirmAsync(TransactionView tx, string otp)
        => Grains.GetGrain<ITransactionGrain>(tx.TransactionId).ConfirmAsync(new ConfirmRequest("C1", Payer, otp, Pin));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
