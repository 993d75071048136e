using System.Globalization;
using Utleggstrekk.Lasttest;
using Utleggstrekk.Web;

// Bounded load test: starts the service in this process on 127.0.0.1 (a free port), warms up, then runs two rounds
// of N POST /api/beregn over C connections and reports throughput, latency percentiles and the managed heap after a
// full collection between rounds (growth would show as a rising heap). Stops by itself.
// A third round mixes in worst-case requests: --tunge (16) at once, --tunge-antall (64) in all, alternating the
// issue-19 body refused by the budget (1 329 krav, 1 200 months, 20 amounts) with the most the budget allows
// (100 krav × 600 months); the process's working set is sampled throughout. The check (exit code 1 when missed):
// peak working set under 600 MB and the normal requests' p99 under 200 ms while the heavy ones run.
// Usage: dotnet run -c Release --project benchmarks/Utleggstrekk.Lasttest [-- --antall 20000 --forbindelser 32 --tunge 16 --tunge-antall 64]
var antall = Tall("--antall", 20_000);
var forbindelser = Tall("--forbindelser", 32);
var tunge = Tall("--tunge", 16);
var tungeAntall = Tall("--tunge-antall", 64);
var rot = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(rot, "Utleggstrekk.Engine.sln")))
{
    rot = Path.GetDirectoryName(rot) ?? throw new InvalidOperationException("Fant ikke Utleggstrekk.Engine.sln.");
}

var sak = await File.ReadAllTextAsync(Path.Combine(rot, "docs", "eksempler", "enslig-spec-eksempel.json"));
const string Forventet = "\"trekkPerMaaned\": 11276.00";

await using var app = Tjeneste.Lag(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
await app.StartAsync();
var adresse = new Uri(app.Urls.First());
Console.WriteLine($"Tjenesten kjører på {adresse}; {Environment.ProcessorCount} kjerner; .NET {Environment.Version}; server-GC {System.Runtime.GCSettings.IsServerGC}.");

static long Heap()
{
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    return GC.GetTotalMemory(forceFullCollection: true);
}

var oppvarming = await Lastkjoering.KjoerAsync(adresse, sak, Forventet, 2_000, forbindelser);
var heapEtterOppvarming = Heap();
var runde1 = await Lastkjoering.KjoerAsync(adresse, sak, Forventet, antall, forbindelser);
var heapEtterRunde1 = Heap();
var runde2 = await Lastkjoering.KjoerAsync(adresse, sak, Forventet, antall, forbindelser);
var heapEtterRunde2 = Heap();

// Round 3: normal requests while the worst-case ones run.
using var prosess = System.Diagnostics.Process.GetCurrentProcess();
prosess.Refresh();
var minneFoer = prosess.WorkingSet64;
var topp = minneFoer;
using var maaler = new CancellationTokenSource();
var maaling = Task.Run(async () =>
{
    while (!maaler.IsCancellationRequested)
    {
        prosess.Refresh();
        topp = Math.Max(topp, prosess.WorkingSet64);
        await Task.Delay(20).ConfigureAwait(false);
    }
});
var avvistKropp = Lastkjoering.MangeKrav(1329);
var avvistSti = "/api/framskriv?fra=2025-01-01&maaneder=1200&" + string.Join("&", Enumerable.Range(1, 20).Select(i => "beloep=" + (i * 100).ToString(CultureInfo.InvariantCulture)));
var storstKropp = Lastkjoering.MangeKrav(100);
const string StorstSti = "/api/framskriv?fra=2025-01-01&maaneder=600";
var tungeOppgave = Task.WhenAll(
    Lastkjoering.KjoerTungeAsync(adresse, avvistSti, avvistKropp, tungeAntall / 2, Math.Max(1, tunge / 2)),
    Lastkjoering.KjoerTungeAsync(adresse, StorstSti, storstKropp, tungeAntall - (tungeAntall / 2), Math.Max(1, tunge - (tunge / 2))));
var runde3 = await Lastkjoering.KjoerAsync(adresse, sak, Forventet, Math.Min(antall, 2_000), Math.Min(forbindelser, 8));
var tungeSvar = await tungeOppgave;
await maaler.CancelAsync();
await maaling;
prosess.Refresh();
var minneEtter = prosess.WorkingSet64;

Console.WriteLine();
Console.WriteLine("| runde | forespørsler | forbindelser | feil | tid | per sekund | p50 ms | p90 ms | p99 ms | maks ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(Lastkjoering.Linje("oppvarming", oppvarming));
Console.WriteLine(Lastkjoering.Linje("runde 1", runde1));
Console.WriteLine(Lastkjoering.Linje("runde 2", runde2));
Console.WriteLine(Lastkjoering.Linje("runde 3 (med tunge)", runde3));
Console.WriteLine();
var (ok1, avvist1, feil1) = tungeSvar[0];
var (ok2, avvist2, feil2) = tungeSvar[1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Tunge forespørsler ({tunge} samtidige): issue 19-kroppen {ok1} svar, {avvist1} avvist (422/503), {feil1} feil; største innenfor budsjettet {ok2} svar, {avvist2} avvist, {feil2} feil."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Arbeidssett: før runde 3 {minneFoer / 1024.0 / 1024:0} MiB, topp {topp / 1024.0 / 1024:0} MiB, etter {minneEtter / 1024.0 / 1024:0} MiB (grense 600 MB). Vanlige forespørsler under tung last: p99 {runde3.P99Ms:0.0} ms (grense 200 ms)."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Administrert heap etter full GC: etter oppvarming {heapEtterOppvarming / 1024.0 / 1024:0.0} MiB, etter runde 1 {heapEtterRunde1 / 1024.0 / 1024:0.0} MiB, etter runde 2 {heapEtterRunde2 / 1024.0 / 1024:0.0} MiB; arbeidssett {Environment.WorkingSet / 1024.0 / 1024:0} MiB."));
await app.StopAsync();
var sjekkOk = topp < 600L * 1000 * 1000 && runde3.P99Ms < 200 && feil1 + feil2 == 0 && avvist1 == tungeAntall / 2;
Console.WriteLine(sjekkOk ? "Sjekken holder." : "Sjekken holder IKKE.");
return oppvarming.Feil + runde1.Feil + runde2.Feil + runde3.Feil == 0 && sjekkOk ? 0 : 1;

int Tall(string navn, int standard)
{
    var i = Array.IndexOf(args, navn);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : standard;
}
