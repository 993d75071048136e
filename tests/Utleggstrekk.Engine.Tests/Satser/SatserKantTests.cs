using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// Tables built in code: every argument check of the table factories (a broken table is refused whole, with the
/// parameter named), the age limits of the livsopphold and samvær bands at their edges, and what a
/// <see cref="SatserManglerException"/> says about why a figure is missing.
/// </summary>
public class SatserKantTests
{
    private static readonly LocalDate A = new(2024, 1, 1);
    private static readonly LocalDate B = new(2025, 1, 1);
    private static readonly LocalDate C = new(2026, 1, 1);

    [Theory]
    [InlineData(0, LivsoppholdKategori.Barn0Til5)]
    [InlineData(5, LivsoppholdKategori.Barn0Til5)]
    [InlineData(6, LivsoppholdKategori.Barn6Til10)]
    [InlineData(10, LivsoppholdKategori.Barn6Til10)]
    [InlineData(11, LivsoppholdKategori.Barn11Til14)]
    [InlineData(14, LivsoppholdKategori.Barn11Til14)]
    [InlineData(15, LivsoppholdKategori.Barn15Pluss)]
    public void A_child_is_in_the_livsopphold_band_of_its_whole_years_at_both_edges(int alder, LivsoppholdKategori kategori)
    {
        var satser = new LivsoppholdSatser(
            Beloep.FraKroner(1), Beloep.FraKroner(2), Beloep.FraKroner(3), Beloep.FraKroner(4), Beloep.FraKroner(5), Beloep.FraKroner(6), EttBandFra11: false);
        satser.KategoriForBarn(alder).Should().Be(kategori);
        var forventet = kategori switch
        {
            LivsoppholdKategori.Barn0Til5 => 3,
            LivsoppholdKategori.Barn6Til10 => 4,
            LivsoppholdKategori.Barn11Til14 => 5,
            _ => 6,
        };
        satser.ForBarn(alder).Should().Be(Beloep.FraKroner(forventet));
        SamvaerTabell.Aldersband(alder).Should().Be(forventet - 3, "the samvær bands have the same edges");

        var ettBand = satser with { EttBandFra11 = true };
        ettBand.KategoriForBarn(alder).Should().Be(alder >= 11 ? LivsoppholdKategori.Barn11Pluss : kategori);
    }

    [Fact]
    public void Every_table_factory_refuses_null()
    {
        FluentActions.Invoking(() => EnkelTabell<Satsverdi>.Lag(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("perioder");
        FluentActions.Invoking(() => LivsoppholdTabell.Lag(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("perioder");
        FluentActions.Invoking(() => SamvaerTabell.Lag(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("perioder");
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parametre");
        FluentActions.Invoking(() => Tidsserie.Lag(null!, [null])).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("fra");
        FluentActions.Invoking(() => Tidsserie.Lag([A], null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("til");
        FluentActions.Invoking(() => new SamvaerPeriode(A, null, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("satser");
        var satser = TestSatser.Standard.Livsopphold.Perioder[0];
        FluentActions.Invoking(() => satser with { Kilder = null! }).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("kilder");
    }

    [Fact]
    public void A_satser_set_needs_a_version()
    {
        var s = TestSatser.Standard;
        foreach (var versjon in new[] { null, "", " " })
        {
            FluentActions.Invoking(() => new Satsgrunnlag(versjon!, s.Tabellversjoner, s.Livsopphold, s.Samvaer, s.Forsinkelsesrente, s.Rettsgebyr, s.Trekkgrenser))
                .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("versjon");
        }
    }

    [Fact]
    public void A_series_is_refused_with_the_period_and_the_reason()
    {
        FluentActions.Invoking(() => Tidsserie.Lag([A, B], [B])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "til" && e.Message.StartsWith("fra and til must have the same length.", StringComparison.Ordinal));
        FluentActions.Invoking(() => Tidsserie.Lag([], [])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "fra" && e.Message.StartsWith("A table needs at least one period.", StringComparison.Ordinal));
        FluentActions.Invoking(() => Tidsserie.Lag([A, B], [B, B])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "til" && e.Message.StartsWith("Period 1: til 2025-01-01 is not after fra 2025-01-01.", StringComparison.Ordinal));
        FluentActions.Invoking(() => Tidsserie.Lag([A, B], [null, C])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "til" && e.Message.StartsWith("Period 0: only the last period may be open.", StringComparison.Ordinal));
        FluentActions.Invoking(() => Tidsserie.Lag([A, B, A.PlusDays(10)], [B, C, B])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "fra" && e.Message.StartsWith("Period 2: fra 2024-01-11 overlaps or precedes period 1.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_samvaer_period_needs_16_values_and_a_lookup_a_class_1_to_4_and_a_band_0_to_3()
    {
        var femten = Enumerable.Range(0, 15).Select(i => new Satsverdi(Beloep.FraKroner(i), "test")).ToArray();
        FluentActions.Invoking(() => SamvaerTabell.Lag([new SamvaerPeriode(A, null, femten)])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "perioder" && e.Message.StartsWith("Samvær period from 2024-01-01 must have 16 values.", StringComparison.Ordinal));

        var tabell = TestSatser.Standard.Samvaer;
        tabell.Sats(0, 4, 3).Should().Be(Beloep.FraKroner(3507), "class 4, 15 years and over, 2023-07");
        tabell.Sats(0, 1, 0).Should().Be(Beloep.FraKroner(305));
        foreach (var (klasse, band, navn) in new[] { (0, 0, "samvaersklasse"), (5, 0, "samvaersklasse"), (1, -1, "aldersband"), (1, 4, "aldersband") })
        {
            FluentActions.Invoking(() => tabell.Sats(0, klasse, band)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(navn);
        }
    }

    [Fact]
    public void A_trekkgrenser_table_without_every_parameter_is_refused_naming_the_missing_one()
    {
        var alle = Enumerable.Range(0, TrekkgrenserTabell.Parameternavn.Count)
            .ToDictionary(g => (Trekkgrense)g, _ => (IReadOnlyList<Periodeverdi<Prosentverdi>>)[TestSatser.Grense(A, 20, "test")]);
        alle.Remove(Trekkgrense.NaeringSkjematisk);
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(alle)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "parametre" && e.Message.StartsWith($"Trekkgrense {TrekkgrenserTabell.Parameternavn[(int)Trekkgrense.NaeringSkjematisk]} is missing.", StringComparison.Ordinal));
        alle[Trekkgrense.NaeringSkjematisk] = [TestSatser.Grense(A, 101, "test")];
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(alle)).Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith($"Trekkgrense {TrekkgrenserTabell.Parameternavn[(int)Trekkgrense.NaeringSkjematisk]} from 2024-01-01 is 101.00 %; it must be within 0–100.00 %.");
    }

    [Fact]
    public void A_missing_figure_says_whether_the_date_is_after_the_last_known_day()
    {
        var etter = new SatserManglerException("livsopphold", B.PlusDays(1), "Enslig", B);
        etter.Mangel.Should().Be(Satsmangel.EtterSistKjenteDag);
        etter.Message.Should().Contain("sist kjente dag er 2025-01-01").And.Contain("Tillat antatte satser");

        var paaSisteDag = new SatserManglerException("livsopphold", B, "Enslig", B);
        paaSisteDag.Mangel.Should().Be(Satsmangel.Ukjent, "on the last known day itself the table is not past its end");
        paaSisteDag.Message.Should().Be("satser for 2025-01-01 mangler: tabell 'livsopphold' (Enslig) har ingen kjent sats for datoen.");
        paaSisteDag.Valideringsfeil.Should().Equal(new Valideringsfeil("livsopphold", "2025-01-01", "SATSER_MANGLER", paaSisteDag.Message));

        new SatserManglerException("livsopphold", B, "Enslig", null).Mangel.Should().Be(Satsmangel.Ukjent);
        new SatserManglerException("livsopphold", A.PlusDays(-1), "Enslig", B).Mangel.Should().Be(Satsmangel.Ukjent);
    }

    [Fact]
    public void A_missing_figure_from_a_series_tells_before_the_first_period_a_gap_and_after_the_end_apart()
    {
        var serie = Tidsserie.Lag([A, C], [B, C.PlusYears(1)]);
        new SatserManglerException("samvaer", A.PlusDays(-1), "klasse 1", serie).Mangel.Should().Be(Satsmangel.FoerFoerstePeriode);
        new SatserManglerException("samvaer", A, "klasse 1", serie).Mangel.Should().Be(Satsmangel.Hull, "the first day is not before the first period");
        new SatserManglerException("samvaer", B, "klasse 1", serie).Mangel.Should().Be(Satsmangel.Hull);
        var etter = new SatserManglerException("trekkgrenser", C.PlusYears(1), "tak_normal", serie, antattMulig: false);
        etter.Mangel.Should().Be(Satsmangel.EtterSistKjenteDag);
        etter.Message.Should().Be(
            "satser for 2027-01-01 mangler: tabell 'trekkgrenser' (tak_normal) har ingen kjent sats for datoen; sist kjente dag er "
            + "2026-12-31, og denne tabellen føres aldri videre med antatte satser.");
        etter.SistKjenteDag.Should().Be(new LocalDate(2026, 12, 31));
    }

    [Fact]
    public void The_source_of_a_category_the_period_does_not_have_is_empty()
    {
        var periode = TestSatser.Standard.Livsopphold.Perioder[0] with { Kilder = new Dictionary<LivsoppholdKategori, string> { [LivsoppholdKategori.Enslig] = "kilde" } };
        var tabell = LivsoppholdTabell.Lag([periode]);
        tabell.Kilde(0, LivsoppholdKategori.Enslig).Should().Be("kilde");
        tabell.Kilde(0, LivsoppholdKategori.Barn11Pluss).Should().BeEmpty();
    }
    [Fact]
    public void A_missing_figure_on_the_last_known_day_of_a_series_is_a_gap_not_past_the_end()
    {
        var serie = Tidsserie.Lag([A, C], [B, C.PlusYears(1)]);
        var sist = serie.SistKjenteDag!.Value;
        new SatserManglerException("samvaer", sist, "klasse 1", serie).Mangel.Should().Be(Satsmangel.Hull, "the last known day is not after itself");
        new SatserManglerException("samvaer", sist.PlusDays(1), "klasse 1", serie).Mangel.Should().Be(Satsmangel.EtterSistKjenteDag);
    }

    [Fact]
    public void A_missing_figure_without_a_series_is_refused_naming_the_series()
    {
        FluentActions.Invoking(() => new SatserManglerException("samvaer", A, "klasse 1", (Tidsserie)null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tidsserie");
    }

    [Fact]
    public void The_grades_of_a_livsopphold_period_cannot_be_null()
    {
        FluentActions.Invoking(() => TestSatser.Standard.Livsopphold.Perioder[0] with { Kildegrader = null! })
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData(AvledetSats.Ingen, new string[0])]
    [InlineData(AvledetSats.Livsopphold, new[] { "livsopphold" })]
    [InlineData(AvledetSats.Samvaer, new[] { "samvaer" })]
    [InlineData(AvledetSats.Forsinkelsesrente, new[] { "forsinkelsesrente" })]
    [InlineData(AvledetSats.Trekkgrenser, new[] { "trekkgrenser" })]
    [InlineData(AvledetSats.Livsopphold | AvledetSats.Samvaer | AvledetSats.Forsinkelsesrente | AvledetSats.Trekkgrenser, new[] { "livsopphold", "samvaer", "forsinkelsesrente", "trekkgrenser" })]
    [InlineData(AvledetSats.Trekkgrenser | AvledetSats.Livsopphold, new[] { "livsopphold", "trekkgrenser" })]
    public void The_derived_tables_are_named_each_once_in_a_fixed_order(AvledetSats avledet, string[] tabeller)
    {
        Kildegradkode.Tabeller(avledet).Should().Equal(tabeller);
    }

    [Fact]
    public void An_unknown_grade_has_no_code()
    {
        FluentActions.Invoking(() => Kildegradkode.Tekst((Kildegrad)7)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "grad" && e.Message.StartsWith("Ukjent kildegrad.", StringComparison.Ordinal));
    }
}
