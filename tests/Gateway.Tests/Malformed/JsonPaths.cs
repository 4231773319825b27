using System.Text.Json.Nodes;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>Sets or removes the member at a dotted path (<c>data.items[0].amount</c>) of a JSON body.</summary>
public static class JsonPaths
{
    public static void Set(JsonNode root, string path, JsonNode? value) => Apply(root, path, (parent, name) => parent[name] = value);

    public static void Remove(JsonNode root, string path) => Apply(root, path, (parent, name) => parent.Remove(name));

    private static void Apply(JsonNode root, string path, Action<JsonObject, string> action)
    {
        var segments = path.Split('.');
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = segment.EndsWith("[0]", StringComparison.Ordinal) ? node[segment[..^3]]![0]! : node[segment]!;
        }

        var last = segments[^1];
        if (last.EndsWith("[0]", StringComparison.Ordinal))
        {
            throw new ArgumentException($"A path ends with a member, not an element: {path}", nameof(path));
        }

        action(node.AsObject(), last);
    }
}
