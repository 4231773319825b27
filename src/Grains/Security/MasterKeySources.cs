using Microsoft.Extensions.Logging;

namespace Inkan.Grains.Security;

/// <summary>Picks the master key source from configuration: the configured key if given, else the key file.</summary>
public static class MasterKeySources
{
    /// <summary>Creates the source for <paramref name="options"/>; a relative key file lives under <paramref name="dataDirectory"/>.</summary>
    public static IMasterKeySource Create(KeyProtectionOptions options, string dataDirectory, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (!string.IsNullOrEmpty(options.MasterKey))
        {
            return new ConfiguredMasterKeySource(options.MasterKey);
        }

        var path = Path.Combine(dataDirectory, options.KeyFile);
        return new FileMasterKeySource(path, loggerFactory.CreateLogger<FileMasterKeySource>());
    }
}
