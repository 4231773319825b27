using Inkan.TestSupport.Postgres;

namespace Inkan.Silo.Tests.Storage;

/// <summary>Declares this assembly's <see cref="PostgresCollection"/>: its test classes share one private PostgreSQL cluster.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : PostgresCollection;
