using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Reference.Renter;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Renter;

public class RenteberegnerTests
{
    private static readonly EnkelTabell<Prosentverdi> Tabell = ForsinkelsesrenteTestdata.Tabell;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Spec_example_12_days_in_a_leap_year_at_12_50()
    {
        // SPEC § 5: 10 000 × 0.125 × 12/366 = 15 000/366 = 40.9836… → 40.98 kr.
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(10_000), D(2024, 6, 15), D(2024, 6, 27), Tabell);
        r.Rente.Should().Be(Beloep.FraDesimal(40.98m));
        r.Dager.Should().Be(12);
        r.Antatt.Should().BeFalse();
    }

    [Fact]
    public void Year_end_counts_365_then_366_days()
    {
        // Agreed 10 %, 100 000 kr, 2023-12-20 → 2024-01-10:
        //   2023-12-20..31 = 12 days: 100 000 × 0.10 × 12/365 = 328.767123…
        //   2024-01-01..09 =  9 days: 100 000 × 0.10 ×  9/366 = 245.901639…
        //   sum 574.668762… → 574.67 (one rounding). Counting 366 for all days would give 573.77.
        var r = Renteberegner.AvtaltRente(Beloep.FraKroner(100_000), D(2023, 12, 20), D(2024, 1, 10), Prosent.FraHeleProsent(10));
        r.Rente.Should().Be(Beloep.FraDesimal(574.67m));
        r.Dager.Should().Be(21);
    }

    [Fact]
    public void Year_end_and_rate_change_together_from_the_table()
    {
        // 100 000 kr, 2023-12-20 → 2024-01-10:
        //   12 days at 11.75 % / 365: 100 000 × 0.1175 × 12/365 = 386.301369…
        //    9 days at 12.50 % / 366: 100 000 × 0.1250 ×  9/366 = 307.377049…
        //   sum 693.678418… → 693.68
        var f = Renteberegner.ForklarForsinkelsesrente(Beloep.FraKroner(100_000), D(2023, 12, 20), D(2024, 1, 10), Tabell);
        f.Resultat.Rente.Should().Be(Beloep.FraDesimal(693.68m));
        f.Segmenter.Should().HaveCount(2);
        f.Segmenter[0].Should().Be(new Rentesegment(D(2023, 12, 20), D(2024, 1, 1), 12, Prosent.FraDesimal(11.75m), 365, false, f.Segmenter[0].UavrundetRente) { Kildegrad = Kildegrad.Kunngjort });
        f.Segmenter[1].Should().Be(new Rentesegment(D(2024, 1, 1), D(2024, 1, 10), 9, Prosent.FraDesimal(12.50m), 366, false, f.Segmenter[1].UavrundetRente) { Kildegrad = Kildegrad.Kunngjort }, "a table built in code without kildegrad vouches for published figures");
        f.Segmenter[0].UavrundetRente.Should().BeApproximately(386.301369m, 0.000001m);
        f.Forklaring.Regel.Should().Be(Renteregler.Forsinkelsesrente);
        f.Forklaring.Deler.Should().HaveCount(2);
    }

    [Fact]
    public void Leap_day_is_an_interest_day()
    {
        // 2024-02-28 → 2024-03-02: 28 Feb, 29 Feb, 1 Mar = 3 days. 36 600 × 0.125 × 3/366 = 37.50 exactly.
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_600), D(2024, 2, 28), D(2024, 3, 2), Tabell);
        r.Rente.Should().Be(Beloep.FraDesimal(37.50m));
        r.Dager.Should().Be(3);

        // 2023-02-28 → 2023-03-02: 28 Feb, 1 Mar = 2 days. 36 500 × 0.1075 × 2/365 = 21.50 exactly.
        var r2 = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_500), D(2023, 2, 28), D(2023, 3, 2), Tabell);
        r2.Rente.Should().Be(Beloep.FraDesimal(21.50m));
        r2.Dager.Should().Be(2);
    }

    [Fact]
    public void Rate_change_on_1_July()
    {
        // 36 500 kr, 2023-06-25 → 2023-07-05:
        //   25–30 June = 6 days at 10.75 %: 36 500 × 0.1075 × 6/365 = 64.50
        //   1–4 July   = 4 days at 11.75 %: 36 500 × 0.1175 × 4/365 = 47.00   → 111.50
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_500), D(2023, 6, 25), D(2023, 7, 5), Tabell);
        r.Rente.Should().Be(Beloep.FraDesimal(111.50m));
        r.Dager.Should().Be(10);
    }

    [Fact]
    public void Rate_change_on_1_January()
    {
        // 36 500 kr, 2022-12-27 → 2023-01-03:
        //   27–31 Dec 2022 = 5 days at 9.25 %:  36 500 × 0.0925 × 5/365 = 46.25
        //   1–2 Jan 2023   = 2 days at 10.75 %: 36 500 × 0.1075 × 2/365 = 21.50   → 67.75
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_500), D(2022, 12, 27), D(2023, 1, 3), Tabell);
        r.Rente.Should().Be(Beloep.FraDesimal(67.75m));
    }

    [Fact]
    public void Five_years_over_eleven_rate_periods_agrees_with_the_reference()
    {
        // 2019-03-15 → 2024-03-15 touches 11 half-year periods (2019H1 … 2024H1); 1 827 days (two 29 Februaries).
        var hovedstol = Beloep.FraDesimal(123_456.78m);
        var f = Renteberegner.ForklarForsinkelsesrente(hovedstol, D(2019, 3, 15), D(2024, 3, 15), Tabell);
        var reference = ReferanseRenter.Forsinkelsesrente(hovedstol.Kroner, D(2019, 3, 15), D(2024, 3, 15), Tabell);

        f.Segmenter.Should().HaveCount(11);
        f.Resultat.Dager.Should().Be(1827);
        f.Resultat.Rente.Kroner.Should().Be(reference.Rente);
        Renteberegner.Forsinkelsesrente(hovedstol, D(2019, 3, 15), D(2024, 3, 15), Tabell).Should().Be(f.Resultat);
    }

    [Fact]
    public void Past_the_last_known_day_the_last_rate_is_carried_forward_and_flagged()
    {
        // 36 500 kr, 2025-12-20 → 2026-01-10: 12 days of 2025 (known, 12.25 %) + 9 days of 2026 (assumed 12.25 %),
        // both years 365 days: 36 500 × 0.1225 × 21/365 = 257.25.
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_500), D(2025, 12, 20), D(2026, 1, 10), Tabell);
        r.Rente.Should().Be(Beloep.FraDesimal(257.25m));
        r.Antatt.Should().BeTrue();

        // Up to and including 2025-12-31 (til exclusive 2026-01-01) everything is known.
        Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_500), D(2025, 12, 20), D(2026, 1, 1), Tabell).Antatt.Should().BeFalse();

        // Wholly after the table.
        var senere = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(36_500), D(2027, 1, 1), D(2027, 1, 11), Tabell);
        senere.Antatt.Should().BeTrue();
        senere.Rente.Should().Be(Beloep.FraDesimal(122.50m)); // 36 500 × 0.1225 × 10/365
    }

    [Fact]
    public void Agreed_rate_21_99()
    {
        // 10 000 kr, 2025-01-01 → 2025-04-01 = 31 + 28 + 31 = 90 days: 10 000 × 0.2199 × 90/365 = 542.219178… → 542.22
        var r = Renteberegner.AvtaltRente(Beloep.FraKroner(10_000), D(2025, 1, 1), D(2025, 4, 1), Prosent.FraDesimal(21.99m));
        r.Should().Be(new Renteresultat(Beloep.FraDesimal(542.22m), false, 90));
    }

    [Fact]
    public void Only_one_rounding_over_all_segments()
    {
        // 1 000 kr, 2023-06-30 → 2023-07-02: one day at 10.75 %, one at 11.75 %, year of 365 days.
        //   per segment: 1 000 × 0.1075/365 = 0.294520… and 1 000 × 0.1175/365 = 0.321917…
        //   rounded per segment: 0.29 + 0.32 = 0.61; exact sum 1 000 × 0.225/365 = 0.616438… → 0.62.
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), D(2023, 6, 30), D(2023, 7, 2), Tabell);
        r.Rente.Should().Be(Beloep.FraDesimal(0.62m));
    }

    [Fact]
    public void Half_an_oere_rounds_away_from_zero()
    {
        // 1 825 øre (18.25 kr) at 10 % for 1 day of 2023: 1 825 × 0.10 / 365 = 0.5 øre exactly → rounds up to 1 øre.
        var r = Renteberegner.AvtaltRente(Beloep.FraOere(1_825), D(2023, 3, 1), D(2023, 3, 2), Prosent.FraHeleProsent(10));
        r.Rente.Should().Be(Beloep.FraOere(1));
    }

    [Fact]
    public void Equal_dates_give_no_interest_and_need_no_rate()
    {
        var r = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), D(2000, 1, 1), D(2000, 1, 1), Tabell);
        r.Should().Be(new Renteresultat(Beloep.Null, false, 0));
    }

    [Fact]
    public void Til_before_fra_is_refused_naming_the_field()
    {
        var act = () => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), D(2024, 1, 10), D(2024, 1, 9), Tabell);
        var feil = act.Should().Throw<UgyldigInndataException>().Which.Feil;
        feil.Should().ContainSingle().Which.Felt.Should().Be("til");

        var act2 = () => Renteberegner.AvtaltRente(Beloep.FraKroner(-1), D(2024, 1, 10), D(2024, 1, 9), Prosent.FraHeleProsent(5));
        act2.Should().Throw<UgyldigInndataException>().Which.Feil.Select(f => f.Felt).Should().BeEquivalentTo("hovedstol", "til");
    }

    [Theory]
    [InlineData(Rentetype.Ingen)]
    [InlineData(Rentetype.Forsinkelsesrente)]
    [InlineData(Rentetype.Avtalt)]
    public void Til_before_fra_is_refused_also_with_a_claims_interest_terms(Rentetype type)
    {
        // [2024-01-10, 2024-01-09) is not a period, whatever the interest start (before fra, between, after fra):
        // the start must not be clamped into an empty period that hides the error.
        foreach (var renteFra in new[] { D(2023, 1, 1), D(2024, 1, 10), D(2025, 1, 1) })
        {
            var vilkaar = new Rentevilkaar(type, type == Rentetype.Avtalt ? Prosent.FraHeleProsent(5) : Prosent.Null, type == Rentetype.Ingen ? null : renteFra);
            var act = () => Renteberegner.Rente(Beloep.FraKroner(1_000), D(2024, 1, 10), D(2024, 1, 9), vilkaar, Tabell);
            act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
                .Which.Should().Match<Valideringsfeil>(f => f.Felt == "til" && f.Regel == "UGYLDIG_PERIODE" && f.Verdi == "2024-01-09");
        }
    }

    [Fact]
    public void An_unknown_interest_type_is_a_validation_error()
    {
        foreach (var renteFra in new LocalDate?[] { D(2023, 1, 1), null })
        {
            var act = () => Renteberegner.Rente(Beloep.FraKroner(1_000), D(2024, 1, 1), D(2024, 2, 1), new Rentevilkaar((Rentetype)99, Prosent.Null, renteFra), Tabell);
            act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
                .Which.Should().Match<Valideringsfeil>(f => f.Felt == "rentevilkaar.type" && f.Regel == "UGYLDIG_RENTEVILKAAR" && f.Verdi == "99");
        }
    }

    [Fact]
    public void Dates_before_year_1_are_a_validation_error_naming_the_field()
    {
        // The engine counts days from 0001-01-01 (ISO); NodaTime can hold earlier years, the engine cannot.
        var foer = new LocalDate(0, 12, 31);
        var fraFoer = () => Renteberegner.AvtaltRente(Beloep.FraKroner(1_000), foer, D(1, 1, 10), Prosent.FraHeleProsent(5));
        fraFoer.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "fra" && f.Regel == "UGYLDIG_DATO" && f.Verdi == "0000-12-31");
        var begge = () => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), new LocalDate(-5, 1, 1), foer, Tabell);
        begge.Should().Throw<UgyldigInndataException>().Which.Feil.Select(f => f.Felt).Should().Equal("fra", "til");
        var rente = () => Renteberegner.Rente(Beloep.FraKroner(1_000), foer, D(1, 1, 10), Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(5), foer), Tabell);
        rente.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("fra");

        // 0001-01-01 is the first day the engine counts: 36 500 kr at 10 % for 0001-01-01 → 0001-01-11 (10 days, year 1
        // has 365): 36 500 × 0.10 × 10/365 = 100.00.
        Renteberegner.AvtaltRente(Beloep.FraKroner(36_500), D(1, 1, 1), D(1, 1, 11), Prosent.FraHeleProsent(10)).Rente
            .Should().Be(Beloep.FraKroner(100));
    }

    [Fact]
    public void Interest_larger_than_an_amount_can_hold_is_a_validation_error()
    {
        // long.MaxValue øre at 100 % for two years is twice what a Beloep can hold.
        var act = () => Renteberegner.AvtaltRente(Beloep.FraOere(long.MaxValue), D(2023, 1, 1), D(2025, 1, 1), Prosent.FraHeleProsent(100));
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "hovedstol" && f.Regel == "UGYLDIG_BELOEP");
    }

    [Fact]
    public void Before_the_first_period_the_rate_is_missing()
    {
        var act = () => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), D(2009, 12, 31), D(2010, 1, 5), Tabell);
        act.Should().Throw<SatserManglerException>().Which.Dato.Should().Be(D(2009, 12, 31));
    }

    [Fact]
    public void A_gap_in_the_table_is_never_bridged()
    {
        var medHull = ForsinkelsesrenteTestdata.Lag([("2024-01-01", "2024-06-30", 12.50m), ("2024-08-01", "2024-12-31", 12.50m)]);
        var act = () => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), D(2024, 6, 1), D(2024, 9, 1), medHull);
        act.Should().Throw<SatserManglerException>().Which.Dato.Should().Be(D(2024, 7, 1));
    }

    [Fact]
    public void Large_amounts_over_long_periods_do_not_overflow()
    {
        // 10 000 000 000 kr at 21.99 % for the 365 days of 2025: 10^10 × 0.2199 = 2 199 000 000.00 kr.
        var r = Renteberegner.AvtaltRente(Beloep.FraKroner(10_000_000_000), D(2025, 1, 1), D(2026, 1, 1), Prosent.FraDesimal(21.99m));
        r.Rente.Should().Be(Beloep.FraKroner(2_199_000_000));
    }

    [Fact]
    public void The_last_year_of_the_calendar_is_counted_without_stepping_past_it()
    {
        // 36 500 kr at 10 % over 9999-12-01 → 9999-12-31 (30 days, 9999 has 365): 36 500 × 0.10 × 30/365 = 300.00.
        var r = Renteberegner.AvtaltRente(Beloep.FraKroner(36_500), D(9999, 12, 1), D(9999, 12, 31), Prosent.FraHeleProsent(10));
        r.Rente.Should().Be(Beloep.FraKroner(300));
    }

    [Fact]
    public void A_claims_interest_terms_choose_the_rate_and_the_start()
    {
        var hovedstol = Beloep.FraKroner(36_500);

        // No interest: 0 kr, but the days are still counted.
        Renteberegner.Rente(hovedstol, D(2023, 6, 25), D(2023, 7, 5), Rentevilkaar.Ingen, Tabell)
            .Should().Be(new Renteresultat(Beloep.Null, false, 10));

        // Forsinkelsesrente from 2023-07-01 inside [2023-06-25, 2023-07-05): only 1–4 July, 4 days at 11.75 % = 47.00.
        Renteberegner.Rente(hovedstol, D(2023, 6, 25), D(2023, 7, 5), Rentevilkaar.MedForsinkelsesrente(D(2023, 7, 1)), Tabell)
            .Should().Be(new Renteresultat(Beloep.FraDesimal(47.00m), false, 4));

        // Agreed 10 % from before the period: the whole period, 10 days: 36 500 × 0.10 × 10/365 = 100.00.
        Renteberegner.Rente(hovedstol, D(2023, 6, 25), D(2023, 7, 5), Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), D(2020, 1, 1)), Tabell)
            .Rente.Should().Be(Beloep.FraKroner(100));

        // Interest starting after the period: nothing.
        Renteberegner.Rente(hovedstol, D(2023, 6, 25), D(2023, 7, 5), Rentevilkaar.MedForsinkelsesrente(D(2024, 1, 1)), Tabell)
            .Should().Be(new Renteresultat(Beloep.Null, false, 0));

        var utenFra = () => Renteberegner.Rente(hovedstol, D(2023, 6, 25), D(2023, 7, 5), new Rentevilkaar(Rentetype.Forsinkelsesrente, Prosent.Null, null), Tabell);
        utenFra.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("rentevilkaar.renteFra");
    }

    [Fact]
    public void Forsinkelsesrente_allocates_nothing()
    {
        var hovedstol = Beloep.FraKroner(100_000);
        var fra = D(2019, 3, 15);
        var til = D(2024, 3, 15);
        var vilkaar = Rentevilkaar.MedForsinkelsesrente(fra);
        Renteresultat r = default;
        for (var i = 0; i < 100; i++)
        {
            r = Renteberegner.Forsinkelsesrente(hovedstol, fra, til, Tabell);
            r = Renteberegner.Rente(hovedstol, fra, til, vilkaar, Tabell);
            r = Renteberegner.AvtaltRente(hovedstol, fra, til, Prosent.FraDesimal(21.99m));
        }

        var allokert = Allokering.Minst(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                r = Renteberegner.Forsinkelsesrente(hovedstol, fra, til, Tabell);
                r = Renteberegner.Rente(hovedstol, fra, til, vilkaar, Tabell);
                r = Renteberegner.AvtaltRente(hovedstol, fra, til, Prosent.FraDesimal(21.99m));
            }
        });

        allokert.Should().Be(0);
        r.Dager.Should().Be(1827);
    }
}
