namespace Belajar.Directory;

/// <summary>Marks the Directory client assembly.</summary>
public static class DirectoryAssembly
{
}
