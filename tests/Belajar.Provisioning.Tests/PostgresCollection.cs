using Belajar.TestSupport;

namespace Belajar.Provisioning.Tests;

/// <summary>The test classes that share one throwaway PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
