using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.Json;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli;

/// <summary>
/// The <c>utleggstrekk</c> command line. Exit codes: 0 success, 2 bad input (a message on stderr naming the field
/// and the value), 1 an unexpected internal error (a one-line message, never a stack trace).
/// </summary>
internal static class Kommandolinje
{
    /// <summary>Exit code on success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code on an unexpected internal error.</summary>
    public const int InternFeil = 1;

    /// <summary>Exit code on bad input.</summary>
    public const int UgyldigInndata = 2;

    /// <summary>Runs the command line in-process, writing to <paramref name="ut"/> and <paramref name="feil"/>; stdin is the console's.</summary>
    public static int Kjoer(string[] args, TextWriter ut, TextWriter feil)
    {
        using var stdin = Console.OpenStandardInput();
        return Kjoer(args, ut, feil, TextReader.Null, stdin);
    }

    /// <summary>Runs the command line in-process with stdin as bytes (decoded strictly as UTF-8, like a file).</summary>
    public static int Kjoer(string[] args, TextWriter ut, TextWriter feil, Stream inn)
    {
        ArgumentNullException.ThrowIfNull(inn);
        return Kjoer(args, ut, feil, TextReader.Null, inn);
    }

    /// <summary>
    /// Runs the command line in-process, reading a file argument <c>-</c> from <paramref name="inn"/>. Under <c>--json</c>
    /// (or <c>--ndjson</c>) every error, parser errors included, is one JSON object <c>{"feil": [...]}</c> on
    /// <paramref name="ut"/>; otherwise the errors go to <paramref name="feil"/>, one per line. Exit code 2 either way.
    /// </summary>
    public static int Kjoer(string[] args, TextWriter ut, TextWriter feil, TextReader inn) => Kjoer(args, ut, feil, inn, null);

    private static int Kjoer(string[] args, TextWriter ut, TextWriter feil, TextReader inn, Stream? innBytes)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(ut);
        ArgumentNullException.ThrowIfNull(feil);
        ArgumentNullException.ThrowIfNull(inn);

        var kontekst = new Kontekst(ut, feil, inn, innBytes);
        var json = args.TakeWhile(a => a != "--").Any(a => a is "--json" or "--ndjson");
        var rot = LagRot(kontekst);
        var resultat = rot.Parse(args);
        if (resultat.Errors.Count > 0 && resultat.Action is ParseErrorAction or null)
        {
            var poster = resultat.Errors
                .Select(f => new Valideringsfeil("kommandolinje", null, Clifeilkoder.UgyldigKommandolinje, Norsk.Parserfeil(f.Message)))
                .ToList();
            return Feilhaandtering.Skriv(poster, kontekst, json, hint: true);
        }

        try
        {
            var mib = resultat.GetValue(kontekst.MaksFil);
            if (mib is < 1 or > 2047)
            {
                return Feilhaandtering.Skriv([new Valideringsfeil("--maks-fil", mib.ToString(System.Globalization.CultureInfo.InvariantCulture), Feilkoder.UgyldigVerdi, "Grensen for filstørrelse må være fra 1 til 2047 MiB.")], kontekst, json, hint: false);
            }

            kontekst.MaksBytes = mib * 1024L * 1024L;
            return resultat.Invoke(new InvocationConfiguration { Output = ut, Error = feil, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Feilhaandtering.Skriv(e, kontekst, json);
        }
    }

    /// <summary>Builds the command tree.</summary>
    internal static RootCommand LagRot(Kontekst kontekst)
    {
        var rot = new RootCommand("utleggstrekk: regn ut utleggstrekk (deknl. § 2-7), renter, fordeling og trekkperiode.");
        rot.Options.Add(kontekst.Katalog);
        rot.Options.Add(kontekst.MaksFil);
        Kommandoer.LeggTil(rot, kontekst);
        Norsk.Konfigurer(rot);
        rot.SetAction(_ =>
        {
            kontekst.Feil.WriteLine("feil: ingen kommando angitt. Kommandoer: " + string.Join(", ", rot.Subcommands.Select(k => k.Name)) + ".");
            kontekst.Feil.WriteLine("Se 'utleggstrekk --help'.");
            return UgyldigInndata;
        });
        return rot;
    }
}

/// <summary>
/// The one error writer of every command: maps the exceptions that mean bad input to exit code 2 and writes them as
/// <c>feil: …</c> lines on stderr, or under <c>--json</c> as one <see cref="FeilUtdata"/> object on stdout.
/// </summary>
internal static class Feilhaandtering
{
    /// <summary>The problems <paramref name="e"/> stands for, or null when it is not bad input (an internal error).</summary>
    public static IReadOnlyList<Valideringsfeil>? Feil(Exception e) => e switch
    {
        UtleggstrekkException u => u.Valideringsfeil,
        FileNotFoundException f => [new("fil", f.FileName, Clifeilkoder.FilFinnesIkke, $"fant ikke filen '{f.FileName}'.")],
        DirectoryNotFoundException d => [new("katalog", null, Clifeilkoder.KatalogFinnesIkke, "fant ikke katalogen: " + d.Message)],
        UnauthorizedAccessException => [new("fil", null, Clifeilkoder.KanIkkeLese, "kunne ikke lese eller skrive en fil: mangler tilgang.")],
        IOException => [new("fil", null, Clifeilkoder.KanIkkeLese, "kunne ikke lese eller skrive en fil (inn-/utdatafeil).")],
        OverflowException => [new("inndata", null, Feilkoder.Overflyt, "tallene i inndataene er for store til å regne med (overflyt).")],
        JsonException j => [new(j.Path ?? "json", null, Feilkoder.UgyldigJson, "ugyldig JSON: " + j.Message)],
        _ => null,
    };

    /// <summary>Writes the message for <paramref name="e"/> and returns the exit code.</summary>
    public static int Skriv(Exception e, Kontekst k, bool json)
    {
        ArgumentNullException.ThrowIfNull(k);
        if (Feil(e) is { } feil)
        {
            if (!json && e is SatserException)
            {
                // The satser errors read as compiler messages (fil:linje:kolonne), as before.
                k.Feil.WriteLine("feil: satsene kunne ikke lastes:");
                foreach (var f in ((SatserException)e).Feil)
                {
                    k.Feil.WriteLine(f.ToString());
                }

                return Kommandolinje.UgyldigInndata;
            }

            if (!json && e is UtleggstrekkException and not UgyldigInndataException)
            {
                k.Feil.WriteLine("feil: " + e.Message);
                return Kommandolinje.UgyldigInndata;
            }

            return Skriv(feil, k, json, hint: false);
        }

        var melding = $"intern feil ({e.GetType().Name}): {e.Message}";
        if (json)
        {
            k.Ut.Write(JsonSkriver.Skriv(FeilUtdata.Av([new Valideringsfeil("intern", null, Clifeilkoder.InternFeil, melding)])));
        }
        else
        {
            k.Feil.WriteLine(melding);
        }

        return Kommandolinje.InternFeil;
    }

    /// <summary>Writes <paramref name="feil"/> (stderr lines, or the JSON object on stdout) and returns exit code 2.</summary>
    public static int Skriv(IReadOnlyList<Valideringsfeil> feil, Kontekst k, bool json, bool hint)
    {
        ArgumentNullException.ThrowIfNull(feil);
        ArgumentNullException.ThrowIfNull(k);
        if (json)
        {
            k.Ut.Write(JsonSkriver.Skriv(FeilUtdata.Av(feil)));
            return Kommandolinje.UgyldigInndata;
        }

        foreach (var f in feil)
        {
            k.Feil.WriteLine("feil: " + (f.Felt == "kommandolinje" ? f.Melding : f.Felt is "fil" or "katalog" or "inndata" or "intern" ? f.Melding : f.ToString()));
        }

        if (hint)
        {
            k.Feil.WriteLine("Se 'utleggstrekk --help'.");
        }

        return Kommandolinje.UgyldigInndata;
    }
}
