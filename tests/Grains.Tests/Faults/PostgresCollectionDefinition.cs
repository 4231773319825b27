using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>Declares the shared PostgreSQL cluster's collection in this test assembly (xunit looks only here).</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : PostgresCollection;
