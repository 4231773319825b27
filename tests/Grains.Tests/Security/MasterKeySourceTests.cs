using System.Security.Cryptography;
using Inkan.Grains.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Grains.Tests.Security;

public sealed class MasterKeySourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("inkan-key-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void ConfiguredSource_InvalidKey_ThrowsWithoutEchoingIt(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => new ConfiguredMasterKeySource(value));

        Assert.Contains(nameof(KeyProtectionOptions.MasterKey), e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileSource_NoFile_GeneratesOwnerOnlyKeyAndLogsPathNotKey()
    {
        var logger = new RecordingLogger<FileMasterKeySource>();
        var path = Path.Combine(_directory, "sub", "master.key");

        var key = new FileMasterKeySource(path, logger).GetMasterKey();

        Assert.Equal(32, key.Length);
        Assert.Equal(key, File.ReadAllBytes(path));
        var message = Assert.Single(logger.Messages);
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(key), message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(key), message, StringComparison.OrdinalIgnoreCase);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void FileSource_ExistingFile_ReusesKeyWithoutLogging()
    {
        var path = Path.Combine(_directory, "master.key");
        var first = new FileMasterKeySource(path, NullLogger<FileMasterKeySource>.Instance).GetMasterKey();
        var logger = new RecordingLogger<FileMasterKeySource>();

        var second = new FileMasterKeySource(path, logger).GetMasterKey();

        Assert.Equal(first, second);
        Assert.Empty(logger.Messages);
    }

    [Fact]
    public void FileSource_WrongLength_ThrowsInvalidData()
    {
        var path = Path.Combine(_directory, "master.key");
        File.WriteAllBytes(path, new byte[31]);

        Assert.Throws<InvalidDataException>(() => new FileMasterKeySource(path, NullLogger<FileMasterKeySource>.Instance).GetMasterKey());
    }

    [Fact]
    public void Create_ConfiguredKey_WinsOverFile()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new KeyProtectionOptions { MasterKey = Convert.ToBase64String(key) };

        var source = MasterKeySources.Create(options, _directory, NullLoggerFactory.Instance);

        Assert.Equal(key, source.GetMasterKey());
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public void Create_NoConfiguredKey_UsesFileInDataDirectory()
    {
        var source = MasterKeySources.Create(new KeyProtectionOptions(), _directory, NullLoggerFactory.Instance);

        var key = source.GetMasterKey();

        Assert.Equal(key, File.ReadAllBytes(Path.Combine(_directory, "token-master.key")));
    }
}
