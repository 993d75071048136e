using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Json.Tests;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// Generated cases (<see cref="Saktekst"/>, linked from Utleggstrekk.Json.Tests) give the same trekk through the command
/// line as through the engine.
/// </summary>
public class GenererteSakerTests
{
    [Fact]
    public void Command_line_agrees_with_the_engine_on_generated_cases()
    {
        var satser = Utleggstrekk.Satser.Csv.SatserLaster.LastInnebygde();
        var tilfeldig = new Random(7);
        for (var n = 0; n < 150; n++)
        {
            var sak = Saktekst.Lag(tilfeldig);
            var fil = CliKjoering.Midlertidig(Saktekst.Skriv(sak));
            var (kode, ut, feil) = CliKjoering.Kjoer("beregn", fil, "--json");
            File.Delete(fil);
            Trekkresultat forventet;
            try
            {
                forventet = Trekkberegner.Beregn(sak, satser);
            }
            catch (UgyldigInndataException)
            {
                kode.Should().Be(2, $"case {n}: the engine refuses it, so must the command line");
                continue;
            }

            kode.Should().Be(0, $"case {n}: {feil}");
            var rot = System.Text.Json.JsonDocument.Parse(ut).RootElement;
            rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(forventet.TrekkPerMaaned.Kroner, $"case {n}");
            rot.GetProperty("trekkprosent").GetDecimal().Should().Be(forventet.Trekkprosent.Verdi, $"case {n}");
            rot.GetProperty("begrensning").GetString().Should().Be(forventet.Begrensning.ToString(), $"case {n}");
            rot.GetProperty("mellomregning").GetProperty("raaTrekk").GetDecimal().Should().Be(forventet.RaaTrekk.Kroner, $"case {n}");
        }
    }
}
