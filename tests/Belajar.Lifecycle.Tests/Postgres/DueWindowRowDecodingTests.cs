using System.Text;
using Belajar.Hosting.Reminders;

namespace Belajar.Lifecycle.Tests.Postgres;

/// <summary>
/// How the due-window table turns a row's text columns into Orleans' values (pure: the bytes a row carries): a grain id from
/// its UTF-8 equals <see cref="GrainId.Parse(string)"/> of its text, and values that repeat across the rows of one read
/// (grain types, reminder names) are one instance each.
/// </summary>
public sealed class DueWindowRowDecodingTests
{
    [Theory]
    [InlineData("account/pd-due00000001")]
    [InlineData("account/pd-Ñoño-ßü✓")] // multi-byte UTF-8 in the key
    [InlineData("school/20100001/kelas/7")] // the key holds '/': the first one splits
    [InlineData("account/")]
    public void A_grain_id_from_its_utf8_equals_the_parsed_text(string text)
    {
        var decoded = new ReminderRowDecoder().ParseGrainId(Encoding.UTF8.GetBytes(text));

        var parsed = GrainId.Parse(text);
        Assert.Equal(parsed, decoded);
        Assert.Equal(parsed.GetUniformHashCode(), decoded.GetUniformHashCode()); // the ring position the reminder service uses
        Assert.Equal(text, decoded.ToString());
    }

    [Fact]
    public void A_grain_id_without_a_slash_is_a_format_error_as_for_parse()
    {
        Assert.Throws<FormatException>(() => new ReminderRowDecoder().ParseGrainId("account-pd-1"u8));
    }

    [Fact]
    public void The_grain_ids_of_one_read_share_their_type_and_keep_their_own_key()
    {
        var decoder = new ReminderRowDecoder();

        var first = decoder.ParseGrainId("account/pd-1"u8);
        var second = decoder.ParseGrainId("account/pd-2"u8);

        Assert.Same(GrainType.UnsafeGetArray(first.Type), GrainType.UnsafeGetArray(second.Type));
        Assert.Equal("pd-1", first.Key.ToString());
        Assert.Equal("pd-2", second.Key.ToString());
    }

    [Fact]
    public void The_reminder_names_of_one_read_are_one_string_per_name()
    {
        var decoder = new ReminderRowDecoder();

        var deadline = decoder.ParseReminderName("deadline"u8);
        Assert.Same(deadline, decoder.ParseReminderName("deadline"u8));
        Assert.Equal("deadline", deadline);
        Assert.Equal("sync", decoder.ParseReminderName("sync"u8));
        Assert.Equal("pengingat-ñ", decoder.ParseReminderName(Encoding.UTF8.GetBytes("pengingat-ñ")));
    }

    [Fact]
    public void Repeated_values_keep_the_first_distinct_ones_and_create_the_rest_each_time()
    {
        var created = 0;
        var values = new RepeatedUtf8Values<string>(utf8 =>
        {
            created++;
            return Encoding.UTF8.GetString(utf8);
        });
        for (var i = 0; i < RepeatedUtf8Values<string>.Capacity; i++)
        {
            Assert.Same(values.Get(Encoding.UTF8.GetBytes($"name-{i}")), values.Get(Encoding.UTF8.GetBytes($"name-{i}")));
        }

        Assert.Equal(RepeatedUtf8Values<string>.Capacity, created);
        var beyond = values.Get("one-more"u8);
        Assert.Equal("one-more", beyond);
        Assert.NotSame(beyond, values.Get("one-more"u8)); // not kept: a read with many distinct values does not grow the list
        Assert.Equal(RepeatedUtf8Values<string>.Capacity + 2, created);
    }
}
