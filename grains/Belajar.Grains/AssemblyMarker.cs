namespace Belajar.Grains;

/// <summary>Marks the grains assembly for hosts that register it.</summary>
public static class GrainsAssembly
{
}
