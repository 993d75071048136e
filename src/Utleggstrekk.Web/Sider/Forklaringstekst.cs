using System.Globalization;
using System.Text.RegularExpressions;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkgrunnlag;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>One step of the explanation in a caseworker's words.</summary>
/// <param name="Tittel">What the step works out ("Barn 1, født 14.09.2016 (8 år)").</param>
/// <param name="Resultat">Its result as in the tables ("4 553 kr"), or null.</param>
/// <param name="Fakta">What it was worked out from, each "Etikett: verdi".</param>
/// <param name="Kilde">The legal source, readable.</param>
/// <param name="Deler">The steps it is made of.</param>
public sealed record Forklaringssteg(string Tittel, string? Resultat, IReadOnlyList<string> Fakta, string Kilde, IReadOnlyList<Forklaringssteg> Deler);

/// <summary>
/// Turns the machine trace of <c>beregn --forklar</c> (<see cref="ForklaringUtdata"/>, unchanged for developers)
/// into the page's explanation: Norwegian labels for every step and fact, amounts as in the tables ("15 277 kr"),
/// Ja/Nei, dates as dd.mm.åååå, the legal source without file names or table codes. A fact the page has no words
/// for is left out rather than shown by its code name; the tests check every fact of the worked examples has words.
/// </summary>
public static partial class Forklaringstekst
{
    private static readonly Dictionary<string, string> Stegnavn = new(StringComparer.Ordinal)
    {
        ["Trekkberegning"] = "Trekk per måned",
        ["Trekkgrunnlag"] = "Trekkgrunnlag: skyldnerens ytelser",
        ["Livsopphold"] = "Livsopphold for husstanden",
        ["Voksne"] = "Voksne",
        ["Samvaerstillegg"] = "Samværstillegg",
        ["Husstandsutgifter"] = "Husstandens utgifter",
        ["Skyldnersandel"] = "Skyldners andel av utgiftene",
        ["PartnerDisponibelt"] = "Ektefelle/samboers disponible inntekt",
        ["SkyldnerDisponibelt"] = "Skyldners disponible inntekt",
        ["AndelAvHusstandsutgifter"] = "Skyldners andel av husstandens utgifter",
        ["EgneUtgifter"] = "Skyldners egne utgifter",
        ["Disponibelt"] = "Disponibel inntekt",
        ["RaaTrekk"] = "Det som er til overs (trekkevne)",
        ["Grenser"] = "Grensene for trekket",
        ["TrekkbarInntekt"] = "Trekkbar inntekt",
        ["Tak"] = "Tak for samlet trekk",
        ["Naering20"] = "Næringsgrense (20 %)",
        ["IkkeHeleNettoinntekten"] = "Ikke hele nettoinntekten",
        ["Avrunding"] = "Avrunding ned til hele kroner",
    };

    /// <summary>The limits compared under "Grenser": each is the most the trekk can be by that rule.</summary>
    private static readonly Dictionary<string, string> Grensenavn = new(StringComparer.Ordinal)
    {
        ["Livsopphold"] = "Grense etter livsopphold (det som er til overs)",
        ["TrekkbarInntekt"] = "Grense etter trekkbar inntekt",
        ["Tak"] = "Grense etter taket for samlet trekk",
        ["Naering20"] = "Grense for næringsinntekt (20 %)",
    };

    /// <summary>Fact labels. A value is shown by <see cref="Verdi"/> according to the fact.</summary>
    private static readonly Dictionary<string, string> Faktanavn = new(StringComparer.Ordinal)
    {
        ["alder"] = "Alder",
        ["aldersband"] = "Aldersgruppe",
        ["andelAvHusstandsutgifter"] = "Andel av husstandens utgifter",
        ["andreFellesUtgifter"] = "Andre felles utgifter",
        ["antallVoksne"] = "Antall voksne",
        ["antatt"] = "Antatte satser",
        ["avledet"] = "Avledede satser (ikke kunngjorte)",
        ["bruttoPerMaaned"] = "Brutto per måned",
        ["forskuddstrekkPerMaaned"] = "Forskuddstrekk per måned",
        ["forskuddstrekkTelles"] = "Forskuddstrekket regnes med",
        ["kravGjelder"] = "Kravene gjelder",
        ["merknad"] = "Merknad",
        ["naeringKildegrad"] = "Næringsgrensen er",
        ["reduksjonKildegrad"] = "Reduksjonen er",
        ["takKildegrad"] = "Taket er",
        ["begrensning"] = "Bindende begrensning",
        ["beregningsdato"] = "Beregningsdato",
        ["disponibelt"] = "Disponibel inntekt",
        ["egneUtgifter"] = "Egne utgifter",
        ["foedselsdato"] = "Født",
        ["foerAvrunding"] = "Før avrunding",
        ["husstand.partnerEgenGjeldPerMaaned"] = "Ektefelle/samboers nødvendige gjeld per måned",
        ["husstand.partnerNettoPerMaaned"] = "Ektefelle/samboers nettoinntekt per måned",
        ["husstandsutgifter"] = "Husstandens utgifter",
        ["kategori"] = "Sats",
        ["kilde"] = "Kilde for satsen",
        ["kildegrad"] = "Satsen er",
        ["kostnadsdeling"] = "Kostnadsdeling",
        ["livsopphold"] = "Livsopphold",
        ["medregnet"] = "Regnet med",
        ["naeringKilde"] = "Kilde for næringsgrensen",
        ["naeringProsent"] = "Næringsgrense",
        ["nettoTrekkbar"] = "Trekkbar inntekt etter forskuddstrekk",
        ["oppfylt"] = "Oppfylt",
        ["partnerDisponibelt"] = "Ektefelle/samboers disponible inntekt",
        ["personerIHusstanden"] = "Personer i husstanden",
        ["personerMedReduksjon"] = "Personer med redusert sats",
        ["reduksjonFraFjerdePersonProsent"] = "Reduksjon fra fjerde person",
        ["reduksjonFraTredjeBarnProsent"] = "Reduksjon fra tredje samværsbarn",
        ["reduksjonKilde"] = "Kilde for reduksjonen",
        ["redusertFraFjerdePerson"] = "Redusert som fjerde person eller senere",
        ["redusertFraTredjeBarn"] = "Redusert som tredje samværsbarn eller senere",
        ["regler.takBegrunnelse"] = "Begrunnelse for utvidet tak",
        ["rekkefoelgeVedLikhet"] = "Rekkefølge når grensene er like",
        ["samvaersbarnMedReduksjon"] = "Samværsbarn med redusert sats",
        ["samvaersbarnMedTillegg"] = "Samværsbarn med tillegg",
        ["samvaersklasse"] = "Samværsklasse",
        ["samvaerstillegg"] = "Samværstillegg",
        ["sats"] = "Sats",
        ["satsPerVoksen"] = "Sats per voksen",
        ["satsperiodeFra"] = "Satsene gjelder fra",
        ["satsstatus"] = "Satsene er",
        ["sivilstand"] = "Sivilstand",
        ["skyldner.andreInntekterPerMaaned"] = "Andre inntekter per måned",
        ["skyldner.bruttoPerMaaned"] = "Brutto per måned",
        ["skyldner.forskuddstrekkPerMaaned"] = "Forskuddstrekk per måned",
        ["skyldner.trekkMedBedrePrioritetPerMaaned"] = "Trekk med bedre prioritet per måned",
        ["skyldnerDisponibelt"] = "Skyldners disponible inntekt",
        ["skyldnersandel"] = "Skyldners andel",
        ["takAvBrutto"] = "Taket i kroner",
        ["takKilde"] = "Kilde for taket",
        ["takProsent"] = "Tak i prosent av brutto",
        ["takregel"] = "Tak",
        ["trekkPerMaaned"] = "Trekk per måned",
        ["trekkevne"] = "Har trekkevne",
        ["trekkprosent"] = "Trekkprosent av brutto",
        ["utgifter.barnetilsyn"] = "Barnetilsyn per måned",
        ["utgifter.bidragBetalt"] = "Bidrag betalt per måned",
        ["utgifter.boutgift"] = "Boutgift per måned",
        ["videregaaende"] = "I videregående skole",
    };

    /// <summary>Facts not shown: the field path (the step's title says which child) and the satser version (in the page's header).</summary>
    private static readonly HashSet<string> Skjulte = new(StringComparer.Ordinal) { "felt", "satserVersjon" };

    private static readonly HashSet<string> Prosentfakta = new(StringComparer.Ordinal)
    {
        "trekkprosent", "takProsent", "naeringProsent", "reduksjonFraFjerdePersonProsent", "reduksjonFraTredjeBarnProsent",
    };

    private static readonly HashSet<string> Tallfakta = new(StringComparer.Ordinal)
    {
        "alder", "antallVoksne", "personerIHusstanden", "personerMedReduksjon", "samvaersbarnMedReduksjon", "samvaersbarnMedTillegg", "samvaersklasse",
    };

    /// <summary>True when the page has words for a fact (or hides it on purpose).</summary>
    public static bool HarOrdFor(string faktum) => Faktanavn.ContainsKey(faktum) || Skjulte.Contains(faktum);

    /// <summary>True when the page has a title for a step.</summary>
    public static bool HarTittelFor(string steg) => Stegnavn.ContainsKey(Stegkode(steg)) || ListeSteg().IsMatch(steg) || YtelseSteg().IsMatch(steg);

    /// <summary>The explanation's top-level steps (the whole trace's children, after its summary).</summary>
    public static Forklaringssteg Lag(ForklaringUtdata f) => Lag(f, null);

    private static Forklaringssteg Lag(ForklaringUtdata f, string? forelder)
    {
        ArgumentNullException.ThrowIfNull(f);
        var kode = Stegkode(f.Steg);
        var fakta = new List<string>();
        foreach (var faktum in f.Fakta)
        {
            if (Skjulte.Contains(faktum.Navn) || !Faktanavn.TryGetValue(faktum.Navn, out var etikett))
            {
                continue;
            }

            fakta.Add(etikett + ": " + Verdi(faktum.Navn, faktum.Verdi));
        }

        var tittel = forelder == "Grenser" && Grensenavn.TryGetValue(kode, out var g) ? g : Tittel(f, kode);
        return new Forklaringssteg(tittel, Beloepstekst(f.Resultat), fakta, Kilde(f.Regel.Kilde), [.. f.Deler.Select(d => Lag(d, kode))]);
    }

    /// <summary>The step's code without the engine's numbering ("1. Livsopphold" → "Livsopphold", "Barn[0]" → "Barn").</summary>
    private static string Stegkode(string steg) => Nummer().Replace(Indeks().Replace(steg, string.Empty), string.Empty);

    private static string Tittel(ForklaringUtdata f, string kode)
    {
        var m = ListeSteg().Match(f.Steg);
        if (m.Success)
        {
            var nr = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture) + 1;
            var foedt = f.Fakta.FirstOrDefault(x => x.Navn == "foedselsdato")?.Verdi;
            var alder = f.Fakta.FirstOrDefault(x => x.Navn == "alder")?.Verdi;
            var navn = m.Groups[1].Value == "Barn" ? "Barn" : "Samværsbarn";
            var tittel = $"{navn} {Tekst.I(nr)}";
            if (foedt is not null && Datoformat.TryLes(foedt, out var d))
            {
                tittel += ", født " + Tekst.Dato(d);
            }

            return alder is null ? tittel : $"{tittel} ({alder} år)";
        }

        var y = YtelseSteg().Match(f.Steg);
        if (y.Success)
        {
            var nr = int.Parse(y.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1;
            var type = Enum.GetValues<Ytelsestype>().Where(t => Trekkgrunnlagsberegner.Ytelsestekst(t) == y.Groups[2].Value).Select(t => (Ytelsestype?)t).FirstOrDefault();
            var navn = type is { } ty ? Ytelsesnavn.Tekst(ty) : Ord(y.Groups[2].Value).ToLowerInvariant();
            return $"Ytelse {Tekst.I(nr)}: {navn} – {Ytelsesnavn.Behandling(f.Resultat)}";
        }

        return Stegnavn.TryGetValue(kode, out var t) ? t : Ord(kode);
    }

    /// <summary>A value as a caseworker reads it.</summary>
    public static string Verdi(string faktum, string verdi)
    {
        ArgumentNullException.ThrowIfNull(verdi);
        if (verdi is "true" or "false")
        {
            return verdi == "true" ? "Ja" : "Nei";
        }

        if (Tallfakta.Contains(faktum))
        {
            return verdi;
        }

        if (Prosentfakta.Contains(faktum))
        {
            return Prosenttekst(verdi);
        }

        return faktum switch
        {
            "begrensning" => Tekst.Begrensningsnavn(verdi),
            "rekkefoelgeVedLikhet" => string.Join(", ", verdi.Split(", ").Select(v => v == "Tak" ? "tak" : Tekst.Begrensningsnavn(v).ToLowerInvariant())),
            "antatt" => verdi == "Ingen" ? "ingen" : verdi.Replace("Samvaer", "samvær", StringComparison.Ordinal).ToLowerInvariant(),
            "avledet" => verdi == "Ingen" ? "ingen" : verdi.Replace("Samvaer", "samvær", StringComparison.Ordinal).ToLowerInvariant(),
            "forskuddstrekkTelles" => verdi == "ja" ? "Ja" : "Nei",
            "kravGjelder" => verdi == "skatt" ? "skatte- og avgiftskrav" : "andre krav enn skatte- og avgiftskrav",
            "kildegrad" or "naeringKildegrad" or "reduksjonKildegrad" or "takKildegrad" => verdi switch { "kunngjort" => "kunngjort", "sekundaer" => "hentet fra sekundærkilde", "avledet" => "avledet (ikke kunngjort)", _ => verdi },
            "satsstatus" => verdi == "Kjent" ? "kjente" : "antatte (siste kjente satser videreført)",
            "sivilstand" or "kostnadsdeling" => verdi switch { "Husstand" => "etter husstandens forhold (skjønn)", _ => verdi.ToLowerInvariant() },
            "takregel" => verdi == "Utvidet" ? "utvidet (80 %)" : "normalt (60 %)",
            "kategori" => verdi switch { "enslig" => "enslig", "par_per_person" => "par, per person", _ => verdi.Replace('_', ' ') },
            "aldersband" => verdi.Replace("-", "–", StringComparison.Ordinal).Replace("pluss", "og eldre", StringComparison.Ordinal) + " år",
            "kilde" or "reduksjonKilde" or "takKilde" or "naeringKilde" or "regler.takBegrunnelse" => Kilde(verdi),
            _ when Datoformat.TryLes(verdi, out var d) => Tekst.Dato(d),
            _ => Beloepstekst(verdi) ?? verdi,
        };
    }

    /// <summary>An amount written by the trace ("15277.00", "-6836.00") as in the tables ("15 277 kr"), or null when it is not one.</summary>
    public static string? Beloepstekst(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var negativ = tekst.StartsWith('-');
        if (!Beloep.TryFraTekst(negativ ? tekst.AsSpan(1) : tekst, "resultat", tillatEksponent: false, out var b, out _))
        {
            return null;
        }

        return Tekst.Kr(negativ ? -b : b);
    }

    private static string Prosenttekst(string tekst) =>
        Prosent.TryFraTekst(tekst, "prosent", tillatEksponent: false, out var p, out _) ? Norskformat.Prosent(p) : tekst;

    /// <summary>A legal source without file names, table codes or English notes.</summary>
    public static string Kilde(string kilde)
    {
        ArgumentNullException.ThrowIfNull(kilde);
        var t = Tabellkode().Replace(kilde, "satstabellen for trekkgrenser");
        t = Filnavn().Replace(t, m => "(satstabellen for " + (m.Groups[1].Value == "samvaer" ? "samvær" : m.Groups[1].Value) + ")");
        return t.Replace("(updated ", "(oppdatert ", StringComparison.Ordinal).Replace("updated ", "oppdatert ", StringComparison.Ordinal);
    }

    /// <summary>A code name as words: "SkyldnerDisponibelt" → "Skyldner disponibelt".</summary>
    private static string Ord(string kode)
    {
        var ord = StorBokstav().Replace(kode, " $1").Trim().ToLowerInvariant();
        ord = ord.Replace("ae", "æ", StringComparison.Ordinal).Replace("oe", "ø", StringComparison.Ordinal).Replace("aa", "å", StringComparison.Ordinal);
        return ord.Length == 0 ? "Steg" : char.ToUpperInvariant(ord[0]) + ord[1..];
    }

    [GeneratedRegex(@"^\d+\.\s*")]
    private static partial Regex Nummer();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Indeks();

    [GeneratedRegex(@"^(?:\d+\.\s*)?(Barn|Samvaersbarn)\[(\d+)\]$")]
    private static partial Regex ListeSteg();

    [GeneratedRegex(@"^ytelser\[(\d+)\] ([A-Za-z]+)$")]
    private static partial Regex YtelseSteg();

    [GeneratedRegex(@"trekkgrenser '[a-z_]+'")]
    private static partial Regex Tabellkode();

    [GeneratedRegex(@"\(satser/([a-z_]+)\.csv\)")]
    private static partial Regex Filnavn();

    [GeneratedRegex(@"(?<=[a-zæøå])([A-ZÆØÅ])")]
    private static partial Regex StorBokstav();
}
