using System.Net;

namespace Belajar.Admins.Tests;

/// <summary>Every administrator endpoint × role × own/parent/child/foreign region. Bodies are invalid on purpose: 400/404 = let in.</summary>
[Collection(AdminsCollection.Name)]
public sealed class RegionScopeMatrixTests(AdminsApi api)
{
    private const string Unknown = "nom-020100-000000000000";

    [Theory]
    // nominate: only the Dinas of exactly that region (400 = let in, body empty)
    [InlineData("dinas-kab", "POST", "/api/v1/regions/020100/admin-nominations", 400)]
    [InlineData("dinas-prov", "POST", "/api/v1/regions/020100/admin-nominations", 403)]
    [InlineData("dinas-kab", "POST", "/api/v1/regions/020000/admin-nominations", 403)]
    [InlineData("dinas-lain", "POST", "/api/v1/regions/020100/admin-nominations", 403)]
    [InlineData("pusdatin", "POST", "/api/v1/regions/020100/admin-nominations", 403)]
    [InlineData("admin-kab", "POST", "/api/v1/regions/020100/admin-nominations", 403)]
    [InlineData(null, "POST", "/api/v1/regions/020100/admin-nominations", 401)]
    // Pusdatin's list and decisions
    [InlineData("pusdatin", "GET", "/api/v1/admin-nominations?state=Pending", 200)]
    [InlineData("dinas-prov", "GET", "/api/v1/admin-nominations?state=Pending", 403)]
    [InlineData("admin-kab", "GET", "/api/v1/admin-nominations?state=Pending", 403)]
    [InlineData(null, "GET", "/api/v1/admin-nominations?state=Pending", 401)]
    [InlineData("pusdatin", "POST", "/api/v1/admin-nominations/" + Unknown + "/approve", 404)]
    [InlineData("dinas-kab", "POST", "/api/v1/admin-nominations/" + Unknown + "/approve", 403)]
    [InlineData("admin-kab", "POST", "/api/v1/admin-nominations/" + Unknown + "/approve", 403)]
    [InlineData("pusdatin", "POST", "/api/v1/admin-nominations/" + Unknown + "/reject", 400)]
    [InlineData("dinas-kab", "POST", "/api/v1/admin-nominations/" + Unknown + "/reject", 403)]
    // the region's administrators: own, parent sees child, child not parent, foreign not
    [InlineData("pusdatin", "GET", "/api/v1/regions/020100/admins", 200)]
    [InlineData("dinas-kab", "GET", "/api/v1/regions/020100/admins", 200)]
    [InlineData("dinas-prov", "GET", "/api/v1/regions/020100/admins", 200)]
    [InlineData("admin-kab", "GET", "/api/v1/regions/020100/admins", 200)]
    [InlineData("dinas-kab", "GET", "/api/v1/regions/020000/admins", 403)]
    [InlineData("admin-kab", "GET", "/api/v1/regions/020000/admins", 403)]
    [InlineData("dinas-lain", "GET", "/api/v1/regions/020100/admins", 403)]
    [InlineData("pusdatin", "DELETE", "/api/v1/regions/020100/admins/adm-none", 404)]
    [InlineData("dinas-kab", "DELETE", "/api/v1/regions/020100/admins/adm-none", 403)]
    [InlineData("dinas-prov", "DELETE", "/api/v1/regions/020100/admins/adm-none", 403)]
    [InlineData("admin-kab", "DELETE", "/api/v1/regions/020100/admins/adm-none", 403)]
    [InlineData("pusdatin", "POST", "/api/v1/regions/020100/admins/adm-none/reissue", 400)]
    [InlineData("admin-kab", "POST", "/api/v1/regions/020100/admins/adm-none/reissue", 403)]
    // monitoring: schools and accounts
    [InlineData("pusdatin", "GET", "/api/v1/regions/020100/schools", 200)]
    [InlineData("admin-kab", "GET", "/api/v1/regions/020100/schools", 200)]
    [InlineData("dinas-prov", "GET", "/api/v1/regions/020100/schools", 200)]
    [InlineData("admin-kab", "GET", "/api/v1/regions/020000/schools", 403)]
    [InlineData("dinas-lain", "GET", "/api/v1/regions/020100/schools", 403)]
    [InlineData("admin-kab", "GET", "/api/v1/regions/020100/schools/20100001/accounts", 404)]
    [InlineData("dinas-lain", "GET", "/api/v1/regions/020100/schools/20100001/accounts", 403)]
    [InlineData(null, "GET", "/api/v1/regions/020100/schools", 401)]
    public async Task Administrator_endpoints_answer_each_role_and_region_exactly(string? user, string method, string path, int expected)
    {
        var response = await api.SendAsync(user, new HttpMethod(method), path, method == "GET" || method == "DELETE" ? null : new { });

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }
}
