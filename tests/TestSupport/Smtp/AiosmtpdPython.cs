using System.Diagnostics;

namespace Inkan.TestSupport.Smtp;

/// <summary>Finds a Python 3 that has aiosmtpd: <c>INKAN_PYTHON</c>, then Debian's <c>/usr/bin/python3</c>, then <c>python3</c> on PATH.</summary>
internal static class AiosmtpdPython
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    private static string Find()
    {
        string?[] candidates = [Environment.GetEnvironmentVariable("INKAN_PYTHON"), "/usr/bin/python3", "python3"];
        foreach (var candidate in candidates.OfType<string>().Where(c => c.Length > 0).Distinct())
        {
            if (HasAiosmtpd(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "No python3 with aiosmtpd was found (tried INKAN_PYTHON, /usr/bin/python3 and python3 on PATH). "
            + "The SMTP tests need a real server: install it with `apt-get install -y python3-aiosmtpd` "
            + "(or run `bash eng/install-prerequisites.sh` as root), or point INKAN_PYTHON at a python3 that has it.");
    }

    private static bool HasAiosmtpd(string python)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import aiosmtpd"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
