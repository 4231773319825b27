using Xunit;

namespace Inkan.TestSupport.Postgres;

/// <summary>
/// The xunit collection of the tests that share one <see cref="PostgresCluster"/>. xunit finds collection
/// definitions only in the test assembly, so each test project declares
/// <c>[CollectionDefinition(PostgresCollection.Name)] public sealed class PostgresCollectionDefinition : PostgresCollection;</c>
/// and its test classes say <c>[Collection(PostgresCollection.Name)]</c>.
/// </summary>
#pragma warning disable CA1711 // "Collection" is xunit's name for it.
public abstract class PostgresCollection : ICollectionFixture<PostgresCluster>
#pragma warning restore CA1711
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
