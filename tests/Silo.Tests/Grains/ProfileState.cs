namespace Inkan.Silo.Tests.Grains;

/// <summary>
/// Version 2 of a state class: <see cref="Nickname"/> was added after records were stored, and a field
/// <c>Legacy</c> of version 1 was removed. Stored version-1 records must still load.
/// </summary>
public sealed class ProfileState
{
    public string Name { get; set; } = "";

    public int Age { get; set; }

    public string Nickname { get; set; } = "none";
}
