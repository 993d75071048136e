using System.Diagnostics;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Web;

/// <summary>
/// The outermost middleware: turns exceptions into problem answers and writes one log line per failed request.
/// A 4xx is logged at Information as one line with the status, method and path — never a field value, a body or a
/// stack trace; a 5xx at Error with the trace id (also in the answer) and the exception's type and stack trace, but
/// not its message, which may quote input.
/// </summary>
internal sealed partial class Feilhaandtering(RequestDelegate neste, ILogger<Feilhaandtering> logg)
{
    public async Task InvokeAsync(HttpContext kontekst)
    {
        try
        {
            await neste(kontekst).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (kontekst.RequestAborted.IsCancellationRequested)
        {
            LoggAvbrutt(logg, kontekst.Request.Method, kontekst.Request.Path.Value ?? "/");
            return;
        }
        catch (Exception e) when (Problemer.For(e, kontekst.Request.Path.Value) is { } problem && !kontekst.Response.HasStarted)
        {
            kontekst.Response.Clear();
            await Problemer.SkrivAsync(kontekst, problem).ConfigureAwait(false);
        }
        catch (Exception e) when (!kontekst.Response.HasStarted)
        {
            var spor = Activity.Current?.Id ?? kontekst.TraceIdentifier;
            LoggIntern(logg, kontekst.Request.Method, kontekst.Request.Path.Value ?? "/", spor, e.GetType().FullName ?? "?", Stakk(e.StackTrace));
            kontekst.Response.Clear();
            await Problemer.SkrivAsync(kontekst, new Problem
            {
                Type = Problemer.TypePrefiks + "intern-feil",
                Title = "Intern feil",
                Status = StatusCodes.Status500InternalServerError,
                Detail = "En uventet feil oppsto. Forespørselen ble ikke behandlet. Sporings-id: " + spor,
                Instance = kontekst.Request.Path.Value,
                Feil = [],
            }).ConfigureAwait(false);
            return;
        }

        var status = kontekst.Response.StatusCode;
        if (status is (>= 400 and < 500) or StatusCodes.Status503ServiceUnavailable)
        {
            LoggKlientfeil(logg, status, kontekst.Request.Method, kontekst.Request.Path.Value ?? "/");
        }
    }

    /// <summary>
    /// At most 4 000 characters of a stack trace (a deep recursion would otherwise fill the log): the one shortener, with
    /// a length of its own because a trace is logged for the operator, not quoted in an answer.
    /// </summary>
    private static string Stakk(string? stakk) => stakk is null ? string.Empty : Inndatatekst.Kort(stakk, 4000);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "HTTP {Status} {Metode} {Sti}")]
    private static partial void LoggKlientfeil(ILogger logg, int status, string metode, string sti);

    [LoggerMessage(EventId = 4990, Level = LogLevel.Information, Message = "Avbrutt av klienten: {Metode} {Sti}")]
    private static partial void LoggAvbrutt(ILogger logg, string metode, string sti);

    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "HTTP 500 {Metode} {Sti} sporings-id {Spor}: {Type}\n{Stakk}")]
    private static partial void LoggIntern(ILogger logg, string metode, string sti, string spor, string type, string stakk);
}

/// <summary>The security headers of every answer, and <c>Cache-Control: no-store</c> on pages.</summary>
internal sealed class Sikkerhetshoder(RequestDelegate neste)
{
    /// <summary>The page's content security policy: its own styles and images only, no script, no framing.</summary>
    public const string Csp = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    public Task InvokeAsync(HttpContext kontekst)
    {
        var h = kontekst.Response.Headers;
        h.ContentSecurityPolicy = Csp;
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h.XFrameOptions = "DENY";
        return neste(kontekst);
    }
}
