using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>portefolje omregn FIL.ndjson --dato D [--tillat-antatte-satser]</c>: the 1 July job (SPEC §3; docs/satser.md).
/// Each input line is one running trekk, <c>{"id", "gjeldendeTrekk", "sak": {SAK.json}}</c>; each output line, in the
/// same order, its maximum trekk on D and whether it must be lowered (tvangsl. § 7-23), or <c>{"id", "feil"}</c>.
/// </summary>
/// <remarks>
/// Streaming in blocks of <see cref="Blokkstoerrelse"/> lines, so memory stays constant over any number of lines: a block
/// is read, its lines are parsed in parallel, its cases run through the portfolio engine
/// (<see cref="Portefoeljeberegner.BeregnParallelt"/>), its output lines are built in parallel and written in order.
/// </remarks>
internal static class PortefoeljeKommando
{
    /// <summary>Lines per block.</summary>
    internal const int Blokkstoerrelse = 8192;

    /// <summary>Builds the command group.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("FIL.ndjson") { Description = "Ett løpende trekk per linje: {\"id\", \"gjeldendeTrekk\", \"sak\": {SAK.json}}; «-» leser standard inn." };
        var dato = new Option<string>("--dato") { Description = "Datoen trekkene regnes om til (saken flyttes til denne datoen), ÅÅÅÅ-MM-DD, f.eks. 1. juli.", Required = true, HelpName = "DATO" };
        var tillat = new Option<bool>("--tillat-antatte-satser") { Description = "Tillat siste kjente livsopphold- og samværssatser etter tabellens siste kjente dag (linjen merkes «antatt»)." };
        var omregn = new Command(
            "omregn",
            "Regn om løpende trekk til en ny dato (1. juli-jobben): én linje ut per linje inn, i samme rekkefølge, med nytt maksimalt trekk og om trekket må senkes (tvangsl. § 7-23). "
            + "En linje med feil gir {\"id\", \"feil\"} uten å stoppe kjøringen; et sammendrag skrives på standard feil.")
        { fil, dato, tillat };
        omregn.SetAction(pr =>
        {
            var a = new Argumentleser();
            var d = a.Dato(pr.GetValue(dato)!, "--dato");
            a.SjekkGyldig();
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            return Omregn(k, pr.GetValue(fil)!, d, satser, pr.GetValue(tillat));
        });
        return new Command("portefolje", "Arbeid med mange løpende trekk samtidig.") { omregn };
    }

    /// <summary>Runs the job; returns 0 when every line was recomputed, 2 when at least one failed.</summary>
    public static int Omregn(Kontekst k, string sti, LocalDate dato, Satsgrunnlag satser, bool tillatAntatte)
    {
        using var fil = sti == "-" ? null : Kontekst.AapneStroem(sti);
        var bytes = fil ?? k.InnBytes;
        var blokk = new Blokk(k, bytes is null ? null : new Bytelinjer(bytes, k.MaksBytes));
        var sum = new Sammendrag();
        int n;
        while ((n = blokk.Les()) > 0)
        {
            blokk.Tolk(n, dato, tillatAntatte);
            Beregn(blokk.Rader, n, satser);
            blokk.Skriv(n, sum);
        }

        k.Ut.Flush();
        k.Feil.WriteLine(sum.Tekst(dato));
        return sum.Feil == 0 ? Kommandolinje.Ok : Kommandolinje.UgyldigInndata;
    }

    /// <summary>
    /// The next line, decoded strictly as UTF-8 as <c>--ndjson</c> does; for a line that does not decode, or is longer
    /// than <c>--maks-fil</c> (skipped unread), the problem instead. False at the end.
    /// </summary>
    private static bool NesteLinje(Kontekst k, Bytelinjer? linjer, long nr, out string? tekst, out Valideringsfeil? feil)
    {
        feil = null;
        if (linjer is null)
        {
            tekst = k.Inn.ReadLine();
            return tekst is not null;
        }

        tekst = null;
        if (linjer.Neste() is not { } raa)
        {
            return false;
        }

        var navn = "linje " + nr.ToString(CultureInfo.InvariantCulture);
        if (linjer.ForLang)
        {
            feil = new Valideringsfeil(navn, null, Clifeilkoder.ForStorFil, $"Linjen er lengre enn grensen på {k.MaksBytes / (1024 * 1024)} MiB; øk den med --maks-fil MIB om den skal leses.");
            return true;
        }

        try
        {
            tekst = JsonTekst.Dekod(raa.Span, navn);
        }
        catch (UgyldigInndataException e)
        {
            feil = e.Feil[0];
        }

        return true;
    }

    /// <summary>Reads one line into a case, or the problems that stop it.</summary>
    private static Omregningsrad Tolk(string tekst, long linjenr, LocalDate dato, bool tillatAntatte)
    {
        var navn = "linje " + linjenr.ToString(CultureInfo.InvariantCulture);
        string? id = null;
        try
        {
            using var dokument = JsonDocument.Parse(tekst);
            var rot = dokument.RootElement;
            if (rot.ValueKind != JsonValueKind.Object)
            {
                return Omregningsrad.MedFeil(null, [new Valideringsfeil(navn, null, Feilkoder.UgyldigJson, "Linjen må være et JSON-objekt {\"id\", \"gjeldendeTrekk\", \"sak\"}.")]);
            }

            var feil = new List<Valideringsfeil>();
            SjekkFeltnavn(rot, feil);
            id = LesId(rot, feil);
            var gjeldende = LesGjeldendeTrekk(rot, feil);
            var inndata = LesSak(rot, feil);
            if (feil.Count > 0 || inndata is null)
            {
                return Omregningsrad.MedFeil(id, feil);
            }

            var valg = inndata.Valg with { TillatAntatteSatser = inndata.Valg.TillatAntatteSatser || tillatAntatte };
            return new Omregningsrad(id!, gjeldende, inndata.Sak with { Beregningsdato = dato }, valg);
        }
        catch (JsonException e)
        {
            return Omregningsrad.MedFeil(id, [new Valideringsfeil(navn, null, Feilkoder.UgyldigJson, $"ugyldig JSON (posisjon {e.BytePositionInLine}): {e.Message}")]);
        }
    }

    /// <summary>A line has only <c>id</c>, <c>gjeldendeTrekk</c> and <c>sak</c>.</summary>
    private static void SjekkFeltnavn(JsonElement rot, List<Valideringsfeil> feil)
    {
        foreach (var felt in rot.EnumerateObject())
        {
            if (felt.Name is not ("id" or "gjeldendeTrekk" or "sak"))
            {
                feil.Add(new Valideringsfeil(felt.Name, Inndatatekst.Kort(felt.Value.GetRawText()), Feilkoder.UkjentFelt, "Ukjent felt; en linje har bare id, gjeldendeTrekk og sak."));
            }
        }
    }

    /// <summary>The line's <c>id</c>: a text that is not blank (null and a violation otherwise).</summary>
    private static string? LesId(JsonElement rot, List<Valideringsfeil> feil)
    {
        if (rot.TryGetProperty("id", out var idVerdi) && idVerdi.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(idVerdi.GetString()))
        {
            return idVerdi.GetString();
        }

        feil.Add(new Valideringsfeil("id", idVerdi.ValueKind == JsonValueKind.Undefined ? null : Inndatatekst.Kort(idVerdi.GetRawText()), Feilkoder.Paakrevd, "id mangler; den må være en tekst som ikke er tom."));
        return null;
    }

    /// <summary>The running trekk, <c>gjeldendeTrekk</c>: an amount in kroner per month written as a JSON number.</summary>
    private static Beloep LesGjeldendeTrekk(JsonElement rot, List<Valideringsfeil> feil)
    {
        var gjeldende = Beloep.Null;
        if (!rot.TryGetProperty("gjeldendeTrekk", out var trekk))
        {
            feil.Add(new Valideringsfeil("gjeldendeTrekk", null, Feilkoder.Paakrevd, "gjeldendeTrekk mangler: trekket som løper i dag, kroner per måned."));
        }
        else if (trekk.ValueKind != JsonValueKind.Number)
        {
            feil.Add(new Valideringsfeil("gjeldendeTrekk", Inndatatekst.Kort(trekk.GetRawText()), Feilkoder.UgyldigBeloep, "gjeldendeTrekk må være et tall (kroner per måned)."));
        }
        else if (!Beloep.TryFraTekst(trekk.GetRawText(), "gjeldendeTrekk", tillatEksponent: true, out gjeldende, out var beloepFeil))
        {
            feil.Add(beloepFeil);
        }

        return gjeldende;
    }

    /// <summary>The case, <c>sak</c>, read as SAK.json is; its violations are named under <c>sak.</c>.</summary>
    private static SakInndata? LesSak(JsonElement rot, List<Valideringsfeil> feil)
    {
        if (!rot.TryGetProperty("sak", out var sak))
        {
            feil.Add(new Valideringsfeil("sak", null, Feilkoder.Paakrevd, "sak mangler: saken som i SAK.json."));
            return null;
        }

        try
        {
            return SakJson.Les(sak);
        }
        catch (UgyldigInndataException e)
        {
            feil.AddRange(e.Feil.Select(f => f with { Felt = "sak." + f.Felt }));
            return null;
        }
    }

    /// <summary>Runs the block's valid cases through the portfolio engine: one run per choice about assumed rates.</summary>
    private static void Beregn(Omregningsrad[] rader, int n, Satsgrunnlag satser)
    {
        foreach (var tillat in (ReadOnlySpan<bool>)[false, true])
        {
            var bygger = new Trekkportefoeljebygger();
            var indekser = new List<int>();
            for (var i = 0; i < n; i++)
            {
                if (rader[i].Sak is { } sak && rader[i].Valg.TillatAntatteSatser == tillat)
                {
                    bygger.LeggTil(sak);
                    indekser.Add(i);
                }
            }

            if (indekser.Count == 0)
            {
                continue;
            }

            var resultater = new Portefoeljeresultat[indekser.Count];
            Portefoeljeberegner.BeregnParallelt(bygger.Bygg(), satser, resultater, new Beregningsvalg(tillat));
            Parallel.For(0, indekser.Count, j =>
            {
                var rad = rader[indekser[j]];
                rad.Resultat = resultater[j];
                if (!resultater[j].ErBeregnet)
                {
                    // A refused row: the single-case call gives the exception, and so the same message as beregn.
                    rad.Feil = Feilen(rad.Sak!, satser, rad.Valg);
                }
            });
        }
    }

    private static IReadOnlyList<Valideringsfeil> Feilen(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg)
    {
        try
        {
            _ = Trekkberegner.Beregn(sak, satser, valg);
            return [new Valideringsfeil("sak", null, Clifeilkoder.InternFeil, "porteføljen avviste saken, men enkeltberegningen gjorde det ikke.")];
        }
        catch (Exception e) when (Feilhaandtering.Feil(e) is not null)
        {
            return Feilhaandtering.Feil(e)!;
        }
        catch (InvalidOperationException e)
        {
            return [new Valideringsfeil("sak", null, Clifeilkoder.HeleNettoinntekten, e.Message)];
        }
    }

    private static string Skriv(Omregningsrad rad)
    {
        if (rad.Feil is { } feil)
        {
            return JsonSerializer.Serialize(new OmregningsfeilUtdata { Id = rad.Id, Feil = FeilUtdata.Av(feil).Feil }, UtleggstrekkJsonContext.Kompakt.OmregningsfeilUtdata);
        }

        var r = rad.Resultat;
        var differanse = r.TrekkPerMaaned - rad.Gjeldende;
        return JsonSerializer.Serialize(
            new OmregningUtdata
            {
                Id = rad.Id!,
                GjeldendeTrekk = rad.Gjeldende,
                NyttMaksTrekk = r.TrekkPerMaaned,
                Endring = Endring(differanse),
                Differanse = differanse,
                Antatt = Koder.Antatt(r.Antatt),
                Avledet = Kildegradkode.Tabeller(r.Avledet),
            },
            UtleggstrekkJsonContext.Kompakt.OmregningUtdata);
    }

    /// <summary><c>senkes</c>, <c>uendret</c> or <c>kanOekes</c> for a difference new − running.</summary>
    internal static string Endring(Beloep differanse) =>
        differanse.Oere < 0 ? "senkes" : differanse.Oere == 0 ? "uendret" : "kanOekes";


    /// <summary>
    /// The lines of one block and what is made of them, in arrays reused block after block (so memory stays constant):
    /// read in order, parsed and written in parallel, written out in order.
    /// </summary>
    private sealed class Blokk(Kontekst k, Bytelinjer? linjer)
    {
        private readonly string?[] _tekster = new string?[Blokkstoerrelse];
        private readonly Valideringsfeil?[] _linjefeil = new Valideringsfeil?[Blokkstoerrelse];
        private readonly long[] _linjenumre = new long[Blokkstoerrelse];
        private readonly string[] _ut = new string[Blokkstoerrelse];
        private long _linjenr;
        private bool _slutt;

        /// <summary>The cases of the block (the first <c>n</c>).</summary>
        public Omregningsrad[] Rader { get; } = new Omregningsrad[Blokkstoerrelse];

        /// <summary>Reads up to a block of lines, skipping blank ones; returns how many, 0 at the end.</summary>
        public int Les()
        {
            var n = 0;
            while (!_slutt && n < Blokkstoerrelse)
            {
                if (!NesteLinje(k, linjer, _linjenr + 1, out var tekst, out var feil))
                {
                    _slutt = true;
                    break;
                }

                _linjenr++;
                if (feil is null && string.IsNullOrWhiteSpace(tekst))
                {
                    continue;
                }

                _tekster[n] = tekst;
                _linjefeil[n] = feil;
                _linjenumre[n] = _linjenr;
                n++;
            }

            return n;
        }

        /// <summary>Parses the block's lines into cases, in parallel.</summary>
        public void Tolk(int n, LocalDate dato, bool tillatAntatte) =>
            Parallel.For(0, n, i => Rader[i] = _linjefeil[i] is { } feil
                ? Omregningsrad.MedFeil(null, [feil])
                : PortefoeljeKommando.Tolk(_tekster[i]!, _linjenumre[i], dato, tillatAntatte));

        /// <summary>Builds the output lines in parallel, writes them in order, counts them and clears the block.</summary>
        public void Skriv(int n, Sammendrag sum)
        {
            Parallel.For(0, n, i => _ut[i] = PortefoeljeKommando.Skriv(Rader[i]));
            for (var i = 0; i < n; i++)
            {
                k.Ut.Write(_ut[i]);
                k.Ut.Write('\n');
                sum.Legg(Rader[i]);
                Rader[i] = default!;
                _tekster[i] = null;
                _linjefeil[i] = null;
            }
        }
    }

    /// <summary>One line of a block: the case and, after the run, its result or its problems.</summary>
    private sealed class Omregningsrad(string? id, Beloep gjeldende, Trekksak? sak, Beregningsvalg valg)
    {
        public string? Id { get; } = id;

        public Beloep Gjeldende { get; } = gjeldende;

        public Trekksak? Sak { get; } = sak;

        public Beregningsvalg Valg { get; } = valg;

        public Portefoeljeresultat Resultat { get; set; }

        public IReadOnlyList<Valideringsfeil>? Feil { get; set; }

        public static Omregningsrad MedFeil(string? id, IReadOnlyList<Valideringsfeil> feil) =>
            new(id, Beloep.Null, null, default) { Feil = feil };
    }

    /// <summary>Counts per endring and the sum of reductions, for the summary on stderr.</summary>
    private sealed class Sammendrag
    {
        public long Senkes { get; private set; }

        public long Uendret { get; private set; }

        public long KanOekes { get; private set; }

        public long Feil { get; private set; }

        public Beloep SumReduksjon { get; private set; }

        public void Legg(Omregningsrad rad)
        {
            if (rad.Feil is not null)
            {
                Feil++;
                return;
            }

            var differanse = rad.Resultat.TrekkPerMaaned - rad.Gjeldende;
            switch (Endring(differanse))
            {
                case "senkes":
                    Senkes++;
                    SumReduksjon += Beloep.Null - differanse;
                    break;
                case "uendret":
                    Uendret++;
                    break;
                default:
                    KanOekes++;
                    break;
            }
        }

        public string Tekst(LocalDate dato)
        {
            var ic = CultureInfo.InvariantCulture;
            var i_alt = Senkes + Uendret + KanOekes + Feil;
            return $"Omregnet {i_alt.ToString(ic)} trekk til {Datoformat.Tekst(dato)}: {Senkes.ToString(ic)} må senkes (til sammen {Visning.Kr(SumReduksjon)} kr mindre per måned), "
                + $"{Uendret.ToString(ic)} uendret, {KanOekes.ToString(ic)} kan økes, {Feil.ToString(ic)} med feil.";
        }
    }
}
