namespace Belajar.Admins.Tests;

[Collection(AdminsCollection.Name)]
public sealed class OpenApiDocumentTests(AdminsApi api)
{
    [Fact]
    public async Task The_openapi_document_lists_the_administrator_endpoints()
    {
        var document = await api.Http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/regions/{kodeWilayah}/admin-nominations", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/admin-nominations/{nominationId}/approve", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/regions/{kodeWilayah}/schools/{npsn}/accounts", document, StringComparison.Ordinal);
    }
}
