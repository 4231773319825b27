using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>The PostgreSQL collection of this test assembly (xunit finds collection definitions only here).</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : PostgresCollection;
