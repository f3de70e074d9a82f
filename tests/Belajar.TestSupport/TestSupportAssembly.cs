namespace Belajar.TestSupport;

/// <summary>Marks the test support assembly.</summary>
public static class TestSupportAssembly
{
}
