using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

public class ForklaringTests
{
    [Fact]
    public void Forklar_gives_the_same_result_as_Beregn_and_a_trace_of_every_step()
    {
        var (resultat, forklaring) = Trekkberegner.Forklar(SpecEksempel(), TestSatser.Standard);
        resultat.Should().Be(Trekkberegner.Beregn(SpecEksempel(), TestSatser.Standard));

        forklaring.Regel.Should().Be(Trekkberegner.Regel);
        forklaring.Resultat.Should().Be("11276.00");
        forklaring.Deler.Select(d => d.Steg).Should().Equal(
            "1. Livsopphold",
            "1. Samvaerstillegg",
            "2. Husstandsutgifter",
            "3. Skyldnersandel",
            "4. Disponibelt",
            "5. RaaTrekk",
            "6. Grenser",
            "7. Avrunding",
            "IkkeHeleNettoinntekten");
        forklaring.Deler.Select(d => d.Resultat).Should().Equal(
            "10724.00", "0.00", "18724.00", "18724.00", "30000.00", "11276.00", "11276.00", "11276.00", "11276.00");

        var grenser = forklaring.Deler.Single(d => d.Steg == "6. Grenser");
        grenser.Fakta.Should().Contain(new Faktum("begrensning", "Livsopphold"));
        grenser.Deler.Single(d => d.Steg == "Tak").Resultat.Should().Be("14000.00");
        grenser.Deler.Single(d => d.Steg == "Tak").Fakta.Should().Contain(f => f.Navn == "takKilde" && f.Verdi.Contains("5.4", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reason_for_the_80_percent_ceiling_is_a_fact_on_the_ceiling_step()
    {
        var (_, utvidet) = Trekkberegner.Forklar(Par(Kostnadsdeling.Husstand, 35_000, tak: Takregel.Utvidet), TestSatser.Standard);
        var tak = utvidet.Deler.Single(d => d.Steg == "6. Grenser").Deler.Single(d => d.Steg == "Tak");
        tak.Fakta.Should().Contain(new Faktum("takregel", "Utvidet")).And.Contain(new Faktum("regler.takBegrunnelse", TakBegrunnelse));

        var (_, normal) = Trekkberegner.Forklar(SpecEksempel(), TestSatser.Standard);
        normal.Deler.Single(d => d.Steg == "6. Grenser").Deler.Single(d => d.Steg == "Tak").Fakta
            .Should().NotContain(f => f.Navn == "regler.takBegrunnelse");
    }

    [Fact]
    public void Every_node_names_a_rule_with_a_legal_source()
    {
        var (_, forklaring) = Trekkberegner.Forklar(Spec12Husstand(), TestSatser.Standard);
        foreach (var node in Alle(forklaring))
        {
            node.Regel.Kilde.Should().NotBeNullOrWhiteSpace(node.Steg);
            node.Regel.Navn.Should().NotBeNullOrWhiteSpace(node.Steg);
        }
    }

    [Fact]
    public void Children_show_age_rate_and_the_fourth_person_cut()
    {
        var (_, forklaring) = Trekkberegner.Forklar(Spec12Husstand(), TestSatser.Standard);
        var livsopphold = forklaring.Deler.Single(d => d.Steg == "1. Livsopphold");
        livsopphold.Deler.Select(d => d.Steg).Should().Equal("Voksne", "Barn[0]", "Barn[1]", "Barn[2]");

        // Born 2021-05-10 → 3 years, 3 432, cut to 2 745.60 by the 4th-person rule.
        var yngst = livsopphold.Deler.Single(d => d.Steg == "Barn[0]");
        yngst.Regel.Should().Be(Engine.Livsopphold.FjerdePersonReduksjon.Regel);
        yngst.Resultat.Should().Be("2745.60");
        yngst.Fakta.Should().Contain(new Faktum("alder", "3")).And.Contain(new Faktum("sats", "3432.00"));
        livsopphold.Deler.Single(d => d.Steg == "Barn[2]").Regel.Should().Be(Engine.Livsopphold.LivsoppholdBarn.Regel);

        var samvaer = forklaring.Deler.Single(d => d.Steg == "1. Samvaerstillegg");
        samvaer.Resultat.Should().Be("3860.00");
        samvaer.Deler.Should().HaveCount(2);

        var andel = forklaring.Deler.Single(d => d.Steg == "3. Skyldnersandel");
        andel.Regel.Should().Be(HalvpartDeling.Regel);
        andel.Deler.Single(d => d.Steg == "PartnerDisponibelt").Resultat.Should().Be("28500.00");
    }

    [Fact]
    public void Rule_list_covers_every_rule_once()
    {
        Trekkberegner.Regler.Select(r => r.Navn).Should().OnlyHaveUniqueItems();
        Trekkberegner.Regler.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Kilde) && !string.IsNullOrWhiteSpace(r.Beskrivelse));
    }

    private static IEnumerable<Forklaring> Alle(Forklaring node) => new[] { node }.Concat(node.Deler.SelectMany(Alle));
}
