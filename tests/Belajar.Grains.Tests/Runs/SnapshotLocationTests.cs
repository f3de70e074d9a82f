using Belajar.Abstractions.Runs;
using Belajar.Grains.Runs;

namespace Belajar.Grains.Tests.Runs;

/// <summary>The snapshot root: paths inside it (absolute or relative) are read, anything that leaves it (`..`, links) is refused.</summary>
public sealed class SnapshotLocationTests : IDisposable
{
    private readonly string _base = System.IO.Directory.CreateTempSubdirectory("belajar-root-test-").FullName;
    private readonly string _root;
    private readonly string _outside;

    public SnapshotLocationTests()
    {
        _root = System.IO.Directory.CreateDirectory(Path.Combine(_base, "snapshots")).FullName;
        _outside = System.IO.Directory.CreateDirectory(Path.Combine(_base, "elsewhere")).FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(_root, "2026-12", "a"));
        File.WriteAllText(Path.Combine(_outside, "secret.csv"), "x");
    }

    [Fact]
    public void A_relative_or_absolute_path_inside_the_root_names_the_folder_below_the_root()
    {
        var location = new SnapshotLocation(_root);

        Assert.Equal(Path.Combine(_root, "2026-12", "a"), location.Resolve("2026-12/a"));
        Assert.Equal(Path.Combine(_root, "2026-12", "a"), location.Resolve(Path.Combine(_root, "2026-12", "a")));
        Assert.Equal(Path.Combine(_root, "2026-12", "a"), location.Resolve("2026-12/x/../a")); // .. that stays inside is fine
    }

    [Fact]
    public void Dot_dot_or_an_absolute_path_outside_the_root_is_refused_naming_the_setting()
    {
        var location = new SnapshotLocation(_root);

        var up = Assert.Throws<SnapshotPathRefusedException>(() => location.Resolve("../elsewhere"));
        var absolute = Assert.Throws<SnapshotPathRefusedException>(() => location.Resolve(_outside));

        Assert.Contains("Runs:SnapshotRoot", up.Message, StringComparison.Ordinal);
        Assert.Contains("'../elsewhere'", up.Message, StringComparison.Ordinal);
        Assert.Contains("di luar folder snapshot", absolute.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_folder_whose_name_starts_like_the_root_is_outside()
    {
        var sibling = System.IO.Directory.CreateDirectory(_root + "-old").FullName; // same prefix, another folder

        Assert.Throws<SnapshotPathRefusedException>(() => new SnapshotLocation(_root).Resolve(sibling));
    }

    [Fact]
    public void A_link_inside_the_root_that_leads_out_of_it_is_refused_and_one_that_stays_inside_is_followed()
    {
        System.IO.Directory.CreateSymbolicLink(Path.Combine(_root, "keluar"), _outside);
        System.IO.Directory.CreateSymbolicLink(Path.Combine(_root, "terbaru"), Path.Combine("2026-12", "a"));
        var location = new SnapshotLocation(_root);

        Assert.Throws<SnapshotPathRefusedException>(() => location.Resolve("keluar"));
        Assert.Throws<SnapshotPathRefusedException>(() => location.Resolve(Path.Combine(_root, "keluar")));
        Assert.Equal(Path.Combine(_root, "2026-12", "a"), location.Resolve("terbaru"));
    }

    [Fact]
    public void A_file_of_the_snapshot_that_links_out_of_the_root_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "2026-12", "a", "sekolah.csv"), Path.Combine(_outside, "secret.csv"));

        var error = Assert.Throws<SnapshotPathRefusedException>(() => new SnapshotLocation(_root).Resolve("2026-12/a"));

        Assert.Contains("sekolah.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_inside_the_root_is_refused_as_missing()
    {
        var error = Assert.Throws<SnapshotPathRefusedException>(() => new SnapshotLocation(_root).Resolve("tidak-ada"));

        Assert.Contains("tidak ada di server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_root_any_existing_folder_is_accepted()
    {
        Assert.Equal(_outside, new SnapshotLocation(null).Resolve(_outside));
        Assert.Throws<SnapshotPathRefusedException>(() => new SnapshotLocation(null).Resolve(Path.Combine(_outside, "tidak-ada")));
    }

    [Fact]
    public void The_root_must_be_an_absolute_existing_folder()
    {
        var validator = new SnapshotRootOptionsValidator();

        Assert.True(validator.Validate(null, new SnapshotRootOptions { SnapshotRoot = _root }).Succeeded);
        Assert.True(validator.Validate(null, new SnapshotRootOptions()).Succeeded);
        var relative = validator.Validate(null, new SnapshotRootOptions { SnapshotRoot = "snapshots" });
        Assert.True(relative.Failed);
        Assert.StartsWith("Runs:SnapshotRoot must be the absolute path", relative.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new SnapshotRootOptions { SnapshotRoot = Path.Combine(_base, "tidak-ada") }).Failed);
    }

    public void Dispose() => System.IO.Directory.Delete(_base, recursive: true);
}
