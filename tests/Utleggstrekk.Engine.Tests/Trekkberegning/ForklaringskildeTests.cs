using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Livsopphold;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>
/// The sources a trace names (SPEC §3, issue 17): each fact points at the row of the figure the case used — the
/// adults' category of the case's sivilstand, the ceiling of the case's takregel, the first period of a table as well
/// as later ones — and samvær children without an add-on are still listed, one by one, as not counted. The test
/// fixture gives every category one source; the tables here give each a source and grade of its own, so a trace
/// that names the wrong row shows it.
/// </summary>
public class ForklaringskildeTests
{
    [Theory]
    [InlineData(Sivilstand.Enslig, LivsoppholdKategori.Enslig, "kunngjort")]
    [InlineData(Sivilstand.Gift, LivsoppholdKategori.ParPerPerson, "avledet")]
    public void The_livsopphold_step_names_the_row_of_the_adults_category_of_the_case(Sivilstand sivilstand, LivsoppholdKategori kategori, string grad)
    {
        var sak = sivilstand == Sivilstand.Enslig ? SpecEksempel() : Par(Kostnadsdeling.Halvpart, 30_000);

        var (_, forklaring) = Trekkberegner.Forklar(sak, MedEgneKilder());

        var steg = Steg(forklaring, "1. Livsopphold");
        steg.Fakta.Should().Contain(new Faktum("kilde", $"kilde for {kategori}"));
        steg.Fakta.Should().Contain(new Faktum("kildegrad", grad));
    }

    [Fact]
    public void A_child_in_the_first_period_of_the_table_has_the_grade_of_its_row()
    {
        // 2024-01-15 lies in the fixture's first livsopphold period (index 0), from 2023-07-01.
        var dato = new LocalDate(2024, 1, 15);
        var sak = Enslig(barn: [new Barn(dato.PlusYears(-3))], dato: dato);

        var (_, forklaring) = Trekkberegner.Forklar(sak, MedEgneKilder());

        var barn = Steg(forklaring, "1. Livsopphold").Deler.Single(d => d.Steg == "Barn[0]");
        barn.Fakta.Should().Contain(new Faktum("medregnet", "true"));
        barn.Fakta.Should().Contain(new Faktum("kildegrad", "sekundaer"), "barn 0–5 is marked sekundær in this table");
    }

    [Theory]
    [InlineData(Takregel.Normal, "kilde for TakNormal", "kunngjort")]
    [InlineData(Takregel.Utvidet, "kilde for TakMaks", "avledet")]
    public void The_ceiling_names_the_row_of_the_ceiling_the_case_uses(Takregel tak, string kilde, string grad)
    {
        var sak = Par(Kostnadsdeling.Halvpart, 30_000, tak: tak);

        var (_, forklaring) = Trekkberegner.Forklar(sak, MedEgneKilder());

        var takNode = Steg(forklaring, "6. Grenser").Deler.Single(d => d.Steg == "Tak");
        takNode.Fakta.Should().Contain(new Faktum("takKilde", kilde));
        takNode.Fakta.Should().Contain(new Faktum("takKildegrad", grad));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(17)] // more than the 16 children whose ages the engine keeps on the stack: ages computed one by one
    public void Samvaer_children_who_all_are_18_or_older_are_each_listed_as_not_counted(int antall)
    {
        // The first is 18 years and one day, the others 19, 20, …
        var samvaersbarn = Enumerable.Range(0, antall).Select(i => new Samvaersbarn(Dato.PlusYears(-18 - i).PlusDays(-1), 1 + (i % 4)));
        var sak = Enslig(samvaersbarn: [.. samvaersbarn]);

        var (resultat, forklaring) = Trekkberegner.Forklar(sak, TestSatser.Standard);

        resultat.Should().Be(Trekkberegner.Beregn(sak, TestSatser.Standard));
        var steg = Steg(forklaring, "1. Samvaerstillegg");
        steg.Resultat.Should().Be("0.00");
        steg.Fakta.Should().Contain(new Faktum("samvaersbarnMedTillegg", "0"));
        steg.Deler.Select(d => d.Steg).Should().Equal(Enumerable.Range(0, antall).Select(i => $"Samvaersbarn[{i}]"));
        steg.Deler.Select(d => d.Fakta.Single(f => f.Navn == "alder").Verdi).Should().Equal(Enumerable.Range(18, antall).Select(a => $"{a}"));
        foreach (var barn in steg.Deler)
        {
            barn.Regel.Should().Be(Samvaerstillegg.Regel, "a child without an add-on is not cut either");
            barn.Fakta.Should().Contain(new Faktum("medregnet", "false"));
            barn.Fakta.Select(f => f.Navn).Should().NotContain(["sats", "aldersband", "redusertFraTredjeBarn"]);
            barn.Resultat.Should().Be("0.00");
        }
    }

    private static Forklaring Steg(Forklaring forklaring, string steg) => forklaring.Deler.Single(d => d.Steg == steg);

    /// <summary>
    /// The fixture with a source of its own for every livsopphold category and ceiling, and grades that differ between
    /// them (never legal figures: only the sources and grades change).
    /// </summary>
    private static Satsgrunnlag MedEgneKilder()
    {
        var s = TestSatser.Standard;
        var livs = LivsoppholdTabell.Lag([.. s.Livsopphold.Perioder.Select(p => p with
        {
            Kilder = Enum.GetValues<LivsoppholdKategori>().ToDictionary(k => k, k => $"kilde for {k}"),
            Kildegrader = Enum.GetValues<LivsoppholdKategori>().ToDictionary(k => k, k => k switch
            {
                LivsoppholdKategori.ParPerPerson => Kildegrad.Avledet,
                LivsoppholdKategori.Barn0Til5 => Kildegrad.Sekundaer,
                _ => Kildegrad.Kunngjort,
            }),
        })]);
        var grenser = TrekkgrenserTabell.Lag(Enum.GetValues<Trekkgrense>().ToDictionary(
            g => g,
            g => (IReadOnlyList<Periodeverdi<Prosentverdi>>)[.. s.Trekkgrenser[g].Perioder.Select(p => p with
            {
                Verdi = p.Verdi with { Kilde = $"kilde for {g}", Kildegrad = g == Trekkgrense.TakMaks ? Kildegrad.Avledet : Kildegrad.Kunngjort },
            })]));
        return new Satsgrunnlag(s.Versjon, s.Tabellversjoner, livs, s.Samvaer, s.Forsinkelsesrente, s.Rettsgebyr, grenser);
    }
}
