using System.Net;

namespace Belajar.Directory;

/// <summary>Org units: created once per path, parents first.</summary>
public sealed partial class DirectoryGateway
{
    /// <inheritdoc />
    public Task EnsureOrgUnitAsync(string orgUnitPath, CancellationToken ct)
    {
        var path = NormalizePath(orgUnitPath);
        if (path == "/")
        {
            return Task.CompletedTask;
        }

        var task = _orgUnits.GetOrAdd(path, p => CreateOrgUnitAsync(p, ct));
        if (task.IsFaulted || task.IsCanceled)
        {
            _orgUnits.TryRemove(new KeyValuePair<string, Task>(path, task));
        }

        return ForgetOnFailureAsync(path, task);
    }

    /// <inheritdoc />
    public async Task<OrgUnit?> GetOrgUnitAsync(string orgUnitPath, CancellationToken ct)
    {
        try
        {
            return await CallAsync("orgunits.get", () => _service.Orgunits.Get(_options.Customer, NormalizePath(orgUnitPath)), null, ct).ConfigureAwait(false);
        }
        catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task ForgetOnFailureAsync(string path, Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            _orgUnits.TryRemove(new KeyValuePair<string, Task>(path, task));
            throw;
        }
    }

    private async Task CreateOrgUnitAsync(string path, CancellationToken ct)
    {
        var slash = path.LastIndexOf('/');
        var parent = slash == 0 ? "/" : path[..slash];
        await EnsureOrgUnitAsync(parent, ct).ConfigureAwait(false);
        var body = new OrgUnit { Name = path[(slash + 1)..], ParentOrgUnitPath = parent };
        try
        {
            await CallAsync("orgunits.insert", () => _service.Orgunits.Insert(body, _options.Customer), null, ct).ConfigureAwait(false);
        }
        catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // It exists already (created earlier or by another silo).
        }
    }

    private static string NormalizePath(string orgUnitPath)
    {
        if (string.IsNullOrWhiteSpace(orgUnitPath) || !orgUnitPath.StartsWith('/'))
        {
            throw new ArgumentException($"Org unit path '{orgUnitPath}' must be a full path starting with '/', e.g. /sekolah/20100001.", nameof(orgUnitPath));
        }

        var trimmed = orgUnitPath.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }
}
