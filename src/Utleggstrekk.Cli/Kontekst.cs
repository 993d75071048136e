using System.CommandLine;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Felles;
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
        Description = $"Les ett {dokument}-dokument per linje og skriv ett JSON-resultat (eller et feilobjekt) per linje, hvert med inndatalinjens nummer i \"linje\".",
    };

    /// <summary>Today's date in Norway (for the staleness warnings of <c>satser</c>); tests may set it.</summary>
    public NodaTime.LocalDate Idag { get; init; } =
        NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Oslo"]).Date;

    /// <summary>Standard input (a file argument <c>-</c>).</summary>
    public TextReader Inn { get; } = inn;

    /// <summary>The default of <see cref="MaksFil"/>: the largest file argument read, in MiB.</summary>
    public const int StandardMaksMiB = 64;

    /// <summary>The global <c>--maks-fil MIB</c>: the largest file argument (or stdin) read, 1–2047 MiB, 64 by default.</summary>
    public Option<int> MaksFil { get; } = new("--maks-fil")
    {
        Description = $"Største fil (eller stdin) som leses, i MiB (1–2047). Standard {StandardMaksMiB}. Større filer avvises før de leses ferdig.",
        Recursive = true,
        HelpName = "MIB",
        DefaultValueFactory = _ => StandardMaksMiB,
    };

    /// <summary>The limit in bytes for this run (set from <see cref="MaksFil"/> before the command runs).</summary>
    public long MaksBytes { get; set; } = StandardMaksMiB * 1024L * 1024L;

    /// <summary>
    /// The text of a file argument: <c>-</c> reads stdin, anything else is a path. Every command reads its files with
    /// this, so <c>-</c> works for each. Returns the text and the name to show in messages. Only a regular file of at
    /// most <see cref="MaksBytes"/> is read: a directory, a FIFO or a device (<c>/dev/zero</c>) and a larger file are
    /// refused with exit code 2 before they are read to the end (see docs/cli.md).
    /// </summary>
    public (string Tekst, string Navn) LesFil(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        if (sti != "-")
        {
            return (JsonTekst.Dekod(LesBytes(sti), Path.GetFileName(sti)), Path.GetFileName(sti));
        }

        if (InnBytes is null)
        {
            var tekst = new System.Text.StringBuilder();
            var buffer = new char[8192];
            int n;
            while ((n = Inn.Read(buffer, 0, buffer.Length)) > 0)
            {
                tekst.Append(buffer, 0, n);
                if (tekst.Length > MaksBytes)
                {
                    throw ForStor("stdin");
                }
            }

            return (tekst.ToString(), "stdin");
        }

        var alt = Vanligfil.LesBegrenset(InnBytes, MaksBytes) ?? throw ForStor("stdin");
        return (JsonTekst.Dekod(alt, "stdin"), "stdin");
    }

    /// <summary>The bytes of a file argument, refused (exit code 2, Norwegian, naming the path) when it is not a readable regular file within the limit.</summary>
    public byte[] LesBytes(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        try
        {
            return Vanligfil.Les(sti, MaksBytes, out var innhold) switch
            {
                Lesestatus.Ok => innhold!,
                Lesestatus.Mangler => throw new FileNotFoundException(null, sti),
                Lesestatus.Katalog => throw new UgyldigInndataException(new Valideringsfeil(sti, null, Clifeilkoder.ErKatalog, "Er en katalog, ikke en fil.")),
                Lesestatus.IkkeVanligFil => throw IkkeVanligFil(sti),
                _ => throw ForStor(sti),
            };
        }
        catch (UnauthorizedAccessException)
        {
            throw new UgyldigInndataException(new Valideringsfeil(sti, null, Clifeilkoder.KanIkkeLese, "Kunne ikke lese filen: mangler lesetilgang."));
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new UgyldigInndataException(new Valideringsfeil(sti, null, Clifeilkoder.KanIkkeLese, "Kunne ikke lese filen (lesefeil)."));
        }
    }

    /// <summary>Opens a file argument for streaming (<c>--ndjson</c>): the same refusals as <see cref="LesBytes"/>, except the size.</summary>
    public static FileStream AapneStroem(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        if (Directory.Exists(sti))
        {
            throw new UgyldigInndataException(new Valideringsfeil(sti, null, Clifeilkoder.ErKatalog, "Er en katalog, ikke en fil."));
        }

        if (File.Exists(sti) && Vanligfil.ErVanligFil(sti) == false)
        {
            throw IkkeVanligFil(sti);
        }

        try
        {
            return File.OpenRead(sti);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UgyldigInndataException(new Valideringsfeil(sti, null, Clifeilkoder.KanIkkeLese, "Kunne ikke lese filen: mangler lesetilgang."));
        }
    }

    /// <summary>
    /// Writes <paramref name="innhold"/> to the file an option names (<c>--svg</c>, <c>--krav-ut</c>). A failure (a
    /// missing directory, a directory, no permission, a full disk) is refused with exit code 2 naming the option, rule
    /// <c>KAN_IKKE_SKRIVE</c>, in Norwegian.
    /// </summary>
    public static void SkrivFil(string sti, string innhold, string valg)
    {
        ArgumentNullException.ThrowIfNull(sti);
        try
        {
            File.WriteAllText(sti, innhold);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var mappe = Path.GetDirectoryName(Path.GetFullPath(sti));
            var grunn = Directory.Exists(sti) ? "det er en katalog"
                : mappe is not null && !Directory.Exists(mappe) ? $"katalogen '{mappe}' finnes ikke"
                : e is UnauthorizedAccessException ? "mangler skrivetilgang"
                : "skrivefeil (er disken full?)";
            throw new UgyldigInndataException(new Valideringsfeil(valg, sti, Clifeilkoder.KanIkkeSkrive, $"Kunne ikke skrive filen: {grunn}."));
        }
    }

    private static UgyldigInndataException IkkeVanligFil(string sti) =>
        new(new Valideringsfeil(sti, null, Clifeilkoder.IkkeVanligFil, "Er ikke en vanlig fil (men f.eks. en FIFO eller en enhet); bare vanlige filer leses. Bruk - for å lese fra stdin."));

    private UgyldigInndataException ForStor(string sti) =>
        new(new Valideringsfeil(sti, null, Clifeilkoder.ForStorFil, $"Større enn grensen på {MaksBytes / (1024 * 1024)} MiB; øk den med --maks-fil MIB om filen skal leses."));

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

    /// <summary>Writes the explanation section of human output (a blank line, <c>Forklaring:</c> and the tree), when there is one.</summary>
    public static void Forklaringsavsnitt(TextWriter ut, Json.ForklaringUtdata? forklaring)
    {
        if (forklaring is null)
        {
            return;
        }

        ut.WriteLine();
        ut.WriteLine("Forklaring:");
        Forklaring(ut, forklaring);
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
