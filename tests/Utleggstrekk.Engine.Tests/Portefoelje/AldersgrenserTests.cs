using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Livsopphold;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using Utleggstrekk.Tests.Trekkberegning;

namespace Utleggstrekk.Tests.Portefoelje;

/// <summary>
/// The age thresholds a portfolio computes once per distinct beregningsdato (<see cref="Aldersgrenser"/>) give the age
/// <see cref="Alder.HeleAar(NodaTime.LocalDate, NodaTime.LocalDate)"/> gives, for every day of birth, around birthdays and 29 February included; and a portfolio
/// whose children are born on, just before and just after an age-band birthday equals one call per row.
/// </summary>
public class AldersgrenserTests
{
    private static readonly Satsgrunnlag Satser = TestSatser.Standard;

    public static TheoryData<string> Datoer => new()
    {
        "2025-03-01", "2024-02-29", "2024-02-28", "2024-03-01", "2025-02-28", "2023-12-31", "2024-01-01",
        "2100-02-28", "2100-03-01", "2000-02-29", "0001-01-01", "0005-02-28", "0020-03-01", "9999-12-31",
    };

    [Theory]
    [MemberData(nameof(Datoer))]
    public void Every_day_of_birth_in_the_last_40_years_gets_the_age_Alder_HeleAar_gives(string tekst)
    {
        var dato = LocalDate.FromDateOnly(DateOnly.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture));
        var dag = Tidsserie.Dagnummer(dato);
        var grenser = new int[Aldersgrenser.Antall];
        Aldersgrenser.Fyll(dag, grenser);

        for (var foedt = Math.Max(0, dag - (40 * 366)); foedt <= dag; foedt++)
        {
            var forventet = Alder.HeleAar(Portefoeljerad.Dato(foedt), dato);
            var alder = Aldersgrenser.Alder(grenser, dag, foedt);
            if (alder != forventet)
            {
                alder.Should().Be(forventet, $"født {Portefoeljerad.Dato(foedt)} og regnet {dato}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Datoer))]
    public void Threshold_k_is_the_last_day_of_birth_with_age_k_or_more(string tekst)
    {
        var dato = LocalDate.FromDateOnly(DateOnly.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture));
        var dag = Tidsserie.Dagnummer(dato);
        var grenser = new int[Aldersgrenser.Antall];
        Aldersgrenser.Fyll(dag, grenser);

        grenser[0].Should().Be(dag);
        for (var k = 1; k < grenser.Length; k++)
        {
            if (dato.Year - k < 1)
            {
                grenser[k].Should().Be(-1, "no one born in year 1 or later is that old");
                continue;
            }

            Alder.HeleAar(Portefoeljerad.Dato(grenser[k]), dato).Should().BeGreaterThanOrEqualTo(k);
            Alder.HeleAar(Portefoeljerad.Dato(grenser[k] + 1), dato).Should().BeLessThan(k);
        }
    }

    [Fact]
    public void Born_on_29_February_the_age_turns_on_28_February_in_a_common_year()
    {
        var grenser = new int[Aldersgrenser.Antall];
        var dag = Tidsserie.Dagnummer(new LocalDate(2025, 2, 28));
        Aldersgrenser.Fyll(dag, grenser);
        var foedt = Tidsserie.Dagnummer(new LocalDate(2020, 2, 29));

        Aldersgrenser.Alder(grenser, dag, foedt).Should().Be(5);
        Aldersgrenser.Alder(grenser, dag - 1, foedt).Should().Be(5, "the thresholds of 28 February asked for 27 February still compare days: only the date's own thresholds are valid")
            .And.Be(Aldersgrenser.Alder(grenser, dag - 1, foedt));
        var foer = new int[Aldersgrenser.Antall];
        Aldersgrenser.Fyll(dag - 1, foer);
        Aldersgrenser.Alder(foer, dag - 1, foedt).Should().Be(4);
    }

    [Fact]
    public void An_age_beyond_the_thresholds_is_computed_from_the_dates()
    {
        var dato = new LocalDate(2025, 3, 1);
        var dag = Tidsserie.Dagnummer(dato);
        var grenser = new int[Aldersgrenser.Antall];
        Aldersgrenser.Fyll(dag, grenser);
        foreach (var foedt in new[] { new LocalDate(1993, 3, 1), new LocalDate(1993, 3, 2), new LocalDate(1900, 2, 28), new LocalDate(1, 1, 1) })
        {
            Aldersgrenser.Alder(grenser, dag, Tidsserie.Dagnummer(foedt)).Should().Be(Alder.HeleAar(foedt, dato));
        }
    }

    /// <summary>
    /// Household and samvær children born exactly k years before the beregningsdato, a day before or a day after (k
    /// from 0 to 40: every age band boundary and 18, and ages beyond the thresholds), on dates spread over the satser
    /// (29 February 2024 included), so a portfolio has many distinct dates, each with its own thresholds.
    /// </summary>
    private static Gen<Trekksak> SakMedBursdager { get; } =
        from sak in Generatorer.Trekksak
        from skuddag in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        let dato = skuddag ? new LocalDate(2024, 2, 29) : sak.Beregningsdato
        from barn in (from aar in Gen.Choose(0, 40) from dager in Gen.Choose(-1, 1) from vgs in Gen.Elements(false, true) select new Barn(Foedt(dato, aar, dager), vgs)).ArrayOf()
        from samvaer in (from aar in Gen.Choose(0, 20) from dager in Gen.Choose(-1, 1) from klasse in Gen.Choose(1, 4) select new Samvaersbarn(Foedt(dato, aar, dager), klasse)).ArrayOf()
        select sak with { Beregningsdato = dato, Barn = [.. barn], Samvaersbarn = [.. samvaer] };

    [Property(MaxTest = 200)]
    public Property Children_on_and_around_an_age_birthday_give_the_one_call_results() =>
        Prop.ForAll(Arb.From(SakMedBursdager.ArrayOf()), saker =>
        {
            var resultater = new Portefoeljeresultat[saker.Length];
            Portefoeljeberegner.Beregn(Portefoeljegeneratorer.Bygg(saker), Satser, resultater);
            return saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser)).SequenceEqual(resultater);
        });

    [Fact]
    public void A_debtor_on_each_distinct_date_of_two_years_gets_the_one_call_result()
    {
        // High income, so the trekk is bound by livsopphold and every child's age band shows in it.
        var mal = Saker.Spec12Husstand() with { BruttoPerMaaned = Saker.Kr(80_000) };
        var bygger = new Trekkportefoeljebygger();
        var saker = new List<Trekksak>();
        for (var dato = TestSatser.FoersteDag; dato <= TestSatser.SisteKjenteDag; dato = dato.PlusDays(1))
        {
            // Children turning 6, 11, 15 and 18 on the day, one a day short of 6, and a samvær child turning 14 tomorrow.
            var sak = mal with
            {
                Beregningsdato = dato,
                Barn = [new Barn(dato.PlusYears(-6)), new Barn(dato.PlusYears(-6).PlusDays(1)), new Barn(dato.PlusYears(-11)), new Barn(dato.PlusYears(-15)), new Barn(dato.PlusYears(-18), true)],
                Samvaersbarn = [new Samvaersbarn(dato.PlusYears(-14).PlusDays(1), 2), new Samvaersbarn(dato.PlusYears(-14), 3)],
            };
            bygger.LeggTil(sak);
            saker.Add(sak);
        }

        var portefoelje = bygger.Bygg();
        portefoelje.AntallDatoer.Should().Be(saker.Count);
        var resultater = new Portefoeljeresultat[saker.Count];
        Portefoeljeberegner.Beregn(portefoelje, Satser, resultater);

        resultater.Should().Equal(saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser)));
        resultater.Should().OnlyContain(r => r.ErBeregnet && r.Begrensning == Begrensning.Livsopphold);
    }

    private static LocalDate Foedt(LocalDate dato, int aar, int dager) => dato.PlusYears(-aar).PlusDays(dager) is var d && d > dato ? dato : d;
}
