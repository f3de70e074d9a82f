namespace Belajar.Dapodik;

/// <summary>Marks the Dapodik assembly.</summary>
public static class DapodikAssembly
{
}
