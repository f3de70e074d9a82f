using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Belajar.Benchmarks;

/// <summary>
/// Counts the methods the JIT compiles while it listens, by namespace and name (dynamic methods marked), so that a benchmark can
/// say which code keeps being compiled. Turned on with <c>BELAJAR_BENCH_JIT=1</c>.
/// </summary>
internal sealed class JitListener : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private readonly ConcurrentDictionary<string, int> _methods = new(StringComparer.Ordinal);

    public static JitListener? StartIfAsked() => Environment.GetEnvironmentVariable("BELAJAR_BENCH_JIT") == "1" ? new JitListener() : null;

    public IEnumerable<KeyValuePair<string, int>> Top(int count) => _methods.OrderByDescending(m => m.Value).Take(count);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true || e.PayloadNames is null)
        {
            return;
        }

        var ns = Payload(e, "MethodNamespace");
        var name = Payload(e, "MethodName");
        var dynamic = (Convert.ToUInt32(e.Payload![e.PayloadNames.IndexOf("MethodFlags")], System.Globalization.CultureInfo.InvariantCulture) & 1) != 0;
        _methods.AddOrUpdate($"{(dynamic ? "[dynamic] " : "")}{ns}::{name}", 1, (_, n) => n + 1);
    }

    private static string Payload(EventWrittenEventArgs e, string name) => e.Payload![e.PayloadNames!.IndexOf(name)]?.ToString() ?? "";
}
