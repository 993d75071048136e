using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Reference.Trekkberegning;
using Utleggstrekk.Satser.Csv;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// Kildegrad (SPEC §3, issue 17): each figure's grade is loaded from its row, and a result lists a table under
/// <c>avledet</c> exactly when a derived figure of it was used: per livsopphold category, per samvær class and age
/// band, per trekkgrense; the engine, the reference and the portfolio run agree.
/// </summary>
public class KildegradTests
{
    private static readonly Satsgrunnlag Innebygde = SatserLaster.LastInnebygde();

    [Fact]
    public void The_embedded_rows_carry_the_grade_of_their_source()
    {
        var livs = Innebygde.Livsopphold;
        Grad(livs, new LocalDate(2022, 7, 1)).Should().Be(Kildegrad.Kunngjort, "regjeringen.no");
        Grad(livs, new LocalDate(2024, 7, 1)).Should().Be(Kildegrad.Sekundaer, "debitnor.no; trondheim.kommune.no");
        Grad(livs, new LocalDate(2025, 7, 1)).Should().Be(Kildegrad.Avledet, "2024 × KPI 3.0 %");
        var i = livs.Tidsserie.Finn(new LocalDate(2025, 7, 1), false, out _);
        livs.AvledetMaske(i).Should().Be(Enum.GetValues<LivsoppholdKategori>().Where(k => k != LivsoppholdKategori.Barn11Pluss).Aggregate(0, (m, k) => m | LivsoppholdTabell.Bit(k)));
        livs.AvledetMaske(i - 1).Should().Be(0);

        Innebygde.Forsinkelsesrente.TryFinn(new LocalDate(2024, 8, 1), false, out var rente, out _).Should().BeTrue();
        rente.Kildegrad.Should().Be(Kildegrad.Avledet, "Norges Bank's policy rate + 8 pp");
        Innebygde.Forsinkelsesrente.TryFinn(new LocalDate(2026, 3, 1), false, out rente, out _).Should().BeTrue();
        (rente.Prosent, rente.Kildegrad).Should().Be((Prosent.FraDesimal(12.00m), Kildegrad.Sekundaer));
        Innebygde.Samvaer.Kildegrad(Innebygde.Samvaer.Perioder.Count - 1, 2, 1).Should().Be(Kildegrad.Sekundaer);
        Innebygde.Trekkgrenser.TryFinn(Trekkgrense.TakNormal, new LocalDate(2025, 1, 1), out var tak).Should().BeTrue();
        tak.Kildegrad.Should().Be(Kildegrad.Kunngjort, "Retningslinje pkt. 5.4");
    }

    [Fact]
    public void Interest_over_a_derived_half_year_is_avledet_and_over_a_published_one_is_not()
    {
        var rente = Innebygde.Forsinkelsesrente;
        Renteberegner.Forsinkelsesrente(Beloep.FraKroner(10_000), new LocalDate(2026, 1, 1), new LocalDate(2026, 7, 1), rente).Avledet.Should().BeFalse();
        Renteberegner.Forsinkelsesrente(Beloep.FraKroner(10_000), new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 2), rente).Avledet.Should().BeTrue("one day of 2025-07-01 – 2025-12-31");
        Renteberegner.AvtaltRente(Beloep.FraKroner(10_000), new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 1), Prosent.FraHeleProsent(10)).Avledet.Should().BeFalse("an agreed rate is not a table figure");
    }

    [Theory]
    [InlineData(null, AvledetSats.Ingen)]
    [InlineData(3, AvledetSats.Ingen)] // barn_0_5 is published
    [InlineData(16, AvledetSats.Livsopphold)] // barn_15_pluss is derived
    [InlineData(19, AvledetSats.Ingen)] // 19 and not in videregående: not counted, so its band is not used
    public void Only_a_derived_category_the_household_uses_counts(int? alder, AvledetSats forventet)
    {
        var satser = Med(livsoppholdAvledet: [LivsoppholdKategori.Barn15Pluss]);
        var barn = alder is { } a ? [new Barn(Dato.PlusYears(-a).PlusDays(-10))] : System.Collections.Immutable.ImmutableArray<Barn>.Empty;
        SammeOveralt(Enslig(barn: barn) with { Boutgift = Kr(5_000) }, satser).Should().Be(forventet);
    }

    [Fact]
    public void The_adults_category_counts_for_single_and_couple_separately()
    {
        var satser = Med(livsoppholdAvledet: [LivsoppholdKategori.ParPerPerson]);
        SammeOveralt(SpecEksempel(), satser).Should().Be(AvledetSats.Ingen);
        SammeOveralt(Par(Kostnadsdeling.Halvpart, 30_000), satser).Should().Be(AvledetSats.Livsopphold);
    }

    [Fact]
    public void A_samvaer_figure_counts_per_class_and_age_band()
    {
        // Class 3, band 6–10 derived; class 2 and class 3 for other ages published.
        var satser = Med(samvaerAvledet: (3, 1));
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-8), 2)]), satser).Should().Be(AvledetSats.Ingen);
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-3), 3)]), satser).Should().Be(AvledetSats.Ingen);
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-8), 3)]), satser).Should().Be(AvledetSats.Samvaer);
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-19), 3)]), satser).Should().Be(AvledetSats.Ingen, "no add-on from 18");
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-8), 3), new Samvaersbarn(Dato.PlusYears(-9), 3)]), satser)
            .Should().Be(AvledetSats.Samvaer, "two children at a derived figure mark it once, not twice");
    }

    [Fact]
    public void A_derived_trekkgrense_the_case_does_not_use_is_not_counted()
    {
        // The check runs whenever some trekkgrense of the day is derived: only those the case uses may count.
        var naering = Med(grenseAvledet: Trekkgrense.NaeringSkjematisk);
        SammeOveralt(SpecEksempel(), naering).Should().Be(AvledetSats.Ingen, "no skjematisk næring in the case");
        SammeOveralt(Enslig(barn: [new Barn(Dato.PlusYears(-3)), new Barn(Dato.PlusYears(-5)), new Barn(Dato.PlusYears(-7))]), naering)
            .Should().Be(AvledetSats.Ingen, "the 4th-person cut is used, but its figure is published");
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-3), 1), new Samvaersbarn(Dato.PlusYears(-5), 1), new Samvaersbarn(Dato.PlusYears(-7), 1)]), naering)
            .Should().Be(AvledetSats.Ingen, "the cut from the 3rd samvær child is used, but its figure is published");

        var fjerde = Med(grenseAvledet: Trekkgrense.ReduksjonFraFjerdePerson);
        SammeOveralt(Enslig(barn: [new Barn(Dato.PlusYears(-3)), new Barn(Dato.PlusYears(-5)), new Barn(Dato.PlusYears(-19))]), fjerde)
            .Should().Be(AvledetSats.Ingen, "a child of 19 not in school does not count: three persons, no cut");

        var tredje = Med(grenseAvledet: Trekkgrense.ReduksjonSamvaerFraTredjeBarn);
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-3), 1), new Samvaersbarn(Dato.PlusYears(-5), 1), new Samvaersbarn(Dato.PlusYears(-19), 1)]), tredje)
            .Should().Be(AvledetSats.Ingen, "a samvær child of 19 gets no add-on: two children, no cut");
    }

    [Fact]
    public void A_trekkgrense_counts_when_the_case_uses_it()
    {
        var normal = Med(grenseAvledet: Trekkgrense.TakNormal);
        SammeOveralt(SpecEksempel(), normal).Should().Be(AvledetSats.Trekkgrenser, "the ceiling is always applied");
        SammeOveralt(Par(Kostnadsdeling.Halvpart, 30_000, tak: Takregel.Utvidet), normal).Should().Be(AvledetSats.Ingen, "the 80 % ceiling is used instead");

        var fjerde = Med(grenseAvledet: Trekkgrense.ReduksjonFraFjerdePerson);
        SammeOveralt(Enslig(barn: [new Barn(Dato.PlusYears(-3)), new Barn(Dato.PlusYears(-5))]), fjerde).Should().Be(AvledetSats.Ingen, "three persons: no cut");
        SammeOveralt(Enslig(barn: [new Barn(Dato.PlusYears(-3)), new Barn(Dato.PlusYears(-5)), new Barn(Dato.PlusYears(-7))]), fjerde).Should().Be(AvledetSats.Trekkgrenser);

        var tredje = Med(grenseAvledet: Trekkgrense.ReduksjonSamvaerFraTredjeBarn);
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-3), 1), new Samvaersbarn(Dato.PlusYears(-5), 1)]), tredje).Should().Be(AvledetSats.Ingen);
        SammeOveralt(Enslig(samvaersbarn: [new Samvaersbarn(Dato.PlusYears(-3), 1), new Samvaersbarn(Dato.PlusYears(-5), 1), new Samvaersbarn(Dato.PlusYears(-7), 1)]), tredje).Should().Be(AvledetSats.Trekkgrenser);
    }

    [Fact]
    public void The_trace_names_the_grade_and_the_derived_tables()
    {
        var satser = Med(livsoppholdAvledet: [LivsoppholdKategori.Enslig]);
        var (resultat, forklaring) = Trekkberegner.Forklar(SpecEksempel(), satser);
        resultat.Avledet.Should().Be(AvledetSats.Livsopphold);
        forklaring.Fakta.Should().Contain(new Faktum("avledet", "Livsopphold"));
        forklaring.Deler[0].Fakta.Should().Contain(new Faktum("kildegrad", "avledet"));
    }

    /// <summary>The engine's flags, checked against the reference and the portfolio run.</summary>
    private static AvledetSats SammeOveralt(Trekksak sak, Satsgrunnlag satser)
    {
        var motor = Trekkberegner.Beregn(sak, satser);
        ReferanseTrekkberegner.Beregn(sak, satser).Avledet.Should().Be(motor.Avledet, "the reference must agree");
        var bygger = new Trekkportefoeljebygger();
        bygger.LeggTil(sak);
        var rader = new Portefoeljeresultat[1];
        Portefoeljeberegner.Beregn(bygger.Bygg(), satser, rader);
        rader[0].Avledet.Should().Be(motor.Avledet, "the portfolio run must agree");
        return motor.Avledet;
    }

    private static Kildegrad Grad(LivsoppholdTabell tabell, LocalDate dato) =>
        tabell.Kildegrad(tabell.Tidsserie.Finn(dato, false, out _), LivsoppholdKategori.Enslig);

    /// <summary>The test fixture with some figures marked derived (never legal figures; only the grades change).</summary>
    private static Satsgrunnlag Med(LivsoppholdKategori[]? livsoppholdAvledet = null, (int Klasse, int Band)? samvaerAvledet = null, Trekkgrense? grenseAvledet = null)
    {
        var s = TestSatser.Standard;
        var livs = LivsoppholdTabell.Lag([.. s.Livsopphold.Perioder.Select(p => p with
        {
            Kildegrader = Enum.GetValues<LivsoppholdKategori>().ToDictionary(k => k, k => livsoppholdAvledet?.Contains(k) == true ? Kildegrad.Avledet : Kildegrad.Kunngjort),
        })]);
        var samvaer = SamvaerTabell.Lag([.. s.Samvaer.Perioder.Select(p => p with
        {
            Satser = [.. p.Satser.Select((v, i) => samvaerAvledet is { } sa && i == SamvaerTabell.Indeks(sa.Klasse, sa.Band) ? v with { Kildegrad = Kildegrad.Avledet } : v)],
        })]);
        var grenser = TrekkgrenserTabell.Lag(Enum.GetValues<Trekkgrense>().ToDictionary(
            g => g,
            g => (IReadOnlyList<Periodeverdi<Prosentverdi>>)[.. s.Trekkgrenser[g].Perioder.Select(p => g == grenseAvledet ? p with { Verdi = p.Verdi with { Kildegrad = Kildegrad.Avledet } } : p)]));
        return new Satsgrunnlag(s.Versjon, s.Tabellversjoner, livs, samvaer, s.Forsinkelsesrente, s.Rettsgebyr, grenser);
    }
}
