using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Ansvar;

/// <summary>
/// The trekkpliktig's liability for a trekk not carried out or not paid over, and the debtor's credit for what was
/// deducted (Retningslinje for utleggstrekk pkt. 8.3 and 8.4; tvangsl. § 7-22 (3); sktbl. § 16-20).
/// </summary>
/// <remarks>
/// Per month: <c>ikkeTrukket</c> = pålagt − gjennomført (at least 0) unless excused (<see cref="Ansvarsregler.IkkeTrukket"/>);
/// <c>trukketIkkeInnbetalt</c> = gjennomført − innbetalt (at least 0), never excused
/// (<see cref="Ansvarsregler.TrukketIkkeInnbetalt"/>); for skatte- og avgiftskrav when the employment was not reported,
/// <c>stipulert</c> = 10 % of the gross basis (down to øre) less what was deducted, in place of <c>ikkeTrukket</c>
/// (<see cref="Ansvarsregler.Stipulert"/>). The period's liability is the sum less what was paid over beyond what was
/// deducted (<see cref="Ansvarsregler.InnbetaltUtoverTrukket"/>); the debtor is credited with every deducted krone
/// (<see cref="Ansvarsregler.Godskrift"/>).
/// </remarks>
public static class Ansvarsberegner
{
    /// <summary>Every violation of <paramref name="maaneder"/> (empty when valid), with TREKK-style paths <c>maaneder[i].felt</c>.</summary>
    public static IReadOnlyList<Valideringsfeil> Valider(KravGjelder kravGjelder, ReadOnlySpan<Ansvarsmaaned> maaneder)
    {
        var feil = new List<Valideringsfeil>();
        if (!Enum.IsDefined(kravGjelder))
        {
            feil.Add(new Valideringsfeil("kravGjelder", ((int)kravGjelder).ToString(CultureInfo.InvariantCulture), Feilkoder.UgyldigVerdi, "Tillatt: skatt, annet."));
        }

        if (maaneder.IsEmpty)
        {
            feil.Add(new Valideringsfeil("maaneder", null, Feilkoder.ManglerMaaneder, "Minst én måned er påkrevd."));
        }

        var sett = new HashSet<YearMonth>();
        for (var i = 0; i < maaneder.Length; i++)
        {
            var m = maaneder[i];
            var sti = "maaneder[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            if (m.Maaned.Year is < 1 or > 9999)
            {
                feil.Add(new Valideringsfeil(sti + "maaned", Tekst(m.Maaned), Datogrense.UgyldigDato, "Måneden må ligge i år 1–9999."));
            }
            else if (!sett.Add(m.Maaned))
            {
                feil.Add(new Valideringsfeil(sti + "maaned", Tekst(m.Maaned), Feilkoder.DuplikatMaaned, "Måneden står mer enn én gang."));
            }

            Ikkenegativ(m.PaalagtTrekk, sti + "paalagtTrekk", feil);
            Ikkenegativ(m.GjennomfoertTrekk, sti + "gjennomfoertTrekk", feil);
            Ikkenegativ(m.Innbetalt, sti + "innbetalt", feil);
            if (m.BruttoTrekkgrunnlag is { } b)
            {
                Ikkenegativ(b, sti + "bruttoTrekkgrunnlag", feil);
                if (!m.IkkeMeldt)
                {
                    feil.Add(new Valideringsfeil(sti + "bruttoTrekkgrunnlag", b.ToString(), Feilkoder.BruttoKunVedIkkeMeldt, "Brutto trekkgrunnlag brukes bare når arbeidsgiveren ikke har meldt arbeidsforholdet (ikkeMeldt, sktbl. § 16-20 annet ledd)."));
                }
            }

            if (m.IkkeMeldt)
            {
                if (kravGjelder != KravGjelder.Skatt)
                {
                    feil.Add(new Valideringsfeil(sti + "ikkeMeldt", "true", Feilkoder.IkkeMeldtKunSkatt, "Stipulert ansvar ved manglende melding (sktbl. § 16-20 annet ledd) gjelder bare skatte- og avgiftskrav (kravGjelder skatt)."));
                }

                if (m.BruttoTrekkgrunnlag is null)
                {
                    feil.Add(new Valideringsfeil(sti + "bruttoTrekkgrunnlag", null, Feilkoder.Paakrevd, "Når arbeidsforholdet ikke er meldt, trengs brutto trekkgrunnlag for måneden (ansvaret stipuleres til 10 prosent av det)."));
                }
            }
        }

        return feil;
    }

    /// <summary>
    /// The liability and credit over <paramref name="maaneder"/> (any order; the result is in calendar order).
    /// </summary>
    /// <exception cref="UgyldigInndataException">The input breaks a rule of <see cref="Valider"/>, or the sums do not fit an amount.</exception>
    public static Ansvarsresultat Beregn(KravGjelder kravGjelder, ReadOnlySpan<Ansvarsmaaned> maaneder)
    {
        var feil = Valider(kravGjelder, maaneder);
        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }

        var sortert = maaneder.ToArray();
        Array.Sort(sortert, static (a, b) => a.Maaned.CompareTo(b.Maaned));
        try
        {
            var resultat = ImmutableArray.CreateBuilder<Ansvarsmaanedsresultat>(sortert.Length);
            var sum = Beloep.Null;
            var godskrift = Beloep.Null;
            var utover = Beloep.Null;
            foreach (var m in sortert)
            {
                var r = Maaned(m);
                resultat.Add(r);
                sum += r.Ansvar;
                godskrift += r.GodskrivesSkyldner;
                utover += r.InnbetaltUtoverTrukket;
            }

            return new Ansvarsresultat(kravGjelder, resultat.MoveToImmutable(), Beloep.Max(Beloep.Null, sum - utover), godskrift, utover);
        }
        catch (OverflowException)
        {
            throw new UgyldigInndataException(new Valideringsfeil("maaneder", null, Feilkoder.UgyldigBeloep, "Beløpene blir til sammen større enn et beløp kan holde."));
        }
    }

    /// <summary>One month by the rules (input already valid).</summary>
    internal static Ansvarsmaanedsresultat Maaned(Ansvarsmaaned m)
    {
        var mangler = Beloep.Max(Beloep.Null, m.PaalagtTrekk - m.GjennomfoertTrekk);
        var stipulert = Beloep.Null;
        if (m.IkkeMeldt && m.BruttoTrekkgrunnlag is { } brutto)
        {
            // sktbl. § 16-20 (2) third sentence: 10 % of the gross basis, in place of what the pålegg said; what was
            // deducted anyway is not also owed as "could have been deducted".
            stipulert = Beloep.Max(Beloep.Null, Beloep.FraOere(brutto.Oere / 10) - m.GjennomfoertTrekk);
            mangler = Beloep.Null;
        }

        if (m.Unnskyldt)
        {
            mangler = Beloep.Null;
            stipulert = Beloep.Null;
        }

        var ikkeInnbetalt = Beloep.Max(Beloep.Null, m.GjennomfoertTrekk - m.Innbetalt);
        return new Ansvarsmaanedsresultat(
            m.Maaned,
            mangler,
            ikkeInnbetalt,
            stipulert,
            mangler + stipulert + ikkeInnbetalt,
            m.GjennomfoertTrekk,
            Beloep.Max(Beloep.Null, m.Innbetalt - m.GjennomfoertTrekk),
            Beloep.Max(Beloep.Null, m.GjennomfoertTrekk - m.PaalagtTrekk),
            m.Unnskyldt);
    }

    private static void Ikkenegativ(Beloep b, string felt, List<Valideringsfeil> feil)
    {
        if (b.ErNegativt)
        {
            feil.Add(new Valideringsfeil(felt, b.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
        }
    }

    private static string Tekst(YearMonth m) => Isodato.Tekst(m);
}
