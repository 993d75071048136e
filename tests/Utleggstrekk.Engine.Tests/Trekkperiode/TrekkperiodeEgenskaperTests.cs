using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkperiode;
using Utleggstrekk.Reference.Trekkperiode;

namespace Utleggstrekk.Tests.Trekkperiode;

/// <summary>
/// Invariants of the maximum trekkperiode (tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2) and
/// the differential test against the independent reference (BCL <see cref="DateOnly"/> arithmetic).
/// </summary>
public class TrekkperiodeEgenskaperTests
{
    private static readonly LocalDate Basis = new(1990, 1, 1);

    /// <summary>Generated questions, valid and invalid: years around the beslutningsdato, starts before and after it.</summary>
    private static Arbitrary<TrekkperiodeForespoersel> Forespoersler()
    {
        var aar = Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-1, 14).Select(n => (int?)n));
        var start = Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-20, 2200).Select(n => (int?)n));
        // Edge days are over-weighted: 1 January (tax limit ties with the main rule), 29 February, 31 December.
        var dato = Gen.OneOf(
            Gen.Choose(0, 20_000).Select(n => Basis.PlusDays(n)),
            Gen.Choose(1990, 2044).Select(y => new LocalDate(y, 1, 1)),
            Gen.Choose(497, 511).Select(n => new LocalDate(n * 4, 2, 29)),
            Gen.Choose(1990, 2044).Select(y => new LocalDate(y, 12, 31)));
        var gen =
            from kategori in Gen.Choose(0, 3)
            from b in dato
            from inntekt in aar
            from endring in aar
            from forlengelse in Gen.Elements(false, false, true)
            from startOffset in start
            select new TrekkperiodeForespoersel(
                (Kravkategori)kategori,
                b,
                inntekt is { } i ? b.Year - i : null,
                endring is { } e ? b.Year - e : null,
                forlengelse,
                startOffset is { } s ? b.PlusDays(s) : null);
        return gen.ToArbitrary();
    }

    private static DateOnly Bcl(LocalDate d) => new(d.Year, d.Month, d.Day);

    private static Trekkperiodesvar? Motor(TrekkperiodeForespoersel f, out IReadOnlyList<string> feil)
    {
        try
        {
            feil = [];
            return Trekkperiodeberegner.Beregn(f);
        }
        catch (UgyldigInndataException ex)
        {
            feil = ex.Feil.Select(x => x.Regel).ToList();
            return null;
        }
    }

    [Property(MaxTest = 2000)]
    public Property Engine_agrees_with_reference_on_period_reason_and_errors() =>
        Prop.ForAll(Forespoersler(), f =>
        {
            var svar = Motor(f, out var feil);
            var refFeil = ReferanseTrekkperiode.Feil(
                f.Kategori, Bcl(f.Beslutningsdato), f.Inntektsaar, f.Endringsvedtakaar, f.Forlengelse,
                f.Start is { } s ? Bcl(s) : null);
            if (svar is null)
            {
                return feil.OrderBy(x => x, StringComparer.Ordinal)
                    .SequenceEqual(refFeil.OrderBy(x => x, StringComparer.Ordinal));
            }

            if (refFeil.Count > 0)
            {
                return false;
            }

            var r = ReferanseTrekkperiode.Beregn(
                f.Kategori, Bcl(f.Beslutningsdato), f.Inntektsaar, f.Endringsvedtakaar, f.Forlengelse,
                f.Start is { } st ? Bcl(st) : null);
            return Bcl(svar.Fra) == r.Fra
                && (svar.Til is { } til ? r.Til == Bcl(til) : r.Til is null)
                && svar.Grunn == r.Grunn;
        });

    [Property(MaxTest = 1000)]
    public Property Answer_is_a_well_formed_half_open_period() =>
        Prop.ForAll(Forespoersler(), f =>
        {
            var svar = Motor(f, out _);
            if (svar is null)
            {
                return true;
            }

            var startOk = svar.Fra == (f.Start ?? f.Beslutningsdato);
            return svar.Til is { } til
                ? startOk && svar.Fra < til && svar.SisteDag == til.PlusDays(-1) && svar.Fra <= svar.SisteDag
                : startOk && svar.SisteDag is null && f.Kategori == Kravkategori.Bidrag;
        });

    [Property(MaxTest = 1000)]
    public Property Tax_rule_extends_and_never_shortens_the_two_years() =>
        Prop.ForAll(Forespoersler(), f =>
        {
            var svar = Motor(f, out _);
            if (svar is null || f.Kategori != Kravkategori.Skatt)
            {
                return true;
            }

            // Skatt: never earlier than the main rule; forlengelse exactly the main rule.
            var toAar = f.Beslutningsdato.PlusYears(2);
            return f.Forlengelse ? svar.Til == toAar : svar.Til >= toAar;
        });

    [Property(MaxTest = 1000)]
    public Property Later_start_keeps_the_end_counted_from_the_beslutningsdato() =>
        Prop.ForAll(Forespoersler(), f =>
        {
            var medStart = Motor(f, out _);
            if (medStart is null || f.Start is null)
            {
                return true;
            }

            var utenStart = Trekkperiodeberegner.Beregn(f with { Start = null });
            return medStart.Til == utenStart.Til && medStart.Fra >= utenStart.Fra;
        });

    [Property(MaxTest = 500)]
    public Property Gjeldsforhandling_stop_is_about_four_months() =>
        Prop.ForAll(Gen.Choose(0, 20_000).ToArbitrary(), Gen.Choose(0, 7).ToArbitrary(), (dag, art) =>
        {
            var aapning = Basis.PlusDays(dag);
            var svar = Trekkperiodeberegner.VedGjeldsforhandling(aapning, (Kravart)art);
            if (!svar.Stanset)
            {
                return svar.Fra is null && svar.Til is null;
            }

            // The last stop day has the opening day's number in the 4th month after (or that month's last day when it
            // is shorter), so the stop is never shorter than 4 calendar months: 120 (e.g. 31 Oct → 28 Feb, plus the
            // opening day) to 124 days including both ends.
            var siste = svar.SisteDag!.Value;
            var maaned = aapning.PlusMonths(4);
            var riktigDag = siste.Year == maaned.Year && siste.Month == maaned.Month
                && (siste.Day == aapning.Day || (siste.Day < aapning.Day && siste.Day == siste.Calendar.GetDaysInMonth(siste.Year, siste.Month)));
            var dager = Period.Between(aapning, svar.Til!.Value, PeriodUnits.Days).Days;
            return svar.Fra == aapning && riktigDag && dager is >= 120 and <= 124 && svar.Til == siste.PlusDays(1);
        });

    [Property(MaxTest = 500)]
    public Property Limitation_runs_out_ten_years_on() =>
        Prop.ForAll(Gen.Choose(0, 20_000).ToArbitrary(), dag =>
        {
            var d = Basis.PlusDays(dag);
            var svar = Trekkperiodeberegner.NyForeldelsesfrist(d);
            var bcl = Bcl(d).AddYears(10);
            return Bcl(svar.SisteDag) == bcl && svar.ForeldetFra == svar.SisteDag.PlusDays(1);
        });
}
