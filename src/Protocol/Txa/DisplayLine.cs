namespace Inkan.Protocol.Txa;

/// <summary>One line of the token's screen: a Japanese label and the value shown next to it.</summary>
public sealed record DisplayLine(string Label, string Value);
