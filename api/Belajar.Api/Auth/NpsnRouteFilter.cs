using Belajar.Api.Problems;
using Belajar.Api.Schools;

namespace Belajar.Api.Auth;

/// <summary>
/// Normalises the route's <c>{npsn}</c> once (<see cref="SchoolNpsn.Normalize"/>) before the scope check and the handler see
/// it: the route value and the handler's <c>npsn</c> argument both become the normalised NPSN; an NPSN that breaks the rule
/// gets 400 saying what an NPSN looks like. Add it with <see cref="TenantScopeEndpointExtensions.NormalizeNpsn{TBuilder}"/>.
/// </summary>
internal static class NpsnRouteFilter
{
    private const string Name = "npsn";

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var index = Array.FindIndex(factory.MethodInfo.GetParameters(), p => p.Name == Name && p.ParameterType == typeof(string));
        return async context =>
        {
            var route = context.HttpContext.Request.RouteValues;
            if (!route.TryGetValue(Name, out var value))
            {
                return await next(context);
            }

            var raw = value?.ToString();
            if (SchoolNpsn.Normalize(raw) is not { } npsn)
            {
                return BelajarProblems.BadRequest(SchoolNpsn.Invalid(raw));
            }

            route[Name] = npsn;
            if (index >= 0)
            {
                context.Arguments[index] = npsn;
            }

            return await next(context);
        };
    }
}
