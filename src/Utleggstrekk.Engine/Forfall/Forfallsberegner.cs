using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Forfall;

/// <summary>One term of trekk falling due together.</summary>
/// <param name="TrukketFra">The first month whose trekk is in the term.</param>
/// <param name="TrukketTil">The last month whose trekk is in the term (inclusive).</param>
/// <param name="Forfall">The statutory due date, or <c>null</c> when the law gives no fixed date (the pålegg decides, or the day after each pay day).</param>
/// <param name="Betalingsfrist">The last day to pay: <see cref="Forfall"/> moved to the next working day when it falls on a Saturday, Sunday, helligdag or lovfestet høytidsdag (sktbl. § 10-2); <c>null</c> with <see cref="Forfall"/>.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Merknad">A Norwegian note: why the date is what it is, or why there is none.</param>
public sealed record Forfallstermin(YearMonth TrukketFra, YearMonth TrukketTil, LocalDate? Forfall, LocalDate? Betalingsfrist, string Kilde, string Merknad);

/// <summary>
/// When the trekk the trekkpliktig has deducted falls due (Retningslinje pkt. 8.1). Ordinarily as the trekkpålegg says
/// (tvangsl. § 7-22; sktbl. § 10-50). For utleggstrekk for restskatt, forskuddsskatt, forskuddstrekk,
/// arbeidsgiveravgift and their interest with an employer that must have a skattetrekkskonto, the trekk follows the
/// forskuddstrekk (sktbl. § 14-5 second ledd, § 10-10): the trekk of January–February falls due on 15 March,
/// March–April on 15 May, … November–December on 15 January; a due date on a Saturday, Sunday, helligdag or lovfestet
/// høytidsdag moves to the next working day (sktbl. § 10-2).
/// </summary>
/// <remarks>
/// The skattetrekkskonto was abolished from 1 January 2026 (sktbl. § 5-12 repealed; from then forskuddstrekk is paid
/// to Skatteetaten at the latest the first working day after each pay day). For trekk from January 2026 the engine
/// therefore gives one term per month without a fixed date and says so; the two-month terms end with
/// November–December 2025, due 15 January 2026. This change is known from secondary sources (see docs/regler.md).
/// </remarks>
public static class Forfallsberegner
{
    /// <summary>The first month whose trekk is no longer paid by two-month terms (the skattetrekkskonto was abolished from 1 January 2026).</summary>
    public static readonly YearMonth SkattetrekkskontoAvviklet = new(2026, 1);

    /// <summary>Without a skattetrekkskonto the trekk falls due as the pålegg says.</summary>
    public static readonly Regel Paalegget = new(
        "Forfall.Paalegget",
        KildePaalegg,
        new LocalDate(2009, 1, 1),
        "Trekkbeløpet forfaller i samsvar med trekkpålegget; loven gir ingen egen forfallsdag, så hver måned er sin egen termin uten fast dato.");

    /// <summary>With a skattetrekkskonto: the two-month terms of forskuddstrekk.</summary>
    public static readonly Regel Skattetrekkskonto = new(
        "Forfall.Skattetrekkskonto",
        "sktbl. § 14-5 annet ledd; sktbl. § 10-10; Skattebetalingshåndboken 10-50.2; Retningslinje pkt. 8.1",
        new LocalDate(2009, 1, 1),
        "Utleggstrekk for restskatt, forskuddsskatt, forskuddstrekk, arbeidsgiveravgift og renter av disse, hos en arbeidsgiver med skattetrekkskonto, forfaller med forskuddstrekket: trekket for januar–februar 15. mars, mars–april 15. mai, … november–desember 15. januar.");

    /// <summary>A due date on a non-working day moves to the next working day.</summary>
    public static readonly Regel UtsattForfall = new(
        "Forfall.UtsattForfall",
        "sktbl. § 10-2; helligdagsfredloven § 2; lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager",
        new LocalDate(2009, 1, 1),
        "Utløper betalingsfristen på en lørdag, søndag, helligdag eller lovfestet høytidsdag (1. og 17. mai), utskytes den til første virkedag; påsken regnes ut (gregoriansk påskeregel).");

    /// <summary>From 2026 there is no skattetrekkskonto and no two-month term.</summary>
    public static readonly Regel AvvikletSkattetrekkskonto = new(
        "Forfall.AvvikletSkattetrekkskonto",
        KildeEtterAvvikling,
        new LocalDate(2026, 1, 1),
        "Skattetrekkskontoen er avviklet fra 1. januar 2026 (sktbl. § 5-12 opphevet): forskuddstrekket betales senest første virkedag etter hver lønnsutbetaling, så trekk fra januar 2026 har ingen fast terminforfall; hver måned gis uten dato. Kjent fra sekundærkilder; lovteksten er ikke bekreftet her.");

    /// <summary>The first month for which the two-month terms are given: the rules of this class apply from 1 January 2009.</summary>
    public static readonly YearMonth FoersteTerminmaaned = new(2009, 1);

    /// <summary>The longest range, in months.</summary>
    public const int MaksMaaneder = 1200;

    /// <summary>The source of the two-month terms.</summary>
    public const string KildeTermin = "sktbl. § 14-5 annet ledd; sktbl. § 10-10; sktbl. § 10-2; Retningslinje pkt. 8.1";

    /// <summary>The source of the due date the pålegg decides.</summary>
    public const string KildePaalegg = "tvangsl. § 7-22; sktbl. § 10-50; Retningslinje pkt. 8.1";

    /// <summary>The source of the monthly terms from 2026.</summary>
    public const string KildeEtterAvvikling = "sktbl. § 14-5 annet ledd; sktbl. § 10-10 og § 5-12 (opphevet) som endret fra 1.1.2026 (kilde: sekundær)";

    /// <summary>
    /// The terms of the months <paramref name="fra"/>–<paramref name="til"/> (both inclusive). With
    /// <paramref name="skattetrekkskonto"/> the two-month terms (clipped to the range) until December 2025 and one term
    /// per month after; without it one term per month with no statutory date. Throws
    /// <see cref="UgyldigInndataException"/> when <paramref name="til"/> is before <paramref name="fra"/>, the range is
    /// longer than <see cref="MaksMaaneder"/> months, or <paramref name="skattetrekkskonto"/> is set and
    /// <paramref name="fra"/> is before <see cref="FoersteTerminmaaned"/>.
    /// </summary>
    public static ImmutableArray<Forfallstermin> Terminer(YearMonth fra, YearMonth til, bool skattetrekkskonto)
    {
        var antall = Maaneder(fra, til);
        if (antall < 1)
        {
            throw new UgyldigInndataException(new Valideringsfeil("til", Tekst(til), Feilkoder.UgyldigPeriode, $"Til-måneden kan ikke være før fra-måneden {Tekst(fra)}."));
        }

        if (antall > MaksMaaneder)
        {
            throw new UgyldigInndataException(new Valideringsfeil("til", Tekst(til), Feilkoder.ForLangPeriode, $"Høyst {MaksMaaneder.ToString(CultureInfo.InvariantCulture)} måneder om gangen."));
        }

        // The terms' rules apply from 2009 (skattebetalingsloven); before that the engine has no rule and no date to give
        // (and the holiday calendar would be asked for years it does not cover).
        if (skattetrekkskonto && fra.CompareTo(FoersteTerminmaaned) < 0)
        {
            throw new UgyldigInndataException(new Valideringsfeil("fra", Tekst(fra), Feilkoder.UgyldigPeriode, $"Med skattetrekkskonto regnes terminene fra {Tekst(FoersteTerminmaaned)}: skattebetalingslovens regler gjelder fra 1. januar 2009."));
        }

        var terminer = ImmutableArray.CreateBuilder<Forfallstermin>();
        var m = fra;
        while (m.CompareTo(til) <= 0)
        {
            if (!skattetrekkskonto)
            {
                terminer.Add(new Forfallstermin(m, m, null, null, KildePaalegg,
                    "Trekket forfaller slik trekkpålegget bestemmer; loven gir ingen egen forfallsdag."));
                m = m.PlusMonths(1);
            }
            else if (m.CompareTo(SkattetrekkskontoAvviklet) >= 0)
            {
                terminer.Add(new Forfallstermin(m, m, null, null, KildeEtterAvvikling,
                    "Skattetrekkskontoen er avviklet fra 1. januar 2026: forskuddstrekket, og med det dette utleggstrekket, betales senest første virkedag etter hver lønnsutbetaling. Datoen følger lønnsutbetalingen."));
                m = m.PlusMonths(1);
            }
            else
            {
                var terminSlutt = m.Month % 2 == 1 ? m.PlusMonths(1) : m;
                var trukketTil = terminSlutt.CompareTo(til) <= 0 ? terminSlutt : til;
                var forfall = terminSlutt.PlusMonths(1).OnDayOfMonth(15);
                var frist = Helligdager.FoersteVirkedagFraOgMed(forfall);
                terminer.Add(new Forfallstermin(m, trukketTil, forfall, frist, KildeTermin, Merknad(forfall, frist)));
                m = trukketTil.PlusMonths(1);
            }
        }

        return terminer.ToImmutable();
    }

    /// <summary>The number of months from <paramref name="fra"/> to <paramref name="til"/>, both inclusive (0 or less when <paramref name="til"/> is earlier).</summary>
    public static int Maaneder(YearMonth fra, YearMonth til) => ((til.Year - fra.Year) * 12) + til.Month - fra.Month + 1;

    private static string Merknad(LocalDate forfall, LocalDate frist)
    {
        const string Grunn = "Trekket i terminen (to kalendermåneder) forfaller med forskuddstrekket.";
        if (frist == forfall)
        {
            return Grunn;
        }

        var dager = new List<string>();
        for (var d = forfall; d < frist; d = d.PlusDays(1))
        {
            dager.Add(Datotekst(d) + " er " + (d.DayOfWeek == IsoDayOfWeek.Saturday ? "lørdag" : Helligdager.Navn(d)));
        }

        return $"{Grunn} {string.Join(", ", dager)}, så fristen utskytes til første virkedag {Datotekst(frist)} (sktbl. § 10-2).";
    }

    private static string Datotekst(LocalDate d) => Isodato.Tekst(d);

    private static string Tekst(YearMonth m) => Isodato.Tekst(m);
}
