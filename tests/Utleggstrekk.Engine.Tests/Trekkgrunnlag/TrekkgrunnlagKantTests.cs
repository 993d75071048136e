using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkgrunnlag;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Trekkgrunnlag;

/// <summary>
/// What a caseworker reads of the trekkgrunnlag, word for word: the whole trace for a tax claim and for another claim
/// (files in <c>Forklaringer/</c>, written by hand from docs/trekkgrunnlag.md and docs/regler.md), the source and
/// note of every type for both kinds of claim, the treatment codes, and every validation and argument refusal.
/// </summary>
public class TrekkgrunnlagKantTests
{
    private const string Pkt4 = "Retningslinje pkt. 4";
    private const string ForsteLedd = "deknl. § 2-7 første ledd; Retningslinje pkt. 4";

    private static Beloep Kr(long kroner) => Beloep.FraKroner(kroner);

    // Lønn and næring lønnsdel (trekkbar; the næring note differs by claim), a naturalytelse (counted only for skatt,
    // its forskuddstrekk always), barnetrygd and barnebidrag (counted, never garnished) and kapitalinntekt (held outside).
    // Skatt: brutto 30 000 + 10 000 = 40 000; forskudd 7 000 + 2 000 + 900 = 9 900; andre 3 000 + 1 766 + 2 000 = 6 766.
    // Annet: the same, except andre 1 766 + 2 000 = 3 766 (the naturalytelse is held outside).
    private static readonly Ytelse[] Ytelser =
    [
        new(Ytelsestype.Loenn, Kr(30_000), Kr(7_000)),
        new(Ytelsestype.NaeringLoennsdel, Kr(10_000), Kr(2_000)),
        new(Ytelsestype.Naturalytelse, Kr(3_000), Kr(900)),
        new(Ytelsestype.Barnetrygd, Kr(1_766)),
        new(Ytelsestype.Barnebidrag, Kr(2_000)),
        new(Ytelsestype.Kapitalinntekt, Kr(400)),
    ];

    [Theory]
    [InlineData(KravGjelder.Skatt, "skatt")]
    [InlineData(KravGjelder.Annet, "annet")]
    public void The_trace_reads_as_the_file(KravGjelder krav, string navn)
    {
        Forklaringsfil.SkalVaere(Trekkgrunnlagsberegner.Forklar(Ytelser, krav), "Forklaringer", navn);
    }

    // (type, kilde, merknad) for the types whose treatment does not depend on the claim (docs/trekkgrunnlag.md's table).
    public static TheoryData<Ytelsestype, string, string> Felles() => new()
    {
        { Ytelsestype.Loenn, ForsteLedd, "Lønn er trekkbar; trekket beregnes av lønn etter forskuddstrekk." },
        { Ytelsestype.Feriepenger, ForsteLedd, "Feriepenger er omfattet av lønnsbegrepet." },
        { Ytelsestype.Overtid, ForsteLedd, "Overtidsbetaling er omfattet, men bør bare tas med når den er noenlunde fast." },
        { Ytelsestype.Provisjon, ForsteLedd, "Provisjon er omfattet, men bør bare tas med når den er noenlunde fast." },
        { Ytelsestype.Bonus, ForsteLedd, "Bonus er omfattet; den utbetales ofte årlig eller halvårlig, så oppgi beløpet per måned." },
        { Ytelsestype.FastTilleggUtgifter, ForsteLedd, "Faste tillegg i lønnen som skal dekke utgifter i arbeidet er omfattet." },
        { Ytelsestype.SkattefriUtgiftsgodtgjoerelse, ForsteLedd, "Skattefrie utgiftsgodtgjørelser kan det ikke nedlegges utleggstrekk i; de holdes utenfor." },
        { Ytelsestype.PensjonFraArbeidsgiver, "deknl. § 2-7 annet ledd bokstav b; " + Pkt4, "Pensjon som en arbeidsgiver betaler eller har sikret sine ansatte er trekkbar." },
        { Ytelsestype.Vartpenger, "deknl. § 2-7 annet ledd bokstav b; " + Pkt4, "Vartpenger (ventepenger mellom to stillinger eller fram til pensjon) er trekkbare." },
        { Ytelsestype.AnnenPensjon, "deknl. § 2-7 annet ledd bokstav c; " + Pkt4, "Annen pensjon eller stønad er trekkbar, men ikke rettigheter ervervet mot vederlag etter at kravet ble pådratt." },
        { Ytelsestype.Livrente, "deknl. § 2-7 annet ledd bokstav c; " + Pkt4, "Livrente er trekkbar, men ikke en rettighet ervervet mot vederlag etter at kravet ble pådratt." },
        { Ytelsestype.Ektefellebidrag, "deknl. § 2-7 annet ledd bokstav d; " + Pkt4, "Underholdsbidrag skyldneren har krav på til seg selv (ekteskapsloven § 79) er trekkbart." },
        { Ytelsestype.Barnebidrag, "deknl. § 2-7 annet ledd bokstav d; barneloven § 67 tredje ledd; Retningslinje pkt. 4 og 5.2", "Barnet har krav på bidraget, så det kan ikke trekkes i for foreldrenes gjeld; det regnes likevel med på inntektssiden." },
        { Ytelsestype.Folketrygd, "deknl. § 2-7 annet ledd bokstav e; " + Pkt4, "Ytelser etter folketrygdloven er trekkbare, både løpende ytelser og engangsytelser." },
        { Ytelsestype.Sosialhjelp, "deknl. § 2-7 annet ledd bokstav e; " + Pkt4, "Ytelser etter sosialtjenesteloven er omfattet av «pensjon eller annen ytelse etter lovgivningen om offentlig trygd eller lignende»." },
        { Ytelsestype.Kontantstoette, "deknl. § 2-7 annet ledd bokstav e; Lovavdelingens uttalelse 17.9.2001; " + Pkt4, "Kontantstøtte er trekkbar: loven sier ikke at støtten skal brukes på en bestemt måte." },
        { Ytelsestype.Barnetrygd, "Rt-1951-1203; Lovavdelingens uttalelse 17.9.2001; Retningslinje pkt. 4 og 5.2", "Det kan ikke nedlegges utleggstrekk i barnetrygd; den regnes likevel med på inntektssiden." },
        { Ytelsestype.StoenadTilBarnetilsyn, "folketrygdloven § 15-10; Rt-1951-1203 tilsvarende; " + Pkt4, "Stønad til barnetilsyn kan det ikke trekkes i, på samme måte som barnetrygd; den holdes utenfor." },
        { Ytelsestype.ErstatningPersonskade, "deknl. § 2-7 annet ledd bokstav f; " + Pkt4, "Erstatning eller oppreisning for skade på legeme eller helse eller for tap av forsørger er trekkbar (ikke erstatning for ærekrenkelse)." },
        { Ytelsestype.InnsamledeMidler, "deknl. § 2-7 annet ledd bokstav g; " + Pkt4, "Midler innsamlet offentlig til skyldneren er trekkbare." },
        { Ytelsestype.Aeresgave, "deknl. § 2-7 annet ledd bokstav h; " + Pkt4, "Æresgaver som består i penger er trekkbare." },
        { Ytelsestype.Kapitalinntekt, "deknl. § 2-7 (kapitalinntekt er ikke nevnt); deknl. § 2-2; Retningslinje pkt. 4 og 5.2", "Kapitalinntekt holdes utenfor: kreditorene kan ta utlegg i kapitalen. I særlige tilfeller, typisk når formuen er unndratt kreditorene, kan kapitalinntekt trekkes inn i vurderingen av inntektssiden (Rt-2001-1402); det må vurderes manuelt." },
    };

    [Theory]
    [MemberData(nameof(Felles))]
    public void A_type_not_depending_on_the_claim_has_one_source_and_note(Ytelsestype type, string kilde, string merknad)
    {
        foreach (var krav in new[] { KravGjelder.Skatt, KravGjelder.Annet })
        {
            var k = Trekkgrunnlagsberegner.Klassifiser(type, krav);
            k.Type.Should().Be(type);
            k.Kilde.Should().Be(kilde, $"{type} {krav}");
            k.Merknad.Should().Be(merknad, $"{type} {krav}");
        }
    }

    [Fact]
    public void The_table_and_the_two_claim_dependent_types_cover_every_type()
    {
        Felles().Select(r => (Ytelsestype)r[0]).Append(Ytelsestype.NaeringLoennsdel).Append(Ytelsestype.Naturalytelse)
            .Should().BeEquivalentTo(Enum.GetValues<Ytelsestype>());
        Trekkgrunnlagsberegner.AntallTyper.Should().Be(Enum.GetValues<Ytelsestype>().Length);
    }

    [Theory]
    [InlineData(KravGjelder.Skatt, Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav a; Retningslinje pkt. 4",
        "Bare lønnsdelen av godtgjørelsen for selvstendig næringsvirksomhet er trekkbar. For skatte- og avgiftskrav kan skattekontoret i stedet trekke inntil 20 % av bruttoytelsen skjematisk (sktbl. § 14-4 annet ledd bokstav b).")]
    [InlineData(KravGjelder.Annet, Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav a; Retningslinje pkt. 4",
        "Bare lønnsdelen av godtgjørelsen for selvstendig næringsvirksomhet er trekkbar, ikke vederlaget for driftsmidler og materialer.")]
    public void The_naering_note_names_the_schematic_20_percent_only_for_tax_claims(KravGjelder krav, Behandling behandling, string kilde, string merknad)
    {
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.NaeringLoennsdel, krav)
            .Should().Be(new Ytelsesklassifisering(Ytelsestype.NaeringLoennsdel, behandling, kilde, merknad));
    }

    [Theory]
    [InlineData(KravGjelder.Skatt, Behandling.InntektIkkeTrekkbar, "skattebetalingsforskriften § 14-4-3 tredje ledd; Retningslinje pkt. 5.2",
        "For skatte- og avgiftskrav regnes naturalytelser med i beregningsgrunnlaget; selve naturalytelsen kan ikke trekkes i.")]
    [InlineData(KravGjelder.Annet, Behandling.HoldesUtenfor, "Retningslinje pkt. 5.2 (Hålogaland lagmannsrett 27.2.2008)",
        "For andre krav enn skatte- og avgiftskrav regnes naturalytelser trolig ikke med; de holdes utenfor. Forskuddstrekket på naturalytelsen tas likevel av kontantlønnen.")]
    public void A_naturalytelse_is_counted_only_for_tax_claims(KravGjelder krav, Behandling behandling, string kilde, string merknad)
    {
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Naturalytelse, krav)
            .Should().Be(new Ytelsesklassifisering(Ytelsestype.Naturalytelse, behandling, kilde, merknad));
        Trekkgrunnlagsregler.For(Ytelsestype.Naturalytelse, krav).Should().BeSameAs(Trekkgrunnlagsregler.Naturalytelse);
        Trekkgrunnlagsberegner.ForskuddstrekkTelles(Ytelsestype.Naturalytelse, krav).Should().BeTrue();
    }

    [Theory]
    [InlineData(Behandling.Trekkbar, "trekkbar")]
    [InlineData(Behandling.InntektIkkeTrekkbar, "inntektIkkeTrekkbar")]
    [InlineData(Behandling.HoldesUtenfor, "holdesUtenfor")]
    public void The_treatment_codes(Behandling behandling, string kode)
    {
        Trekkgrunnlagsberegner.Behandlingstekst(behandling).Should().Be(kode);
    }

    [Fact]
    public void The_type_codes_are_the_camel_case_names()
    {
        Trekkgrunnlagsberegner.Ytelsestekst(Ytelsestype.Loenn).Should().Be("loenn");
        Trekkgrunnlagsberegner.Ytelsestekst(Ytelsestype.StoenadTilBarnetilsyn).Should().Be("stoenadTilBarnetilsyn");
    }

    [Fact]
    public void An_unknown_treatment_is_refused_by_name()
    {
        var handling = () => Trekkgrunnlagsberegner.Behandlingstekst((Behandling)3);
        var e = handling.Should().Throw<ArgumentOutOfRangeException>().Which;
        e.ParamName.Should().Be("behandling");
        e.ActualValue.Should().Be((Behandling)3);
        e.Message.Should().StartWith("Unknown Behandling.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24)] // exactly the table's length: (uint)i >= Length, not >
    [InlineData(int.MaxValue)]
    public void An_unknown_type_is_refused_by_name(int verdi)
    {
        Trekkgrunnlagsberegner.AntallTyper.Should().Be(24);
        foreach (var krav in new[] { KravGjelder.Skatt, KravGjelder.Annet })
        {
            var handling = () => Trekkgrunnlagsberegner.Klassifiser((Ytelsestype)verdi, krav);
            var e = handling.Should().Throw<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("type");
            e.ActualValue.Should().Be((Ytelsestype)verdi);
            e.Message.Should().StartWith("Unknown Ytelsestype.");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void An_unknown_kind_of_claim_is_refused_by_name(int verdi)
    {
        var handling = () => Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Loenn, (KravGjelder)verdi);
        var e = handling.Should().Throw<ArgumentOutOfRangeException>().Which;
        e.ParamName.Should().Be("kravGjelder");
        e.ActualValue.Should().Be((KravGjelder)verdi);
        e.Message.Should().StartWith("Unknown KravGjelder.");
    }

    private static Valideringsfeil Feil(Ytelse ugyldig)
    {
        Ytelse[] ytelser = [new(Ytelsestype.Loenn, Kr(30_000), Kr(8_000)), ugyldig];
        foreach (var krav in new[] { KravGjelder.Skatt, KravGjelder.Annet })
        {
            var forklar = () => Trekkgrunnlagsberegner.Forklar(ytelser, krav);
            forklar.Should().Throw<UgyldigInndataException>();
        }

        var handling = () => Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Annet);
        return handling.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which;
    }

    [Fact]
    public void A_negative_gross_is_refused_naming_the_gross()
    {
        Feil(new Ytelse(Ytelsestype.Bonus, Beloep.FraOere(-1))).Should().Be(new Valideringsfeil(
            "ytelser[1].bruttoPerMaaned", "-0.01", Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
    }

    [Fact]
    public void A_negative_forskuddstrekk_alone_is_refused_naming_the_forskuddstrekk()
    {
        // The gross is positive, so "forskuddstrekk over brutto" does not hold: only the sign rule catches it.
        Feil(new Ytelse(Ytelsestype.Bonus, Kr(1_000), Kr(-5))).Should().Be(new Valideringsfeil(
            "ytelser[1].forskuddstrekkPerMaaned", "-5.00", Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
    }

    [Fact]
    public void When_both_are_negative_the_gross_is_named()
    {
        Feil(new Ytelse(Ytelsestype.Bonus, Kr(-1_000), Kr(-5))).Should().Be(new Valideringsfeil(
            "ytelser[1].bruttoPerMaaned", "-1000.00", Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
    }

    [Fact]
    public void A_forskuddstrekk_over_the_gross_is_refused_with_the_gross_in_the_text()
    {
        Feil(new Ytelse(Ytelsestype.Bonus, Kr(1_000), Beloep.FraOere(100_001))).Should().Be(new Valideringsfeil(
            "ytelser[1].forskuddstrekkPerMaaned", "1000.01", Feilkoder.ForskuddstrekkOverBrutto,
            "Forskuddstrekket kan ikke være større enn ytelsens brutto 1000.00."));
    }

    [Fact]
    public void A_forskuddstrekk_equal_to_the_gross_and_zero_amounts_are_accepted()
    {
        Ytelse[] ytelser = [new(Ytelsestype.Bonus, Kr(1_000), Kr(1_000)), new(Ytelsestype.Loenn, Beloep.Null)];
        Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Skatt).Should().Be(new Trekkgrunnlagssum(Kr(1_000), Kr(1_000), Beloep.Null));
    }
}
