namespace Inkan.Grains.KeyRing;

/// <summary>One element of a key ring: a key's XML as Data Protection wrote it (its secret encrypted), under the name it gave.</summary>
public sealed record KeyRingElement(string Name, string Xml);
