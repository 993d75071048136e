using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

public class AllokeringTests
{
    [Fact]
    public void Beregn_allocates_nothing()
    {
        var satser = TestSatser.Standard;
        Trekksak[] saker = [Spec12Husstand(), SpecEksempel(), Par(Kostnadsdeling.Forholdsmessig, 35_000), Par(Kostnadsdeling.Husstand, 35_000, tak: Takregel.Utvidet)];
        var sum = 0L;
        for (var i = 0; i < 2_000; i++)
        {
            sum += Trekkberegner.Beregn(saker[i % saker.Length], satser).TrekkPerMaaned.Oere;
        }

        var foer = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            sum += Trekkberegner.Beregn(saker[i % saker.Length], satser).TrekkPerMaaned.Oere;
        }

        var etter = GC.GetAllocatedBytesForCurrentThread();
        (etter - foer).Should().Be(0);
        sum.Should().BePositive();
    }
}
