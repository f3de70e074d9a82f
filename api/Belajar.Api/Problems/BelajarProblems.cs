using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Problems;

/// <summary>
/// The ProblemDetails answers of the API, the one place they are made: a title in Bahasa Indonesia for each status, and a
/// <c>detail</c> that says what to fix. The framework's own problems (a bare status code, an unhandled exception) are completed
/// here too (<see cref="Complete"/>).
/// </summary>
public static class BelajarProblems
{
    /// <summary>What an anonymous caller or one with an invalid token must do.</summary>
    public const string SignInFirst =
        "Kirim token akses yang sah: POST /api/v1/auth/token dengan nama pengguna dan kata sandi Anda, lalu `Authorization: Bearer <accessToken>`.";

    /// <summary>400: the request itself is wrong.</summary>
    public static ProblemHttpResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, detail);

    /// <summary>401: sign in again.</summary>
    public static ProblemHttpResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, detail);

    /// <summary>403: signed in, but not allowed to reach this.</summary>
    public static ProblemHttpResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, detail);

    /// <summary>404: no such thing.</summary>
    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, detail);

    /// <summary>409: the thing is in a state that does not allow this.</summary>
    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, detail);

    /// <summary>429: wait and try again.</summary>
    public static ProblemHttpResult TooManyRequests(string detail) => Problem(StatusCodes.Status429TooManyRequests, detail);

    /// <summary>Any status, with its title.</summary>
    public static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: Title(status));

    /// <summary>The title of a status, in Bahasa Indonesia.</summary>
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Permintaan tidak sah",
        StatusCodes.Status401Unauthorized => "Belum masuk",
        StatusCodes.Status403Forbidden => "Tidak diizinkan",
        StatusCodes.Status404NotFound => "Tidak ditemukan",
        StatusCodes.Status405MethodNotAllowed => "Metode tidak diterima",
        StatusCodes.Status409Conflict => "Tidak mungkin dalam keadaan sekarang",
        StatusCodes.Status415UnsupportedMediaType => "Jenis isi tidak diterima",
        StatusCodes.Status428PreconditionRequired => "Kata sandi harus diganti dulu",
        StatusCodes.Status429TooManyRequests => "Terlalu banyak percobaan",
        StatusCodes.Status500InternalServerError => "Kesalahan server",
        StatusCodes.Status502BadGateway => "Layanan lain gagal",
        StatusCodes.Status503ServiceUnavailable => "Layanan belum siap",
        _ => "Permintaan gagal",
    };

    /// <summary>
    /// Completes a problem that the framework made without a detail (a bare status code, an unhandled exception, a body that
    /// cannot be read): the title of its status and a detail that says what to do. Problems made here are left as they are.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        problem.Instance ??= request.Path;
        if (problem.Detail is not null)
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var endpoint = $"{request.Method} {request.Path}";
        problem.Title = Title(status);
        problem.Detail = status switch
        {
            StatusCodes.Status400BadRequest => $"{endpoint} tidak dapat dibaca: periksa parameter dan badan JSON-nya (lihat /openapi/v1.json).",
            StatusCodes.Status401Unauthorized => SignInFirst,
            StatusCodes.Status403Forbidden => $"Akun ini tidak boleh memakai {endpoint}; masuklah dengan akun yang punya peran yang diperlukan.",
            StatusCodes.Status404NotFound => $"Tidak ada {endpoint} di API ini; periksa alamatnya (daftarnya di /openapi/v1.json).",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} tidak menerima {request.Method}; metode yang diterima ada di header Allow dan di /openapi/v1.json.",
            StatusCodes.Status415UnsupportedMediaType => "Kirim badan permintaan sebagai JSON, dengan header Content-Type: application/json.",
            StatusCodes.Status500InternalServerError => "Server gagal memproses permintaan ini; coba lagi nanti dan sebutkan traceId kepada tim dukungan.",
            StatusCodes.Status503ServiceUnavailable => "Layanan sedang bersiap atau kelebihan beban; coba lagi sebentar lagi.",
            _ => $"{endpoint} gagal dengan status {status}; periksa permintaannya (lihat /openapi/v1.json) atau coba lagi nanti.",
        };
    }
}
