using Belajar.TestSupport;

namespace Belajar.Admins.Tests;

/// <summary>The test classes that share one throwaway PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
