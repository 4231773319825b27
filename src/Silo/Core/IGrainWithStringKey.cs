namespace Inkan.Silo;

/// <summary>A grain addressed by a string key, as Orleans' interface of the same name.</summary>
#pragma warning disable CA1040 // Declares the key kind of a grain interface.
public interface IGrainWithStringKey : IGrain;
#pragma warning restore CA1040
