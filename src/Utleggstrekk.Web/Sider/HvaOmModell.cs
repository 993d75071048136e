using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// What the page at <c>/</c> shows: the household form's values, the variants, the errors (each linked to its field)
/// and the results. Built from a posted form by <see cref="Behandle"/>; rendered by <c>HvaOmSide</c>.
/// </summary>
public sealed class HvaOmModell
{
    /// <summary>The form's values by field id.</summary>
    public required Dictionary<string, string> Verdier { get; init; }

    /// <summary>The SAK.json behind the form, as shown in its text box.</summary>
    public string SakJsonTekst { get; set; } = string.Empty;

    /// <summary>How many variant rows the form shows.</summary>
    public int AntallVarianter { get; set; } = 1;

    /// <summary>The variant rows: field id and new value as typed.</summary>
    public List<(string Felt, string Verdi)> Varianter { get; } = [];

    /// <summary>Free variants, one <c>felt=verdi</c> per line.</summary>
    public string FlereVarianter { get; set; } = string.Empty;

    /// <summary>Every violation, each naming a field.</summary>
    public List<Valideringsfeil> Feil { get; } = [];

    /// <summary>Notes (a file was read).</summary>
    public List<string> Merknader { get; } = [];

    /// <summary>The baseline result, with its explanation.</summary>
    public BeregnUtdata? Grunnlag { get; set; }

    /// <summary>One column per variant: its name and result (null when it failed; the reason is in <see cref="Feil"/>).</summary>
    public List<(string Navn, BeregnUtdata? Resultat)> Kolonner { get; } = [];

    /// <summary>The empty form.</summary>
    public static HvaOmModell Ny() => new()
    {
        Verdier = new(StringComparer.Ordinal) { ["sivilstand"] = "enslig", ["kostnadsdeling"] = "halvpart", ["tak"] = "normal" },
    };

    /// <summary>The error shown beside field <paramref name="id"/>, or null.</summary>
    public string? FeilFor(string id) => Feil.FirstOrDefault(f => f.Felt == id)?.Melding;

    /// <summary>Reads the posted form, writes it into the SAK.json, and computes the baseline and every variant.</summary>
    public static HvaOmModell Behandle(Skjemadata skjema, Satsgrunnlag satser)
    {
        ArgumentNullException.ThrowIfNull(skjema);
        var m = new HvaOmModell { Verdier = new(StringComparer.Ordinal) };
        foreach (var f in Skjema.Felter)
        {
            m.Verdier[f.Id] = skjema[f.Id];
        }

        m.LesVarianter(skjema);

        var grunntekst = skjema["sakjson"];
        if (m.LesDokument(skjema, grunntekst) is not { } rot)
        {
            m.SakJsonTekst = grunntekst;
            return m;
        }

        m.SakJsonTekst = rot.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (m.Feil.Count == 0)
        {
            m.Beregn(satser, rot);
        }
        else
        {
            m.LeggDokumentfeil(rot);
        }

        return m;
    }

    /// <summary>The variants posted (at least one, at most <see cref="Grenser.MaksAlternativer"/>), and one more when asked for.</summary>
    private void LesVarianter(Skjemadata skjema)
    {
        AntallVarianter = int.TryParse(skjema["antall-varianter"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, Grenser.MaksAlternativer) : 1;
        for (var i = 0; i < AntallVarianter; i++)
        {
            Varianter.Add((skjema["variant-felt-" + Tekst.I(i)], skjema["variant-verdi-" + Tekst.I(i)]));
        }

        FlereVarianter = skjema["flere-varianter"];
        if (skjema["handling"] == "ny-variant")
        {
            if (AntallVarianter < Grenser.MaksAlternativer)
            {
                AntallVarianter++;
                Varianter.Add((string.Empty, string.Empty));
            }
            else
            {
                Merknader.Add($"Høyst {Grenser.MaksAlternativer} varianter om gangen.");
            }
        }
    }

    /// <summary>
    /// The SAK.json: a loaded file replaces everything; otherwise the form's fields edit the SAK.json shown below it.
    /// Null, with the violations in <see cref="Feil"/>, when it cannot be read.
    /// </summary>
    private JsonObject? LesDokument(Skjemadata skjema, string grunntekst)
    {
        JsonObject rot;
        try
        {
            if (skjema.JsonFil("sakfil") is { } fil)
            {
                rot = Objekt(fil.Tekst, fil.Filnavn);
                var lest = Skjema.Les(rot);
                foreach (var f in Skjema.Felter)
                {
                    Verdier[f.Id] = lest.GetValueOrDefault(f.Id, string.Empty);
                }

                Merknader.Add($"Saken er lest fra {fil.Filnavn}.");
            }
            else
            {
                rot = grunntekst.Trim().Length == 0 ? [] : Objekt(grunntekst, "SAK.json");
                Skjema.Skriv(rot, Verdier, Feil);
            }
        }
        catch (UgyldigInndataException e)
        {
            Feil.AddRange(e.Feil);
            return null;
        }

        return rot;
    }

    /// <summary>
    /// An amount the form could not read is left out of the document; list the document's other violations too, but
    /// not a second one for a field already named.
    /// </summary>
    private void LeggDokumentfeil(JsonObject rot)
    {
        var navngitt = Feil.Select(f => f.Felt).ToHashSet(StringComparer.Ordinal);
        try
        {
            SakJson.Les(rot.ToJsonString());
        }
        catch (UgyldigInndataException e)
        {
            Feil.AddRange(e.Feil.Where(f => Lenke(f.Felt) is not { } l || !navngitt.Contains(l.Id)));
        }
    }

    private static JsonObject Objekt(string tekst, string kilde)
    {
        JsonSjekk.Sjekk(tekst, kilde);
        try
        {
            return JsonNode.Parse(tekst) as JsonObject
                ?? throw new UgyldigInndataException(new Valideringsfeil(kilde, null, Feilkoder.UgyldigType, "Forventet et JSON-objekt."));
        }
        catch (JsonException e)
        {
            throw new UgyldigInndataException(new Valideringsfeil(kilde, null, Feilkoder.UgyldigJson, string.Create(
                CultureInfo.InvariantCulture, $"Ikke gyldig JSON (linje {(e.LineNumber ?? 0) + 1}, posisjon {(e.BytePositionInLine ?? 0) + 1}).")));
        }
    }

    private void Beregn(Satsgrunnlag satser, JsonObject rot)
    {
        try
        {
            Grunnlag = Resultatdokumenter.Beregn(SakJson.Les(rot.ToJsonString()), satser, tillatAntatte: false, lp: null, forklar: true);
        }
        catch (Exception e) when (e is UgyldigInndataException or SatserManglerException or OverflowException)
        {
            LeggFeil(e, null);
            return;
        }

        var sett = new List<(string Navn, string Sett)>();
        for (var i = 0; i < Varianter.Count; i++)
        {
            var (felt, verdi) = Varianter[i];
            var f = Skjema.Variantfelter.FirstOrDefault(v => v.Id == felt);
            if (f is null || verdi.Trim().Length == 0)
            {
                continue;
            }

            if (Skjema.Variantverdi(f, verdi, "variant-verdi-" + Tekst.I(i), Feil) is { } v)
            {
                sett.Add(($"{f.Etikett} = {verdi.Trim()}", f.Sti + "=" + v));
            }
        }

        foreach (var linje in FlereVarianter.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            sett.Add((linje, linje));
        }

        if (sett.Count > Grenser.MaksAlternativer)
        {
            Feil.Add(new Valideringsfeil("flere-varianter", Tekst.I(sett.Count), Webfeilkoder.ForMangeAlternativer, $"Høyst {Grenser.MaksAlternativer} varianter om gangen; de første {Grenser.MaksAlternativer} er regnet ut."));
        }

        foreach (var (navn, s1) in sett.Take(Grenser.MaksAlternativer))
        {
            try
            {
                var inndata = Resultatdokumenter.LesVariant(rot, s1, "SAK.json");
                Kolonner.Add((navn, Resultatdokumenter.Beregn(inndata, satser, tillatAntatte: false, lp: null, forklar: true)));
            }
            catch (Exception e) when (e is UgyldigInndataException or SatserManglerException or OverflowException)
            {
                Kolonner.Add((navn, null));
                LeggFeil(e, navn);
            }
        }
    }

    private void LeggFeil(Exception e, string? variant)
    {
        var prefiks = variant is null ? string.Empty : $"Variant «{variant}»: ";
        switch (e)
        {
            case UgyldigInndataException u:
                Feil.AddRange(u.Feil.Select(f => f with { Melding = prefiks + f.Melding }));
                break;
            case SatserManglerException s:
                Feil.Add(new Valideringsfeil("beregningsdato", null, Feilkoder.SatserMangler, prefiks + s.Message));
                break;
            default:
                Feil.Add(new Valideringsfeil("$", null, Feilkoder.Overflyt, prefiks + "Tallene er for store til å regne med."));
                break;
        }
    }

    /// <summary>The field an error belongs to: its id and label, or null when the form has none.</summary>
    public static (string Id, string Etikett)? Lenke(string felt)
    {
        if (Skjema.Felter.FirstOrDefault(f => f.Id == felt) is { } direkte)
        {
            return (direkte.Id, direkte.Etikett);
        }

        if (felt.StartsWith("variant-verdi-", StringComparison.Ordinal) && int.TryParse(felt.AsSpan(14), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            return (felt, $"Variant {Tekst.I(i + 1)}: ny verdi");
        }

        if (felt == "flere-varianter")
        {
            return (felt, "Flere endringer");
        }

        return Skjema.FeltFor(felt) is { } f ? (f.Id, f.Etikett) : null;
    }
}
