using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inkan.Gateway.Demo;

/// <summary>How the credentials file is written: indented camel-case JSON, Japanese left readable.</summary>
public static class DemoJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
