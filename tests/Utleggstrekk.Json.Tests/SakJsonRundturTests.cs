using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Json.Tests;

/// <summary>
/// Generated cases: a <see cref="Trekksak"/> written out as SAK.json text by a plain writer (<see cref="Saktekst"/>, not
/// the code under test) must read back as the same case. Utleggstrekk.Cli.Tests runs the same cases through the command line.
/// </summary>
public class SakJsonRundturTests
{
    [Fact]
    public void Written_cases_read_back_unchanged()
    {
        var tilfeldig = new Random(20250301);
        for (var n = 0; n < 500; n++)
        {
            var sak = Saktekst.Lag(tilfeldig);
            var lest = SakJson.Les(Saktekst.Skriv(sak)).Sak;
            lest.Should().BeEquivalentTo(sak, o => o.ComparingByMembers<Trekksak>(), $"case {n}: {Saktekst.Skriv(sak)}");
        }
    }
}
