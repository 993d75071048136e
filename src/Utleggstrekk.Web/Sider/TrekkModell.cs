using System.Globalization;
using NodaTime;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// What the page at <c>/trekk</c> shows: a TREKK.json, the fordeling of one payment (deknl. § 2-8) and the projection
/// for today's trekk and a what-if amount. Built from a posted form by <see cref="Behandle"/>; rendered by
/// <c>TrekkSide</c>. The same cost budget as <c>/api/framskriv</c> (<see cref="Grenser"/>).
/// </summary>
public sealed class TrekkModell
{
    /// <summary>The default projection horizon in months.</summary>
    public const int StandardMaaneder = 36;

    /// <summary>The form's fields: id, label, hint.</summary>
    public static IReadOnlyList<(string Id, string Etikett, string? Hjelp)> Felter { get; } =
    [
        ("fra", "Første måned (fra)", "Første dag i første måned av framskrivingen, ÅÅÅÅ-MM-DD."),
        ("maaneder", "Antall måneder", $"1–{Grenser.MaksMaaneder}."),
        ("beloep", "Trekk per måned i dag (kr)", "Tomt: trekkpåleggene i TREKK.json for første måned."),
        ("brutto", "Bruttoinntekt per måned (kr)", "Trengs bare når et trekkpålegg er i prosent."),
        ("hva-om", "Hva om trekket var … kr per måned", "Et annet trekkbeløp å sammenligne med; tomt gir bare dagens trekk."),
    ];

    /// <summary>The form's values by field id.</summary>
    public required Dictionary<string, string> Verdier { get; init; }

    /// <summary>The TREKK.json text.</summary>
    public string TrekkJsonTekst { get; set; } = string.Empty;

    /// <summary>Every violation, each naming a field.</summary>
    public List<Valideringsfeil> Feil { get; } = [];

    /// <summary>Notes (a file was read).</summary>
    public List<string> Merknader { get; } = [];

    /// <summary>True when the request was over the cost budget (the page is answered with 422).</summary>
    public bool OverBudsjett { get; private set; }

    /// <summary>The trekk read.</summary>
    public Trekk? Trekk { get; private set; }

    /// <summary>The payment distributed.</summary>
    public Beloep Betaling { get; private set; }

    /// <summary>True when the payment is the trekkpålegg in force in the first month.</summary>
    public bool BetalingFraPaalegg { get; private set; }

    /// <summary>The distribution of <see cref="Betaling"/>.</summary>
    public FordelUtdata? Fordeling { get; private set; }

    /// <summary>The projection with today's trekk.</summary>
    public Framskrivingskjoering? IDag { get; private set; }

    /// <summary>The projection with the what-if amount.</summary>
    public Framskrivingskjoering? HvaOm { get; private set; }

    /// <summary>The what-if amount.</summary>
    public Beloep? HvaOmBeloep { get; private set; }

    /// <summary>The empty form (projection from the first of this month).</summary>
    public static TrekkModell Ny()
    {
        var idag = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        return new TrekkModell
        {
            Verdier = new(StringComparer.Ordinal)
            {
                ["fra"] = Datoformat.Tekst(new LocalDate(idag.Year, idag.Month, 1)),
                ["maaneder"] = StandardMaaneder.ToString(CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>The error shown beside field <paramref name="id"/>, or null.</summary>
    public string? FeilFor(string id) => Feil.FirstOrDefault(f => f.Felt == id)?.Melding;

    /// <summary>Reads the posted form and computes the fordeling and the projections.</summary>
    public static TrekkModell Behandle(Skjemadata skjema, Satsgrunnlag satser)
    {
        ArgumentNullException.ThrowIfNull(skjema);
        ArgumentNullException.ThrowIfNull(satser);
        var m = new TrekkModell { Verdier = new(StringComparer.Ordinal) };
        foreach (var (id, _, _) in Felter)
        {
            m.Verdier[id] = skjema[id].Trim();
        }

        m.TrekkJsonTekst = skjema["trekkjson"];
        var kilde = "TREKK.json";
        try
        {
            if (skjema.JsonFil("trekkfil") is { } fil)
            {
                (m.TrekkJsonTekst, kilde) = fil;
                m.Merknader.Add($"Trekket er lest fra {kilde}.");
            }
        }
        catch (UgyldigInndataException e)
        {
            m.Feil.AddRange(e.Feil);
            return m;
        }

        m.Beregn(satser, kilde);
        return m;
    }

    private void Beregn(Satsgrunnlag satser, string kilde)
    {
        var skjema = LesSkjema();
        LesTrekk(kilde);
        if (Feil.Count > 0 || Trekk is not { } trekk || skjema.Fra is not { } fra || skjema.Maaneder is not { } antall)
        {
            return;
        }

        MedSkjemafeil(fra, () => Framskriv(trekk, fra, antall, skjema, satser));
    }

    /// <summary>The form's numbers and date, each violation recorded under its field.</summary>
    private Skjemaverdier LesSkjema()
    {
        var p = new Parameterleser();
        var skjema = new Skjemaverdier(
            p.Dato("fra", Verdier["fra"], paakrevd: true),
            p.Heltall("maaneder", Verdier["maaneder"], 1, int.MaxValue, paakrevd: true),
            p.Beloep("beloep", Verdier["beloep"], paakrevd: false),
            p.Beloep("brutto", Verdier["brutto"], paakrevd: false),
            p.Beloep("hva-om", Verdier["hva-om"], paakrevd: false));
        Feil.AddRange(p.Feil);
        return skjema;
    }

    /// <summary>Reads <see cref="TrekkJsonTekst"/> into <see cref="Trekk"/>, or records why it cannot be read.</summary>
    private void LesTrekk(string kilde)
    {
        if (TrekkJsonTekst.Trim().Length == 0)
        {
            Feil.Add(new Valideringsfeil("trekkjson", null, Feilkoder.Paakrevd, "Last inn en TREKK.json-fil eller lim inn trekket som JSON."));
            return;
        }

        try
        {
            JsonSjekk.Sjekk(TrekkJsonTekst, kilde);
            Trekk = TrekkJson.LesTrekk(TrekkJsonTekst, kilde);
        }
        catch (UgyldigInndataException e)
        {
            Feil.AddRange(e.Feil);
        }
    }

    /// <summary>
    /// The projection with today's trekk, the fordeling of today's payment and, with a what-if amount, the projection
    /// with that amount; within the cost budget.
    /// </summary>
    private void Framskriv(Trekk trekk, LocalDate fra, int antall, Skjemaverdier skjema, Satsgrunnlag satser)
    {
        Grenser.SjekkFramskriving(trekk.Krav.Length, antall, skjema.HvaOm is null ? 1 : 2);

        // Today's trekk: the amount given, otherwise the trekkpålegg in force in the first month (as framskriv does).
        IDag = Resultatdokumenter.Framskriv(trekk, fra, antall, skjema.Beloep is { } b ? [b] : [], satser.Forsinkelsesrente, skjema.Brutto);
        BetalingFraPaalegg = skjema.Beloep is null;
        Betaling = skjema.Beloep ?? IDag.Grunnlag.BesluttetBetaling(0);
        if (Betaling.ErNull)
        {
            Feil.Add(new Valideringsfeil("beloep", null, Feilkoder.Paakrevd, $"Trekket har ikke noe trekkpålegg i kraft {Datoformat.Tekst(fra)}; skriv inn trekket per måned i dag."));
            IDag = null;
            return;
        }

        Fordeling = Resultatdokumenter.Fordel(trekk.Krav, Betaling, trekk.Regel, forklar: false);
        if (skjema.HvaOm is { } h)
        {
            HvaOm = Resultatdokumenter.Framskriv(trekk, fra, antall, [h], satser.Forsinkelsesrente, skjema.Brutto);
            HvaOmBeloep = h;
        }
    }

    /// <summary>Runs a calculation; each refusal becomes an error on the form and clears what was computed.</summary>
    private void MedSkjemafeil(LocalDate fra, Action beregning)
    {
        try
        {
            beregning();
        }
        catch (ForespoerselException e)
        {
            Feil.AddRange(e.Feil);
            OverBudsjett = true;
            Nullstill();
        }
        catch (UgyldigInndataException e)
        {
            Feil.AddRange(e.Feil);
            Nullstill();
        }
        catch (SatserManglerException e)
        {
            Feil.Add(new Valideringsfeil("fra", Datoformat.Tekst(fra), Feilkoder.SatserMangler, e.Message));
            Nullstill();
        }
        catch (OverflowException)
        {
            Feil.Add(new Valideringsfeil("$", null, Feilkoder.Overflyt, "Tallene er for store til å regne med."));
            Nullstill();
        }
    }

    private void Nullstill()
    {
        IDag = HvaOm = null;
        Fordeling = null;
    }

    /// <summary>The field an error belongs to: a form field, or the TREKK.json text with the path in the label.</summary>
    public static (string Id, string Etikett)? Lenke(string felt)
    {
        foreach (var (id, etikett, _) in Felter)
        {
            if (felt == id)
            {
                return (id, etikett);
            }
        }

        return felt switch
        {
            "bruttoinntekt" => ("brutto", Felter[3].Etikett),
            "krav" => ("trekkjson", "TREKK.json: antall krav"),
            "trekkjson" => ("trekkjson", "TREKK.json"),
            _ => ("trekkjson", "TREKK.json: " + felt),
        };
    }

    /// <summary>The form's values as read (null where missing or invalid).</summary>
    private readonly record struct Skjemaverdier(LocalDate? Fra, int? Maaneder, Beloep? Beloep, Beloep? Brutto, Beloep? HvaOm);
}
