using System.Globalization;
using Utleggstrekk.Lasttest;
using Utleggstrekk.Web;

// Bounded load test: starts the service in this process on 127.0.0.1 (a free port), warms up, then runs two rounds
// of N POST /api/beregn over C connections and reports throughput, latency percentiles and the managed heap after a
// full collection between rounds (growth would show as a rising heap). Stops by itself.
// Usage: dotnet run -c Release --project benchmarks/Utleggstrekk.Lasttest [-- --antall 20000 --forbindelser 32]
var antall = Tall("--antall", 20_000);
var forbindelser = Tall("--forbindelser", 32);
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

Console.WriteLine();
Console.WriteLine("| runde | forespørsler | forbindelser | feil | tid | per sekund | p50 ms | p90 ms | p99 ms | maks ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(Lastkjoering.Linje("oppvarming", oppvarming));
Console.WriteLine(Lastkjoering.Linje("runde 1", runde1));
Console.WriteLine(Lastkjoering.Linje("runde 2", runde2));
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Administrert heap etter full GC: etter oppvarming {heapEtterOppvarming / 1024.0 / 1024:0.0} MiB, etter runde 1 {heapEtterRunde1 / 1024.0 / 1024:0.0} MiB, etter runde 2 {heapEtterRunde2 / 1024.0 / 1024:0.0} MiB; arbeidssett {Environment.WorkingSet / 1024.0 / 1024:0} MiB."));
await app.StopAsync();
return oppvarming.Feil + runde1.Feil + runde2.Feil == 0 ? 0 : 1;

int Tall(string navn, int standard)
{
    var i = Array.IndexOf(args, navn);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : standard;
}
