using NodaTime;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>
/// A rate the case needs and the tables lack is refused with the table and the parameter named; a rate the case does
/// not need (a reduction nobody gets, the 80 % ceiling under the normal rule, the næring rule when it is not chosen)
/// may be missing. Also the argument checks of the public entry points.
/// </summary>
public class SatsmangelTests
{
    private static readonly LocalDate Fra2020 = new(2020, 1, 1);
    private static readonly LocalDate Fra2026 = new(2026, 1, 1);

    /// <summary>The standard fixture with the named trekkgrenser starting only in 2026 (after every case's date).</summary>
    private static Satsgrunnlag Uten(params Trekkgrense[] mangler) =>
        MedGrenser("uten", g => (mangler.Contains(g) ? Fra2026 : Fra2020, null));

    /// <summary>
    /// The standard fixture whose trekkgrenser each have one period, <c>[fra, til)</c> as <paramref name="periode"/>
    /// gives it, with the standard value.
    /// </summary>
    private static Satsgrunnlag MedGrenser(string versjon, Func<Trekkgrense, (LocalDate Fra, LocalDate? Til)> periode)
    {
        var s = TestSatser.Standard;
        var grenser = Enumerable.Range(0, TrekkgrenserTabell.Parameternavn.Count).Select(g => (Trekkgrense)g).ToDictionary(
            g => g,
            g => (IReadOnlyList<Periodeverdi<Prosentverdi>>)[new Periodeverdi<Prosentverdi>(periode(g).Fra, periode(g).Til, s.Trekkgrenser[g].Perioder[^1].Verdi)]);
        return new Satsgrunnlag(versjon, s.Tabellversjoner, s.Livsopphold, s.Samvaer, s.Forsinkelsesrente, s.Rettsgebyr, TrekkgrenserTabell.Lag(grenser));
    }

    [Fact]
    public void The_entry_points_name_a_null_argument()
    {
        FluentActions.Invoking(() => Trekkberegner.Forklar(null!, TestSatser.Standard)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("sak");
        FluentActions.Invoking(() => Trekkberegner.Forklar(SpecEksempel(), null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("satser");
        FluentActions.Invoking(() => Trekkberegner.Valider(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("sak");
    }

    [Theory]
    [InlineData(Trekkgrense.TakMaks, "tak_maks_prosent_av_brutto")]
    [InlineData(Trekkgrense.NaeringSkjematisk, "naering_skjematisk_prosent_av_brutto")]
    [InlineData(Trekkgrense.ReduksjonFraFjerdePerson, "reduksjon_fra_fjerde_person_prosent")]
    [InlineData(Trekkgrense.ReduksjonSamvaerFraTredjeBarn, "reduksjon_samvaer_fra_tredje_barn_prosent")]
    public void A_trekkgrense_the_case_needs_is_refused_by_name_and_never_assumed(Trekkgrense grense, string navn)
    {
        // The case needs every parameter: the 80 % ceiling, the næring rule, four persons, three samvær children.
        var sak = Spec12Husstand() with
        {
            Tak = Takregel.Utvidet,
            TakBegrunnelse = TakBegrunnelse,
            Naeringsinntekt = true,
            NaeringSkjematisk = true,
            Samvaersbarn = [.. Spec12Husstand().Samvaersbarn, new Samvaersbarn(new LocalDate(2012, 1, 1), 1)],
        };
        foreach (var beregn in new Action[]
        {
            () => Trekkberegner.Beregn(sak, Uten(grense), new Beregningsvalg(TillatAntatteSatser: true)),
            () => Trekkberegner.Forklar(sak, Uten(grense)),
        })
        {
            var unntak = beregn.Should().Throw<SatserManglerException>().Which;
            (unntak.Tabell, unntak.Detalj, unntak.Mangel).Should().Be(("trekkgrenser", navn, Satsmangel.FoerFoerstePeriode));
        }

        Trekkberegner.Beregn(sak, Uten()).TrekkPerMaaned.Should().BeGreaterThan(Engine.Felles.Beloep.Null, "the same case with every parameter is computed");
    }

    [Fact]
    public void A_trekkgrense_the_case_does_not_need_may_be_missing()
    {
        // Two adults and one child (no fourth person), one samvær child (no third), the normal ceiling, no næring rule.
        var sak = Par(Kostnadsdeling.Forholdsmessig, 20_000) with
        {
            Barn = [new Barn(new LocalDate(2020, 1, 1))],
            Samvaersbarn = [new Samvaersbarn(new LocalDate(2015, 1, 1), 2)],
        };
        var uten = Uten(Trekkgrense.TakMaks, Trekkgrense.NaeringSkjematisk, Trekkgrense.ReduksjonFraFjerdePerson, Trekkgrense.ReduksjonSamvaerFraTredjeBarn);
        Trekkberegner.Beregn(sak, uten).Should().Be(Trekkberegner.Beregn(sak, TestSatser.Standard) with { SatserVersjon = "uten" });
    }

    [Fact]
    public void Samvaer_after_its_last_known_day_is_refused_unless_assumed_rates_are_allowed()
    {
        // Samvær known only until 2024-06-30, livsopphold until 2025-06-30; the case is of 2025-03-01.
        var s = TestSatser.Standard;
        var kortSamvaer = new Satsgrunnlag("kort", s.Tabellversjoner, s.Livsopphold, SamvaerTabell.Lag([s.Samvaer.Perioder[0]]), s.Forsinkelsesrente, s.Rettsgebyr, s.Trekkgrenser);
        var sak = Enslig(samvaersbarn: [new Samvaersbarn(new LocalDate(2015, 1, 1), 2)]);

        var unntak = FluentActions.Invoking(() => Trekkberegner.Beregn(sak, kortSamvaer)).Should().Throw<SatserManglerException>().Which;
        (unntak.Tabell, unntak.Detalj, unntak.Mangel, unntak.SistKjenteDag).Should().Be(("samvaer", "samværstillegg", Satsmangel.EtterSistKjenteDag, (LocalDate?)new LocalDate(2024, 6, 30)));
        unntak.Message.Should().Contain("Tillat antatte satser eksplisitt");

        var antatt = Trekkberegner.Beregn(sak, kortSamvaer, new Beregningsvalg(TillatAntatteSatser: true));
        antatt.Antatt.Should().Be(AntattSats.Samvaer);
    }

    [Fact]
    public void Livsopphold_and_a_trekkgrense_past_their_end_name_the_table_and_say_whether_they_can_be_assumed()
    {
        var s = TestSatser.Standard;
        var sak = SpecEksempel() with { Beregningsdato = new LocalDate(2025, 8, 1) };
        var livs = FluentActions.Invoking(() => Trekkberegner.Beregn(sak, s)).Should().Throw<SatserManglerException>().Which;
        (livs.Tabell, livs.Detalj, livs.Mangel).Should().Be(("livsopphold", "livsoppholdssatser", Satsmangel.EtterSistKjenteDag));
        livs.Message.Should().Contain("Tillat antatte satser eksplisitt");

        // tak_normal known only until 2025-06-30: never carried forward, even when assumed rates are allowed.
        var kort = MedGrenser("kort", g => (Fra2020, g == Trekkgrense.TakNormal ? new LocalDate(2025, 7, 1) : null));
        var tak = FluentActions.Invoking(() => Trekkberegner.Beregn(sak, kort, new Beregningsvalg(TillatAntatteSatser: true))).Should().Throw<SatserManglerException>().Which;
        (tak.Tabell, tak.Detalj, tak.Mangel).Should().Be(("trekkgrenser", "tak_normal_prosent_av_brutto", Satsmangel.EtterSistKjenteDag));
        tak.Message.Should().Contain("føres aldri videre med antatte satser");
    }
}
