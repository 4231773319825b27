using Inkan.TestSupport.Postgres;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The test classes that share this assembly's private PostgreSQL cluster.</summary>
[CollectionDefinition(PostgresCluster.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>;
