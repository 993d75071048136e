using System.CommandLine;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>What every command shares: the streams, the global <c>--katalog</c> option and the reading of file arguments.</summary>
/// <remarks>
/// Standard input is either bytes (<see cref="InnBytes"/>: the console's stdin, decoded strictly as UTF-8 like a file, so
/// an invalid byte is refused with <c>UGYLDIG_JSON</c> and its position instead of becoming U+FFFD) or, in tests, text
/// that is already decoded (<see cref="Inn"/>).
/// </remarks>
internal sealed class Kontekst(TextWriter ut, TextWriter feil, TextReader inn, Stream? innBytes = null)
{
    /// <summary>Creates the context with the console's stdin as bytes.</summary>
    public Kontekst(TextWriter ut, TextWriter feil)
        : this(ut, feil, TextReader.Null, Console.OpenStandardInput())
    {
    }

    /// <summary>Standard input as bytes, when it is read as bytes (the console's stdin); otherwise null.</summary>
    public Stream? InnBytes { get; } = innBytes;

    /// <summary>True when stderr is the console and the console is a terminal (progress lines are written only then).</summary>
    public bool FeilErTerminal => ReferenceEquals(Feil, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>A new <c>--ndjson</c> option (each command gets its own instance).</summary>
    public static Option<bool> NdjsonValg(string dokument) => new("--ndjson")
    {
        Description = $"Les ett {dokument}-dokument per linje og skriv ett JSON-resultat (eller et feilobjekt med linjenummer) per linje.",
    };

    /// <summary>Today's date in Norway (for the staleness warnings of <c>satser</c>); tests may set it.</summary>
    public NodaTime.LocalDate Idag { get; init; } =
        NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Oslo"]).Date;

    /// <summary>Standard input (a file argument <c>-</c>).</summary>
    public TextReader Inn { get; } = inn;

    /// <summary>
    /// The text of a file argument: <c>-</c> reads stdin, anything else is a path. Every command reads its files with
    /// this, so <c>-</c> works for each. Returns the text and the name to show in messages.
    /// </summary>
    public (string Tekst, string Navn) LesFil(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        if (sti != "-")
        {
            return (JsonTekst.Dekod(File.ReadAllBytes(sti), Path.GetFileName(sti)), Path.GetFileName(sti));
        }

        if (InnBytes is null)
        {
            return (Inn.ReadToEnd(), "stdin");
        }

        using var alt = new MemoryStream();
        InnBytes.CopyTo(alt);
        return (JsonTekst.Dekod(alt.GetBuffer().AsSpan(0, (int)alt.Length), "stdin"), "stdin");
    }

    /// <summary>Standard output.</summary>
    public TextWriter Ut { get; } = ut;

    /// <summary>Standard error.</summary>
    public TextWriter Feil { get; } = feil;

    /// <summary>The global <c>--katalog DIR</c>: another satser directory instead of the embedded satser.</summary>
    public Option<string?> Katalog { get; } = new("--katalog")
    {
        Description = "Katalog med satser (CSV + manifest) i stedet for de innebygde satsene.",
        Recursive = true,
        HelpName = "DIR",
    };

    /// <summary>A new <c>--json</c> option (each command gets its own instance).</summary>
    public static Option<bool> JsonValg() => new("--json") { Description = "Skriv maskinlesbar JSON på stdout." };
}

/// <summary>Human-readable formatting, independent of the machine's culture (Norwegian style, fixed).</summary>
internal static class Visning
{
    /// <summary>An amount: <c>11 276</c> for whole kroner, <c>40,98</c> otherwise.</summary>
    public static string Kr(Beloep beloep) => Json.Norskformat.Kr(beloep);

    /// <summary>A signed difference: <c>+1 000</c>, <c>-500</c>, <c>0</c>.</summary>
    public static string Differanse(Beloep beloep) => Json.Norskformat.Differanse(beloep);

    /// <summary>The Norwegian label of a kravtype for human output (JSON and TREKK.json keep the code).</summary>
    public static string Kravtype(Engine.Prioritet.Kravtype type) => type switch
    {
        Engine.Prioritet.Kravtype.Hovedstol => "hovedstol",
        Engine.Prioritet.Kravtype.Renter => "renter",
        Engine.Prioritet.Kravtype.Kostnader => "kostnader",
        Engine.Prioritet.Kravtype.Gebyr => "gebyr",
        Engine.Prioritet.Kravtype.LoependeBidrag => "løpende bidrag",
        Engine.Prioritet.Kravtype.Bidragsgjeld => "bidragsgjeld",
        _ => Json.TrekkJson.Kravtyper.TekstFor(type),
    };

    /// <summary>A percentage: <c>28,19 %</c>.</summary>
    public static string Prosent(Prosent prosent) => Json.Norskformat.Prosent(prosent);

    /// <summary>Writes an explanation trace as an indented tree: each step with its result, rule and legal source, then its facts.</summary>
    public static void Forklaring(TextWriter ut, Json.ForklaringUtdata f, int nivaa = 0)
    {
        var innrykk = new string(' ', nivaa * 2);
        ut.WriteLine($"{innrykk}- {f.Steg}: {f.Resultat}  [{f.Regel.Navn}; kilde: {f.Regel.Kilde}]");
        foreach (var faktum in f.Fakta)
        {
            ut.WriteLine($"{innrykk}    {faktum.Navn} = {faktum.Verdi}");
        }

        foreach (var del in f.Deler)
        {
            Forklaring(ut, del, nivaa + 1);
        }
    }

    /// <summary>Writes rows as a table: numeric columns right-aligned, text columns left-aligned.</summary>
    public static void Tabell(TextWriter ut, IReadOnlyList<string[]> rader, bool overskrift = true)
    {
        if (rader.Count == 0)
        {
            return;
        }

        var kolonner = rader.Max(r => r.Length);
        var bredder = new int[kolonner];
        foreach (var rad in rader)
        {
            for (var k = 0; k < rad.Length; k++)
            {
                bredder[k] = Math.Max(bredder[k], rad[k].Length);
            }
        }

        // A column is right-aligned when every body cell is a number (starts with a digit or a sign).
        var hoeyre = new bool[kolonner];
        for (var k = 1; k < kolonner; k++)
        {
            hoeyre[k] = rader.Skip(overskrift ? 1 : 0).All(r => k >= r.Length || r[k].Length == 0 || char.IsDigit(r[k][0]) || r[k][0] is '-' or '+');
        }

        for (var r = 0; r < rader.Count; r++)
        {
            var rad = rader[r];
            var celler = new string[rad.Length];
            for (var k = 0; k < rad.Length; k++)
            {
                celler[k] = hoeyre[k] ? rad[k].PadLeft(bredder[k]) : rad[k].PadRight(bredder[k]);
            }

            ut.WriteLine(string.Join("  ", celler).TrimEnd());
            if (overskrift && r == 0)
            {
                ut.WriteLine(string.Join("  ", bredder.Take(rad.Length).Select(b => new string('-', b))));
            }
        }
    }
}
