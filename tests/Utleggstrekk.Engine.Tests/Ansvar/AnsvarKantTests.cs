using NodaTime;
using Utleggstrekk.Engine.Ansvar;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Ansvar;

/// <summary>
/// The edges the Stryker run of 2026-12-06 (14:55, 75.5 %) found untested in <see cref="Ansvarsberegner"/>: every
/// violation word for word (field, value, code, text), each amount's own check, the years 1 and 9999 and the year 0,
/// and sums beyond what an amount can hold.
/// </summary>
public class AnsvarKantTests
{
    private static Ansvarsmaaned M(YearMonth maaned, long paalagt = 0, long trukket = 0, long innbetalt = 0, bool ikkeMeldt = false, long? brutto = null) =>
        new(maaned, Beloep.FraOere(paalagt), Beloep.FraOere(trukket), Beloep.FraOere(innbetalt), false, ikkeMeldt, brutto is { } b ? Beloep.FraOere(b) : null);

    private static readonly YearMonth Jan = new(2025, 1);

    [Fact]
    public void Every_violation_reads_with_its_value_and_text()
    {
        var feil = Ansvarsberegner.Valider((KravGjelder)7, [
            M(Jan),
            M(Jan, ikkeMeldt: true),
            M(new YearMonth(2025, 2), brutto: 100_000),
        ]);
        feil.Should().Equal(
            new Valideringsfeil("kravGjelder", "7", "UGYLDIG_VERDI", "Tillatt: skatt, annet."),
            new Valideringsfeil("maaneder[1].maaned", "2025-01", "DUPLIKAT_MAANED", "Måneden står mer enn én gang."),
            new Valideringsfeil("maaneder[1].ikkeMeldt", "true", "IKKE_MELDT_KUN_SKATT", "Stipulert ansvar ved manglende melding (sktbl. § 16-20 annet ledd) gjelder bare skatte- og avgiftskrav (kravGjelder skatt)."),
            new Valideringsfeil("maaneder[1].bruttoTrekkgrunnlag", null, "PAAKREVD", "Når arbeidsforholdet ikke er meldt, trengs brutto trekkgrunnlag for måneden (ansvaret stipuleres til 10 prosent av det)."),
            new Valideringsfeil("maaneder[2].bruttoTrekkgrunnlag", "1000.00", "BRUTTO_KUN_VED_IKKE_MELDT", "Brutto trekkgrunnlag brukes bare når arbeidsgiveren ikke har meldt arbeidsforholdet (ikkeMeldt, sktbl. § 16-20 annet ledd)."));
        Ansvarsberegner.Valider(KravGjelder.Skatt, []).Should().Equal(new Valideringsfeil("maaneder", null, "MANGLER_MAANEDER", "Minst én måned er påkrevd."));
    }

    [Fact]
    public void Each_amount_is_checked_on_its_own_with_its_path()
    {
        Ansvarsberegner.Valider(KravGjelder.Skatt, [M(Jan, paalagt: -1), M(new YearMonth(2025, 2), trukket: -2), M(new YearMonth(2025, 3), innbetalt: -3), M(new YearMonth(2025, 4), ikkeMeldt: true, brutto: -4)])
            .Should().Equal(
                new Valideringsfeil("maaneder[0].paalagtTrekk", "-0.01", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."),
                new Valideringsfeil("maaneder[1].gjennomfoertTrekk", "-0.02", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."),
                new Valideringsfeil("maaneder[2].innbetalt", "-0.03", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."),
                new Valideringsfeil("maaneder[3].bruttoTrekkgrunnlag", "-0.04", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."));
    }

    [Fact]
    public void Years_1_and_9999_are_months_and_year_0_is_refused()
    {
        Ansvarsberegner.Valider(KravGjelder.Annet, [M(new YearMonth(1, 1)), M(new YearMonth(9999, 12))]).Should().BeEmpty();
        Ansvarsberegner.Valider(KravGjelder.Annet, [M(Jan), M(new YearMonth(0, 5))])
            .Should().Equal(new Valideringsfeil("maaneder[1].maaned", "0000-05", "UGYLDIG_DATO", "Måneden må ligge i år 1–9999."));
    }

    [Fact]
    public void Sums_beyond_an_amount_are_refused_instead_of_overflowing()
    {
        // Each month owes more than half of what an amount can hold: the period's sum does not fit.
        var halv = (long.MaxValue / 2) + 1;
        var beregn = () => Ansvarsberegner.Beregn(KravGjelder.Annet, [M(Jan, paalagt: halv), M(new YearMonth(2025, 2), paalagt: halv)]);
        beregn.Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
            new Valideringsfeil("maaneder", null, "UGYLDIG_BELOEP", "Beløpene blir til sammen større enn et beløp kan holde."));
    }
}
