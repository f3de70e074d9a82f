using System.Text;
using Belajar.Api.Auth;
using Belajar.Api.Runs;
using Belajar.Dapodik;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Belajar.TestSupport;

namespace Belajar.Api.Tests;

public sealed class DemoPasswordsTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("belajar-demo-passwords-").FullName;

    [Fact]
    public void Reads_rfc4180_rows_in_file_order_with_or_without_a_bom()
    {
        var plain = Write("username,password\nop.a@gmail.com,Abc-123\n\"op,b@gmail.com\",\"pa\"\"ss,word\"\n");
        var bom = Write("\uFEFFusername,password\r\nop.a@gmail.com,Abc-123\r\n", "bom");

        Assert.Equal([("op.a@gmail.com", "Abc-123"), ("op,b@gmail.com", "pa\"ss,word")], DemoPasswords.Read(plain));
        Assert.Equal([("op.a@gmail.com", "Abc-123")], DemoPasswords.Read(bom));
    }

    [Fact]
    public void Columns_are_found_by_name()
    {
        var path = Write("password,username\nAbc-123,op.a@gmail.com\n");

        Assert.Equal([("op.a@gmail.com", "Abc-123")], DemoPasswords.Read(path));
    }

    [Theory]
    [InlineData("username,password\nop.a@gmail.com,Abc-123\nop.b@gmail.com\n", "baris 3 berisi 1 kolom, seharusnya 2")]
    [InlineData("username,password\nop.a@gmail.com,Abc,123\n", "baris 2 berisi 3 kolom, seharusnya 2")]
    [InlineData("username,password\nop.a@gmail.com,Abc-123\nop.b@gmail.com,  \n", "baris 3: password kosong")]
    [InlineData("username,password\n,Abc-123\n", "baris 2: username kosong")]
    [InlineData("user,pass\nop.a@gmail.com,Abc-123\n", "baris 1 (judul) berisi user,pass; seharusnya username,password")]
    [InlineData("", "berkas kosong; baris pertama harus username,password")]
    public void A_bad_row_is_refused_naming_the_file_the_line_and_the_fix(string content, string reason)
    {
        var path = Write(content);

        var refused = Assert.Throws<SnapshotUnreadableException>(() => DemoPasswords.Read(path));

        Assert.Equal(SnapshotFiles.OperatorPasswords, refused.File);
        Assert.StartsWith($"{SnapshotFiles.OperatorPasswords}: {reason}", refused.Message);
    }

    [Fact]
    public async Task The_sample_operator_is_the_first_one_of_the_snapshot_and_a_bad_file_is_a_warning_instead()
    {
        await SyntheticSnapshot.WriteAsync(_folder, new SyntheticSnapshotOptions { Learners = 50, Schools = 2, Provinces = 1 });
        var passwordsFile = Path.Combine(_folder, SnapshotFiles.OperatorPasswords);
        var first = File.ReadLines(passwordsFile).Skip(1).First().Split(',');
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var users = new OperatorUsers(
            new InMemoryOperatorStore(), Options.Create(new BelajarIdentityOptions { MinimumHashCost = 4 }), loggers.CreateLogger<OperatorUsers>());
        var operators = new SnapshotOperators(users, loggers.CreateLogger<SnapshotOperators>());
        await operators.LoadAsync(_folder);

        var sample = operators.Sample();
        File.AppendAllText(passwordsFile, "tanpa.password@gmail.com\n");
        var lines = File.ReadAllLines(passwordsFile).Length;
        var none = operators.Sample();

        Assert.NotNull(sample);
        Assert.Equal((first[0], first[1]), (sample.Username, sample.Password));
        Assert.Null(none);
        Assert.Contains(logs.Lines, l => l.Contains($"baris {lines} berisi 1 kolom, seharusnya 2", StringComparison.Ordinal));
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    private string Write(string content, string subfolder = "")
    {
        var path = Path.Combine(System.IO.Directory.CreateDirectory(Path.Combine(_folder, subfolder)).FullName, SnapshotFiles.OperatorPasswords);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
