using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Utleggstrekk.Lasttest;

/// <summary>The figures of one bounded run.</summary>
public sealed record Lastresultat(
    int Forespoersler,
    int Forbindelser,
    int Feil,
    TimeSpan Varighet,
    double PerSekund,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaksMs);

/// <summary>
/// Sends a fixed number of <c>POST /api/beregn</c> over a fixed number of concurrent connections to a service on the
/// local machine, checks every answer (status 200 and the expected trekk), and measures latency per request.
/// Refuses any address that is not the loopback interface.
/// </summary>
public static class Lastkjoering
{
    /// <summary>Runs <paramref name="antall"/> requests over <paramref name="forbindelser"/> connections and returns the figures.</summary>
    public static async Task<Lastresultat> KjoerAsync(Uri adresse, string sak, string forventet, int antall, int forbindelser)
    {
        ArgumentNullException.ThrowIfNull(adresse);
        if (!adresse.IsLoopback)
        {
            throw new ArgumentException($"Lasttesten kjører bare mot 127.0.0.1/localhost, ikke {adresse}.", nameof(adresse));
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = forbindelser, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var klient = new HttpClient(handler) { BaseAddress = adresse, Timeout = TimeSpan.FromSeconds(30) };
        var innhold = Encoding.UTF8.GetBytes(sak);
        var tider = new long[antall];
        var neste = -1;
        var feil = 0;
        var total = Stopwatch.StartNew();
        var arbeidere = Enumerable.Range(0, forbindelser).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref neste)) < antall)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var body = new ByteArrayContent(innhold);
                    body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                    using var svar = await klient.PostAsync("/api/beregn", body).ConfigureAwait(false);
                    var tekst = await svar.Content.ReadAsStringAsync().ConfigureAwait(false);
                    if (svar.StatusCode != HttpStatusCode.OK || !tekst.Contains(forventet, StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref feil);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref feil);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref feil);
                }

                tider[i] = Stopwatch.GetTimestamp() - start;
            }
        }).ToArray();
        await Task.WhenAll(arbeidere).ConfigureAwait(false);
        total.Stop();

        Array.Sort(tider);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Persentil(double p) => Ms(tider[Math.Min(antall - 1, (int)Math.Ceiling(p * antall) - 1)]);
        return new Lastresultat(antall, forbindelser, feil, total.Elapsed, antall / total.Elapsed.TotalSeconds, Persentil(0.50), Persentil(0.90), Persentil(0.99), Ms(tider[^1]));
    }

    /// <summary>
    /// Sends <paramref name="antall"/> worst-case requests (<paramref name="sti"/> with <paramref name="kropp"/>), at most
    /// <paramref name="samtidige"/> at once, until all are answered. An answer within the budget (200) or refused by
    /// it (422) or by the concurrency limit (503) counts as handled; anything else is an error.
    /// </summary>
    public static async Task<(int Ok, int Avvist, int Feil)> KjoerTungeAsync(Uri adresse, string sti, string kropp, int antall, int samtidige)
    {
        ArgumentNullException.ThrowIfNull(adresse);
        if (!adresse.IsLoopback)
        {
            throw new ArgumentException($"Lasttesten kjører bare mot 127.0.0.1/localhost, ikke {adresse}.", nameof(adresse));
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = samtidige };
        using var klient = new HttpClient(handler) { BaseAddress = adresse, Timeout = TimeSpan.FromSeconds(60) };
        var innhold = Encoding.UTF8.GetBytes(kropp);
        int ok = 0, avvist = 0, feil = 0, neste = -1;
        var arbeidere = Enumerable.Range(0, samtidige).Select(async _ =>
        {
            while (Interlocked.Increment(ref neste) < antall)
            {
                try
                {
                    using var body = new ByteArrayContent(innhold);
                    body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                    using var svar = await klient.PostAsync(sti, body).ConfigureAwait(false);
                    await svar.Content.CopyToAsync(Stream.Null).ConfigureAwait(false);
                    switch ((int)svar.StatusCode)
                    {
                        case 200: Interlocked.Increment(ref ok); break;
                        case 422 or 503: Interlocked.Increment(ref avvist); break;
                        default: Interlocked.Increment(ref feil); break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref feil);
                }
            }
        }).ToArray();
        await Task.WhenAll(arbeidere).ConfigureAwait(false);
        return (ok, avvist, feil);
    }

    /// <summary>A TREKK.json with <paramref name="antall"/> krav of 10 000 kr each (the worst-case body's shape).</summary>
    public static string MangeKrav(int antall) => "{\"krav\": [" + string.Join(",", Enumerable.Range(0, antall).Select(i => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"id\": \"K{i}\", \"artsprioritet\": \"e\", \"tidsprioritet\": \"2024-05-01\", \"sak\": \"S{i}\", \"prioritetISak\": 1, \"kravtype\": \"hovedstol\", \"gjenstaaende\": 10000}}"))) + "]}";

    /// <summary>One line for a table.</summary>
    public static string Linje(string navn, Lastresultat r) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {navn} | {r.Forespoersler} | {r.Forbindelser} | {r.Feil} | {r.Varighet.TotalSeconds:0.00} s | {r.PerSekund:0} | {r.P50Ms:0.00} | {r.P90Ms:0.00} | {r.P99Ms:0.00} | {r.MaksMs:0.0} |");
}
