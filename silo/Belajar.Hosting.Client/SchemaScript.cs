namespace Belajar.Hosting;

/// <summary>One numbered schema file from <c>Schema/</c>, e.g. <c>003_grain_storage.sql</c> is version 3.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql);
