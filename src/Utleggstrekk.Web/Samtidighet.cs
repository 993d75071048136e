using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Utleggstrekk.Web;

/// <summary>
/// The concurrency limit (ASP.NET Core rate limiting): at most <see cref="Tjenestegrenser.SamtidigeEllerStandard"/>
/// requests computed at once in each of two partitions — heavy (projections, what-if, the pages' posts) and light
/// (everything else) — so a burst of heavy requests never queues a light one. Up to <see cref="Tjenestegrenser.Koe"/>
/// wait; beyond that the answer is 503 problem+json with <c>Retry-After</c>. The health check is never limited.
/// </summary>
internal static class Samtidighet
{
    public static void Konfigurer(RateLimiterOptions o)
    {
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(kontekst =>
        {
            var sti = kontekst.Request.Path.Value ?? "/";
            if (sti == "/helse")
            {
                return RateLimitPartition.GetNoLimiter("helse");
            }

            var grenser = kontekst.RequestServices.GetRequiredService<IOptions<Tjenestegrenser>>().Value;
            var tung = sti.StartsWith("/api/framskriv", StringComparison.Ordinal)
                || sti.StartsWith("/api/hva-om", StringComparison.Ordinal)
                || HttpMethods.IsPost(kontekst.Request.Method) && sti is "/" or Sider.TrekkSti;
            return RateLimitPartition.GetConcurrencyLimiter(tung ? "tung" : "lett", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = grenser.SamtidigeEllerStandard,
                QueueLimit = grenser.Koe,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        });
        o.OnRejected = (avvist, _) =>
        {
            var kontekst = avvist.HttpContext;
            kontekst.Response.Headers.RetryAfter = Grenser.VentSekunder.ToString(CultureInfo.InvariantCulture);
            return new ValueTask(Problemer.SkrivAsync(kontekst, new Problem
            {
                Type = Problemer.TypePrefiks + "opptatt",
                Title = "Tjenesten er opptatt",
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = $"For mange forespørsler behandles nå. Prøv igjen om {Grenser.VentSekunder} sekund.",
                Instance = kontekst.Request.Path.Value,
                Feil = [],
            }));
        };
    }
}
