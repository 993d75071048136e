using FsCheck.Fluent;
using Utleggstrekk.Engine.Livsopphold;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>The generated cases reach every branch the properties are meant to cover (otherwise they prove little).</summary>
public class GeneratorDekningTests
{
    [Fact]
    public void Generated_cases_reach_every_binding_constraint_and_both_reductions()
    {
        var saker = Generatorer.Trekksak.Sample(3_000);
        var resultater = saker.Select(s => (Sak: s, Resultat: Trekkberegner.Beregn(s, TestSatser.Standard))).ToList();

        resultater.Select(r => r.Resultat.Begrensning).Distinct().Should().BeEquivalentTo(Enum.GetValues<Begrensning>());
        resultater.Select(r => r.Sak.Kostnadsdeling).Distinct().Should().HaveCount(3);
        resultater.Should().Contain(r => r.Resultat.TrekkPerMaaned.Oere > 0 && r.Sak.Sivilstand != Sivilstand.Enslig);

        // 4th-person cut: at least 4 counted persons; 3rd samvær child cut: at least 3 under 18.
        resultater.Should().Contain(r => Personer(r.Sak) >= 4);
        resultater.Should().Contain(r => r.Sak.Samvaersbarn.Count(b => Alder.HeleAar(b.Foedselsdato, r.Sak.Beregningsdato) < 18) >= 3);
        resultater.Should().Contain(r => r.Sak.Barn.Any(b => b.Videregaaende && Alder.HeleAar(b.Foedselsdato, r.Sak.Beregningsdato) >= 18));
        resultater.Should().Contain(r => r.Resultat.RaaTrekk.Oere % 100 != 0);
    }

    private static int Personer(Trekksak sak) =>
        (sak.Sivilstand == Sivilstand.Enslig ? 1 : 2)
        + sak.Barn.Count(b => Alder.HeleAar(b.Foedselsdato, sak.Beregningsdato) < 18 || b.Videregaaende);
}
