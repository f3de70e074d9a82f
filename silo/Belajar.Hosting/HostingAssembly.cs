namespace Belajar.Hosting;

/// <summary>Marks the hosting assembly.</summary>
public static class HostingAssembly
{
}
