using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Tests.Renter;

/// <summary>
/// The interest explanation (segments and trace) checked against the plain rules it shows, and the edges mutation
/// testing found untested: past the table's end, agreed-rate segments, a result exactly at the largest amount, empty
/// periods through <see cref="Renteberegner.Rente"/>.
/// </summary>
public class RenteforklaringTests
{
    private static readonly LocalDate SisteKjenteDag = new(2025, 12, 31);

    private static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every invariant of a segmented explanation; returns the first broken one, or null.</summary>
    private static string? Brudd(Renteforklaring f, Beloep hovedstol, LocalDate fra, LocalDate til, Func<LocalDate, (Prosent Sats, bool Antatt)> satsPaa)
    {
        var s = f.Segmenter;
        if (fra == til)
        {
            return s.IsEmpty && f.Resultat == new Renteresultat(Beloep.Null, false, 0) ? null : "tom periode gir segmenter eller rente";
        }

        if (s[0].Fra != fra || s[^1].Til != til)
        {
            return "segmentene dekker ikke perioden";
        }

        var sum = 0m;
        for (var i = 0; i < s.Length; i++)
        {
            var seg = s[i];
            if (i > 0 && s[i - 1].Til != seg.Fra)
            {
                return $"hull eller overlapp ved {Iso(seg.Fra)}";
            }

            if (seg.Dager != Period.Between(seg.Fra, seg.Til, PeriodUnits.Days).Days || seg.Dager <= 0)
            {
                return $"dager {seg.Dager} stemmer ikke med {Iso(seg.Fra)}–{Iso(seg.Til)}";
            }

            if (seg.Til.PlusDays(-1).Year != seg.Fra.Year || seg.Aarsdager != (CalendarSystem.Iso.IsLeapYear(seg.Fra.Year) ? 366 : 365))
            {
                return $"segmentet {Iso(seg.Fra)} går over nyttår eller har feil årslengde";
            }

            var (sats, antatt) = satsPaa(seg.Fra);
            if (seg.Sats != sats || seg.Antatt != antatt || satsPaa(seg.Til.PlusDays(-1)).Sats != sats)
            {
                return $"sats/antatt feil i {Iso(seg.Fra)}";
            }

            if (seg.UavrundetRente != hovedstol.Kroner * seg.Dager * seg.Sats.Hundredeler / (Prosent.Hel * (decimal)seg.Aarsdager))
            {
                return $"uavrundet rente feil i {Iso(seg.Fra)}";
            }

            sum += seg.UavrundetRente;
        }

        if (Math.Abs(sum - f.Resultat.Rente.Kroner) > 0.005m || f.Resultat.Dager != s.Sum(x => x.Dager)
            || f.Resultat.Antatt != s.Any(x => x.Antatt))
        {
            return "resultatet stemmer ikke med segmentene";
        }

        // The trace shows the same: the facts of the whole and one part per segment.
        var t = f.Forklaring;
        var fakta = t.Fakta.ToDictionary(x => x.Navn, x => x.Verdi);
        if (t.Resultat != f.Resultat.Rente.ToString() || fakta["hovedstol"] != hovedstol.ToString() || fakta["fra"] != Iso(fra)
            || fakta["til"] != Iso(til) || fakta["dager"] != f.Resultat.Dager.ToString(CultureInfo.InvariantCulture)
            || fakta["antatt"] != (f.Resultat.Antatt ? "true" : "false") || t.Deler.Length != s.Length)
        {
            return "forklaringen stemmer ikke med resultatet";
        }

        for (var i = 0; i < s.Length; i++)
        {
            var d = t.Deler[i].Fakta.ToDictionary(x => x.Navn, x => x.Verdi);
            if (d["fra"] != Iso(s[i].Fra) || d["til"] != Iso(s[i].Til) || d["dager"] != s[i].Dager.ToString(CultureInfo.InvariantCulture)
                || d["sats"] != s[i].Sats.ToString() || d["dagerIAaret"] != s[i].Aarsdager.ToString(CultureInfo.InvariantCulture)
                || d["antatt"] != (s[i].Antatt ? "true" : "false") || t.Deler[i].Resultat != s[i].UavrundetRente.ToString(CultureInfo.InvariantCulture))
            {
                return $"delforklaring {i} stemmer ikke med segmentet";
            }
        }

        return null;
    }

    private static (Prosent, bool) Tabellsats(LocalDate dag)
    {
        var tabell = ForsinkelsesrenteTestdata.Tabell;
        var siste = tabell.Perioder[^1];
        var periode = dag > SisteKjenteDag ? siste : tabell.Perioder.Single(p => p.Fra <= dag && (p.Til is null || dag < p.Til));
        return (periode.Verdi.Prosent, dag > SisteKjenteDag);
    }

    private static Arbitrary<(long Oere, LocalDate Fra, int Dager, int Sats)> Tilfeller() =>
        (from oere in Gen.Elements(0L, 1L, 100_000L, 999_999_99L).Or(Gen.Choose(0, int.MaxValue).Select(x => (long)x))
         from start in Gen.Choose(0, 18 * 366)
         from dager in Gen.Elements(0, 1, 59, 365, 366, 800).Or(Gen.Choose(0, 1_500))
         from sats in Gen.Choose(0, 10_000)
         select (oere, new LocalDate(2010, 1, 1).PlusDays(start), dager, sats)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Forsinkelsesrente_explanation_agrees_with_its_rules_also_past_the_table_end() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var h = Beloep.FraOere(t.Oere);
            var til = t.Fra.PlusDays(t.Dager);
            var f = Renteberegner.ForklarForsinkelsesrente(h, t.Fra, til, ForsinkelsesrenteTestdata.Tabell);
            var brudd = Brudd(f, h, t.Fra, til, Tabellsats);
            return (brudd is null && f.Resultat == Renteberegner.Forsinkelsesrente(h, t.Fra, til, ForsinkelsesrenteTestdata.Tabell)).Label(brudd ?? "resultat ulikt");
        });

    [Property(MaxTest = 300)]
    public Property Agreed_rate_explanation_agrees_with_its_rules() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var h = Beloep.FraOere(t.Oere);
            var til = t.Fra.PlusDays(t.Dager);
            var sats = Prosent.FraHundredeler(t.Sats);
            var f = Renteberegner.ForklarAvtaltRente(h, t.Fra, til, sats);
            var brudd = Brudd(f, h, t.Fra, til, _ => (sats, false));
            return (brudd is null && f.Resultat == Renteberegner.AvtaltRente(h, t.Fra, til, sats)).Label(brudd ?? "resultat ulikt");
        });

    [Fact]
    public void Past_the_table_end_one_assumed_segment_runs_from_the_start_to_the_end()
    {
        // The mutant that ended the assumed segment at the table's end showed 'til = 2026-01-01, dager = -59'.
        var f = Renteberegner.ForklarForsinkelsesrente(Beloep.FraKroner(10_000), new(2026, 3, 1), new(2026, 6, 1), ForsinkelsesrenteTestdata.Tabell);
        f.Segmenter.Should().Equal(new Rentesegment(new(2026, 3, 1), new(2026, 6, 1), 92, Prosent.FraDesimal(12.25m), 365, true, 10_000m * 92 * 1225 / (10_000m * 365)) { Kildegrad = Engine.Satser.Kildegrad.Kunngjort });
        f.Resultat.Should().Be(new Renteresultat(Beloep.FraDesimal(308.77m), true, 92));
    }

    [Fact]
    public void Agreed_rate_segments_split_at_each_new_year_with_that_years_length()
    {
        var f = Renteberegner.ForklarAvtaltRente(Beloep.FraKroner(1_000), new(2023, 7, 1), new(2025, 3, 1), Prosent.FraHeleProsent(10));
        f.Segmenter.Select(s => (Iso(s.Fra), Iso(s.Til), s.Dager, s.Aarsdager, s.Antatt)).Should().Equal(
            ("2023-07-01", "2024-01-01", 184, 365, false),
            ("2024-01-01", "2025-01-01", 366, 366, false),
            ("2025-01-01", "2025-03-01", 59, 365, false));

        // 1000 · 10 % · (184/365 + 1 + 59/365) = 100 · 1.6657534… = 166.58 (one rounding)
        f.Resultat.Should().Be(new Renteresultat(Beloep.FraDesimal(166.58m), false, 609));
    }

    [Fact]
    public void A_result_exactly_at_the_largest_amount_is_given_and_one_øre_more_is_refused()
    {
        // 100 % for a whole 365-day year: the interest equals the principal, long.MaxValue øre exactly.
        var stoerst = Beloep.FraOere(long.MaxValue);
        Renteberegner.AvtaltRente(stoerst, new(2025, 1, 1), new(2026, 1, 1), Prosent.FraHeleProsent(100)).Rente.Should().Be(stoerst);
        var over = () => Renteberegner.AvtaltRente(stoerst, new(2025, 1, 1), new(2026, 1, 2), Prosent.FraHeleProsent(100));
        over.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Felt == "hovedstol" && f.Regel == "UGYLDIG_BELOEP");
    }

    [Fact]
    public void An_empty_period_through_Rente_is_zero_over_zero_days_for_every_kind_of_terms()
    {
        var d = new LocalDate(2024, 5, 1);
        var h = Beloep.FraKroner(1_000);
        var tabell = ForsinkelsesrenteTestdata.Tabell;
        var tom = new Renteresultat(Beloep.Null, false, 0);
        Renteberegner.Rente(h, d, d, Rentevilkaar.MedForsinkelsesrente(d), tabell).Should().Be(tom);
        Renteberegner.Rente(h, d, d, Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(8), d), tabell).Should().Be(tom);
        Renteberegner.Rente(h, d, d, Rentevilkaar.Ingen, tabell).Should().Be(tom);

        // Interest starting on or after 'til' is the empty period [til, til).
        Renteberegner.Rente(h, d, d.PlusDays(10), Rentevilkaar.MedForsinkelsesrente(d.PlusDays(10)), tabell).Should().Be(tom);
        Renteberegner.Rente(h, d, d.PlusDays(10), Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(8), d.PlusDays(30)), tabell).Should().Be(tom);

        // Without terms: no interest, but the days of the period are counted.
        Renteberegner.Rente(h, d, d.PlusDays(10), Rentevilkaar.Ingen, tabell).Should().Be(new Renteresultat(Beloep.Null, false, 10));
    }

    [Fact]
    public void Rente_starts_at_the_later_of_fra_and_renteFra()
    {
        var h = Beloep.FraKroner(1_000);
        var tabell = ForsinkelsesrenteTestdata.Tabell;
        var fra = new LocalDate(2024, 1, 1);
        var til = new LocalDate(2024, 12, 1);
        var renteFra = new LocalDate(2024, 6, 1);
        Renteberegner.Rente(h, fra, til, Rentevilkaar.MedForsinkelsesrente(renteFra), tabell)
            .Should().Be(Renteberegner.Forsinkelsesrente(h, renteFra, til, tabell));
        Renteberegner.Rente(h, renteFra, til, Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(8), fra), tabell)
            .Should().Be(Renteberegner.AvtaltRente(h, renteFra, til, Prosent.FraHeleProsent(8)));
    }
}
