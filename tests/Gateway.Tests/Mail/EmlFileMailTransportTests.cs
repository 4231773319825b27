using System.Text;
using Inkan.Gateway.Mail;
using Inkan.Silo.Storage.Memory;
using Inkan.TestSupport.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Mail;

public sealed class EmlFileMailTransportTests : IDisposable
{
    private static readonly DateTimeOffset Queued = new(2016, 5, 16, 1, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"inkan-eml-{Guid.NewGuid():N}");
    private readonly LogCollector _logs = new();
    private readonly ILoggerFactory _loggers;

    public EmlFileMailTransportTests() => _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));

    [Fact]
    public async Task Send_Mail_ReadableEmlNamedByMailIdAndPathLogged()
    {
        var mail = TestMails.Otp("txn-1/otp/1", Queued);

        await Transport().SendAsync(mail, CancellationToken.None);

        var path = Path.Combine(_directory, EmlFileMailTransport.FileName(mail));
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);
        Assert.StartsWith("20160516-010000-", Path.GetFileName(path), StringComparison.Ordinal);
        Assert.Contains($"\n{TestMails.SampleOtp}", text, StringComparison.Ordinal);
        Assert.Contains("受取人名: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", text, StringComparison.Ordinal);
        var parsed = MailParser.Parse(path, await File.ReadAllBytesAsync(path));
        Assert.Equal(mail.Subject, parsed.Subject);
        Assert.Equal("8bit", parsed.Header("Content-Transfer-Encoding"));
        Assert.Equal(mail.Body.TrimEnd('\n'), parsed.Body.TrimEnd('\n'));
        Assert.Contains(_logs.Messages, m => m.Contains(path, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Messages, m => m.Contains(TestMails.SampleOtp, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_SameMailTwice_OneFile()
    {
        var mail = TestMails.Otp("txn-1/otp/1", Queued);

        await Transport().SendAsync(mail, CancellationToken.None);
        await Transport().SendAsync(mail, CancellationToken.None);
        await Transport().SendAsync(TestMails.Otp("txn-2/otp/1", Queued), CancellationToken.None);

        Assert.Equal(2, Directory.GetFiles(_directory, "*.eml").Length);
        Assert.Empty(Directory.GetDirectories(Path.Combine(_directory, ".staging")));
    }

    [Fact]
    public async Task Send_DirectoryNotWritable_TransientFailure()
    {
        Directory.CreateDirectory(_directory);
        var blocker = Path.Combine(_directory, "file");
        await File.WriteAllTextAsync(blocker, "not a directory");

        var e = await Assert.ThrowsAsync<MailDeliveryException>(() => Transport(blocker).SendAsync(TestMails.Otp("txn-1/otp/1", Queued), CancellationToken.None));

        Assert.False(e.Permanent);
    }

    [Fact]
    public async Task Relay_NoSmtpConfigured_WritesEmlIntoDataDirectory()
    {
        var time = new TimerWatch();
        var idle = time.Armed(RelayHost.PollInterval) + 1;
        await using var node = await RelayHost.StartAsync(new MemoryStateStore(), time, settings: new Dictionary<string, string?> { ["DataDirectory"] = _directory }, logs: _logs);
        await time.WaitForPendingAsync(RelayHost.PollInterval, armedAtLeast: idle);

        var mail = TestMails.Otp("txn-9/otp/1", time.GetUtcNow());
        await node.QueueAsync(mail);
        await time.WaitForPendingAsync(RelayHost.PollInterval, armedAtLeast: idle + 1);

        var path = Path.Combine(_directory, "mail", EmlFileMailTransport.FileName(mail));
        Assert.Contains(TestMails.SampleOtp, await File.ReadAllTextAsync(path, Encoding.UTF8), StringComparison.Ordinal);
        Assert.Contains(_logs.Messages, m => m.Contains(path, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Messages, m => m.Contains(TestMails.SampleOtp, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _loggers.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private EmlFileMailTransport Transport(string? directory = null) =>
        new(Options.Create(new MailOptions { PickupDirectory = directory ?? _directory }), _loggers.CreateLogger<EmlFileMailTransport>());
}
