using System.Diagnostics.Metrics;
using Belajar.Api.Dashboards;

namespace Belajar.Api.Metrics;

/// <summary>
/// The api's instruments on the project's meter <c>Belajar</c>: downloads of account sheets, and gauges of the newest run's
/// progress and the Directory quota as <see cref="DashboardSampler"/> last saw them.
/// </summary>
public sealed class ApiMetrics : IDisposable
{
    public const string MeterName = Belajar.Abstractions.BelajarMeter.Name;
    private readonly Meter _meter;

    public ApiMetrics(IMeterFactory meters, DashboardSampler sampler)
    {
        _meter = meters.Create(MeterName);
        Downloads = _meter.CreateCounter<long>("belajar.downloads", "{download}", "Account sheets downloaded (Unduh Akun)");
        _meter.CreateObservableGauge("belajar.run.schools_total", () => sampler.LatestRun?.SchoolsTotal ?? 0, "{school}", "Schools in the newest run");
        _meter.CreateObservableGauge("belajar.run.schools_done", () => sampler.LatestRun?.SchoolsDone ?? 0, "{school}", "Schools the newest run has finished");
        _meter.CreateObservableGauge("belajar.run.accounts_created", () => sampler.LatestRun?.AccountsCreated ?? 0, "{account}", "Accounts the newest run created");
        _meter.CreateObservableGauge("belajar.run.accounts_failed", () => sampler.LatestRun?.AccountsFailed ?? 0, "{account}", "Accounts the newest run failed");
        _meter.CreateObservableGauge("belajar.quota.leased", () => sampler.Quota?.InWindow ?? 0, "{permit}", "Quota permits handed out to silos in the current window");
        _meter.CreateObservableGauge("belajar.quota.limit", () => sampler.Quota?.QueriesPerMinute ?? 0, "{permit}", "Quota permits per minute");
    }

    /// <summary>Account sheets downloaded, tagged <c>format</c> (csv, xlsx).</summary>
    public Counter<long> Downloads { get; }

    public void Dispose() => _meter.Dispose();
}
