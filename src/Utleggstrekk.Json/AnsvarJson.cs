using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Utleggstrekk.Engine.Ansvar;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>The input of <c>utleggstrekk ansvar</c>: whose claim, and the months as the trekkpliktig carried them out.</summary>
/// <param name="KravGjelder">Skatt or annet.</param>
/// <param name="Maaneder">The months, in input order.</param>
public sealed record AnsvarInndata(KravGjelder KravGjelder, ImmutableArray<Ansvarsmaaned> Maaneder);

/// <summary>
/// Reads ANSVAR.json (schema in <c>docs/ansvar.md</c>, <c>docs/schema/ansvar.schema.json</c>), reporting every violation
/// with its path (<c>maaneder[2].innbetalt</c>), value and rule, the engine's rules (<see cref="Ansvarsberegner.Valider"/>)
/// included.
/// </summary>
public static class AnsvarJson
{
    private static readonly string[] RotFelt = ["kravGjelder", "maaneder"];
    private static readonly string[] MaanedFelt = ["maaned", "paalagtTrekk", "gjennomfoertTrekk", "innbetalt", "unnskyldt", "ikkeMeldt", "bruttoTrekkgrunnlag"];
    private static readonly YearMonthPattern Maanedsmoenster = YearMonthPattern.CreateWithInvariantCulture("uuuu-MM");

    /// <summary>Allowed values of <c>kravGjelder</c>: the same codes as <c>trekkgrunnlag</c>'s (<see cref="TrekkgrunnlagJson.KravGjelderVerdier"/>).</summary>
    public static Verdiliste<KravGjelder> KravGjelderKoder => TrekkgrunnlagJson.KravGjelderVerdier;

    /// <summary>Reads and validates the document. Throws <see cref="UgyldigInndataException"/> with every violation.</summary>
    public static AnsvarInndata Les(string json, string kilde = "ANSVAR.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var dokument = JsonLeser.Parse(json, kilde);
        var l = new JsonLeser();
        var rot = dokument.RootElement;
        var feil = new List<Valideringsfeil>();
        if (!l.SjekkObjekt(rot, string.Empty, RotFelt))
        {
            throw new UgyldigInndataException(l.Feil);
        }

        var kravGjelderTekst = l.Tekst(rot, "kravGjelder", string.Empty, paakrevd: true);
        var kravGjelder = kravGjelderTekst is null ? KravGjelder.Annet : KravGjelderKoder.Les(kravGjelderTekst, "kravGjelder", KravGjelder.Annet, feil);
        l.Finn(rot, "maaneder", string.Empty, paakrevd: true, out _);
        var maaneder = l.Liste(rot, "maaneder", string.Empty, (l, e, sti) => LesMaaned(l, e, sti, feil)) ?? [];
        var alle = JsonLeser.Slaa(l.Feil, feil);
        if (alle.Count == 0)
        {
            var motor = Ansvarsberegner.Valider(kravGjelder, [.. maaneder.Select(m => m!.Value)]);
            alle = [.. motor];
        }

        if (alle.Count > 0)
        {
            throw new UgyldigInndataException(alle);
        }

        return new AnsvarInndata(kravGjelder, [.. maaneder.Select(m => m!.Value)]);
    }

    private static Ansvarsmaaned? LesMaaned(JsonLeser l, JsonElement e, string sti, List<Valideringsfeil> feil)
    {
        if (!l.SjekkObjekt(e, sti, MaanedFelt))
        {
            return null;
        }

        YearMonth? maaned = null;
        if (l.Tekst(e, "maaned", sti, paakrevd: true) is { } tekst)
        {
            var r = Maanedsmoenster.Parse(tekst);
            if (r.Success && r.Value.Year is >= 1 and <= 9999)
            {
                maaned = r.Value;
            }
            else
            {
                l.Legg(JsonLeser.Sti(sti, "maaned"), tekst, Datogrense.UgyldigDato, "Forventet en måned på formen ÅÅÅÅ-MM i år 1–9999.");
            }
        }

        var paalagt = l.Tall(e, "paalagtTrekk", sti, paakrevd: true);
        var gjennomfoert = l.Tall(e, "gjennomfoertTrekk", sti, paakrevd: true);
        var innbetalt = l.Tall(e, "innbetalt", sti, paakrevd: true);
        var unnskyldt = l.Sannhet(e, "unnskyldt", sti) ?? false;
        var ikkeMeldt = l.Sannhet(e, "ikkeMeldt", sti) ?? false;
        var brutto = l.Tall(e, "bruttoTrekkgrunnlag", sti);
        if (maaned is null || paalagt is null || gjennomfoert is null || innbetalt is null)
        {
            return null;
        }

        return new Ansvarsmaaned(
            maaned.Value,
            Inndataverdi.Beloep(paalagt, JsonLeser.Sti(sti, "paalagtTrekk"), feil),
            Inndataverdi.Beloep(gjennomfoert, JsonLeser.Sti(sti, "gjennomfoertTrekk"), feil),
            Inndataverdi.Beloep(innbetalt, JsonLeser.Sti(sti, "innbetalt"), feil),
            unnskyldt,
            ikkeMeldt,
            brutto is null ? null : Inndataverdi.Beloep(brutto, JsonLeser.Sti(sti, "bruttoTrekkgrunnlag"), feil));
    }

    /// <summary><c>YYYY-MM</c>.</summary>
    public static string Tekst(YearMonth maaned) => maaned.ToString("uuuu-MM", CultureInfo.InvariantCulture);
}

/// <summary>The body of ANSVAR.json (documentation of the shape for OpenAPI; read by <see cref="AnsvarJson.Les"/>).</summary>
public sealed class AnsvarDokument
{
    /// <summary><c>skatt</c> (skatte- og avgiftskrav, sktbl. § 16-20) or <c>annet</c> (tvangsl. § 7-22 (3)).</summary>
    public required string KravGjelder { get; init; }

    /// <summary>The months.</summary>
    public required IReadOnlyList<AnsvarsmaanedDokument> Maaneder { get; init; }
}

/// <summary>One month of ANSVAR.json.</summary>
public sealed class AnsvarsmaanedDokument
{
    /// <summary><c>YYYY-MM</c>.</summary>
    public required string Maaned { get; init; }

    /// <summary>What the pålegg said to deduct.</summary>
    public required decimal PaalagtTrekk { get; init; }

    /// <summary>What was deducted.</summary>
    public required decimal GjennomfoertTrekk { get; init; }

    /// <summary>What was paid over.</summary>
    public required decimal Innbetalt { get; init; }

    /// <summary>The failure to deduct was not negligent (the caseworker's finding).</summary>
    public bool? Unnskyldt { get; init; }

    /// <summary>Skatt only: the employment was not reported (sktbl. § 16-20 (2)).</summary>
    public bool? IkkeMeldt { get; init; }

    /// <summary>The month's gross basis, with <see cref="IkkeMeldt"/>.</summary>
    public decimal? BruttoTrekkgrunnlag { get; init; }
}
