using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Problems;

/// <summary>The ProblemDetails answers of the API: every one says what to fix in <c>detail</c>.</summary>
public static class BelajarProblems
{
    /// <summary>400: the request itself is wrong.</summary>
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Permintaan tidak sah");

    /// <summary>401: sign in again.</summary>
    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Belum masuk");

    /// <summary>403: signed in, but not allowed to reach this.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Tidak diizinkan");

    /// <summary>404: no such thing.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan");

    /// <summary>409: the thing is in a state that does not allow this.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Tidak mungkin dalam keadaan sekarang");

    /// <summary>429: wait and try again.</summary>
    public static ProblemHttpResult TooManyRequests(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Terlalu banyak percobaan");
}
