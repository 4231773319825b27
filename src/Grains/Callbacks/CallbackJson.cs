using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Inkan.Grains.Callbacks;

/// <summary>Reads callback log entries, turning any malformed one into a <see cref="FormatException"/>.</summary>
internal static class CallbackJson
{
    public static T Read<T>(string json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type) ?? throw new FormatException($"The {typeof(T).Name} entry is empty.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"The {typeof(T).Name} entry is not valid JSON: {e.Message}", e);
        }
    }
}
