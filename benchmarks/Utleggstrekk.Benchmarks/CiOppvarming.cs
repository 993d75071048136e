using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// The gate's warm-up round, before any class is measured. The gate runs in-process, and in a fresh process the first
/// class measured ran on unoptimised (tier-0) code for seconds: <c>AvregningBenchmarks</c>' first row measured 222 µs
/// instead of 22 µs in two fresh-clone CI runs of 2026-12-06, its iterations dropping to 22–27 µs only after
/// 3–5 s (reproduced with <c>--ci --klasse AvregningBenchmarks</c>). Calling every benchmark method of every parameter
/// set for a while first lets the runtime tier the engine's code up before the short CI job measures it. Only the
/// gate does this; an ordinary BenchmarkDotNet run has its own process per benchmark and a longer warm-up.
/// </summary>
internal static class CiOppvarming
{
    /// <summary>How long each benchmark method is called, per round.</summary>
    private static readonly TimeSpan PerMetode = TimeSpan.FromMilliseconds(150);

    /// <summary>Rounds: tier-0, then the instrumented tier, then tier 1, each needs its calls and a background compile.</summary>
    private const int Runder = 3;

    /// <summary>Calls every benchmark method of the classes in every parameter set, <see cref="Runder"/> times.</summary>
    public static void Varm(IEnumerable<Type> typer)
    {
        var klokke = Stopwatch.StartNew();
        var liste = typer.ToList();
        for (var runde = 0; runde < Runder; runde++)
        {
            foreach (var type in liste)
            {
                foreach (var verdier in Parametersett(type))
                {
                    Kjoer(type, verdier);
                }
            }

            // Give the background compiler time to install what the calls asked for.
            Thread.Sleep(200);
        }

        Console.WriteLine($"Benchmarkporten: oppvarming ferdig etter {klokke.Elapsed.TotalSeconds:0.0} s");
    }

    private static void Kjoer(Type type, IReadOnlyList<(PropertyInfo Egenskap, object? Verdi)> verdier)
    {
        var objekt = Activator.CreateInstance(type)!;
        foreach (var (egenskap, verdi) in verdier)
        {
            egenskap.SetValue(objekt, verdi);
        }

        Kall<GlobalSetupAttribute>(type, objekt);
        foreach (var metode in type.GetMethods().Where(m => m.IsDefined(typeof(BenchmarkAttribute), false)))
        {
            var klokke = Stopwatch.StartNew();
            do
            {
                metode.Invoke(objekt, null);
            }
            while (klokke.Elapsed < PerMetode);
        }

        Kall<GlobalCleanupAttribute>(type, objekt);
    }

    private static void Kall<TAttributt>(Type type, object objekt)
        where TAttributt : Attribute
    {
        foreach (var metode in type.GetMethods().Where(m => m.IsDefined(typeof(TAttributt), false)))
        {
            metode.Invoke(objekt, null);
        }
    }

    /// <summary>Every combination of the class's <c>[Params]</c> values (one empty set when it has none).</summary>
    private static IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> Parametersett(Type type)
    {
        IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> sett = [[]];
        foreach (var egenskap in type.GetProperties().Where(p => p.IsDefined(typeof(ParamsAttribute), false)))
        {
            var verdier = egenskap.GetCustomAttribute<ParamsAttribute>()!.Values;
            sett = [.. sett.SelectMany(s => verdier.Select(v => (IReadOnlyList<(PropertyInfo, object?)>)[.. s, (egenskap, Konverter(v, egenskap.PropertyType))]))];
        }

        return sett;
    }

    private static object? Konverter(object? verdi, Type maal) =>
        verdi is null || maal.IsInstanceOfType(verdi) ? verdi : Convert.ChangeType(verdi, maal, System.Globalization.CultureInfo.InvariantCulture);
}
