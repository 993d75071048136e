using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Renter;

/// <summary>
/// What Stryker's run after issue 21 found untested in <see cref="Renteberegner"/>: the trace's <c>avledet</c> fact and
/// each sub-period's <c>kildegrad</c> (the rows' own grades in the embedded table), the shared numerators over an
/// empty or reversed range (0 with no flags, before the table is read), and two refusals word for word.
/// </summary>
public class RenteOverleverTests
{
    private static readonly EnkelTabell<Prosentverdi> Innebygd = SatserLaster.LastInnebygde().Forsinkelsesrente;

    [Theory]
    [InlineData("2025-08-01", "2025-10-01", "true")] // the embedded 2025-07-01 – 2025-12-31 row is derived (policy rate + 8 pp)
    [InlineData("2026-01-01", "2026-03-01", "false")]
    public void The_trace_says_whether_a_derived_rate_was_used_and_names_each_periods_grade(string fra, string til, string avledet)
    {
        var f = Renteberegner.ForklarForsinkelsesrente(Beloep.FraKroner(10_000), Dato(fra), Dato(til), Innebygd);

        f.Resultat.Avledet.Should().Be(avledet == "true");
        f.Forklaring.Fakta.Should().Contain(new Faktum("avledet", avledet));
        f.Forklaring.Deler.Should().NotBeEmpty();
        foreach (var del in f.Forklaring.Deler)
        {
            var delFra = Dato(del.Fakta.Single(x => x.Navn == "fra").Verdi);
            Innebygd.TryFinn(delFra, false, out var rad, out _).Should().BeTrue();
            del.Fakta.Should().Contain(new Faktum("kildegrad", Kildegradkode.Tekst(rad.Kildegrad)), $"the row from {delFra}");
        }
    }

    [Fact]
    public void The_shared_numerators_over_an_empty_or_reversed_range_are_0_with_no_flags_and_read_no_table()
    {
        // Days before the table's first period: reading the table would throw.
        var foer = Innebygd.Tidsserie.Fra(0).PlusDays(-10);
        foreach (var (fra, til) in new[] { (foer, foer), (foer.PlusDays(1), foer) })
        {
            Renteberegner.TellerForsinkelsesrente(fra, til, Innebygd, out var antatt, out var avledet).Should().Be(0, $"{fra} – {til}");
            (antatt, avledet).Should().Be((false, false));
            Renteberegner.TellerPerHundredel(fra, til).Should().Be(0, $"{fra} – {til}");
        }

        FluentActions.Invoking(() => Renteberegner.TellerForsinkelsesrente(foer, foer.PlusDays(1), Innebygd, out _, out _))
            .Should().Throw<SatserManglerException>("one day before the table is read");
    }

    [Fact]
    public void A_reversed_period_and_an_interest_too_large_are_refused_word_for_word()
    {
        FluentActions.Invoking(() => Renteberegner.AvtaltRente(Beloep.FraKroner(1), new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1), Prosent.FraHeleProsent(10)))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("til", "2024-01-01", "UGYLDIG_PERIODE", "Til-datoen kan ikke være før fra-datoen 2024-01-02."));

        var stor = Beloep.FraOere(long.MaxValue / 2);
        FluentActions.Invoking(() => Renteberegner.AvtaltRente(stor, new LocalDate(2000, 1, 1), new LocalDate(2020, 1, 1), Prosent.FraHeleProsent(100)))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("hovedstol", stor.ToString(), "UGYLDIG_BELOEP", "Renten blir større enn et beløp kan holde."));
    }

    private static LocalDate Dato(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
