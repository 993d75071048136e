using System.Collections.Immutable;
using System.Globalization;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkgrunnlag;

/// <summary>
/// Which of the debtor's payments may be garnished, which are counted on the income side only, and which are held
/// outside (deknl. § 2-7 first and second ledd a–h as Retningslinje pkt. 4 reads them; pkt. 5.2 for the income side;
/// skattebetalingsforskriften § 14-4-3 (3) for naturalytelser), and the three monthly sums of SAK.json's
/// <c>skyldner</c> they give.
/// </summary>
/// <remarks>
/// <para><see cref="Klassifiser"/> and <see cref="Summer"/> allocate nothing: the classifications are built once.</para>
/// <para>The sums: a <see cref="Behandling.Trekkbar"/> ytelse adds its gross to <c>bruttoPerMaaned</c>; an
/// <see cref="Behandling.InntektIkkeTrekkbar"/> one its gross to <c>andreInntekterPerMaaned</c>; a held-outside one
/// nothing. The forskuddstrekk of every counted ytelse goes to <c>forskuddstrekkPerMaaned</c>, and so does that of a
/// naturalytelse even where it is held outside: the tax on a benefit in kind is withheld from the cash pay
/// (forskuddstrekk, skattebetalingsloven chapter 5: the paragraph was once cited from memory as § 5-10 (3) and could
/// not be verified against the text of the law, so no paragraph is named), so the debtor receives that much less money
/// whatever the claim. Skattebetalingsforskriften § 14-4-3 (3) is cited as Retningslinje pkt. 5.2 cites it for
/// naturalytelser (and pkt. 4 its last sentence for the næring gross); the regulation's own text was not at hand.</para>
/// </remarks>
public static class Trekkgrunnlagsberegner
{
    private const string Pkt4 = "Retningslinje pkt. 4";
    private const string ForsteLedd = "deknl. § 2-7 første ledd; " + Pkt4;

    private static readonly Ytelsesklassifisering[] Skatt = Bygg(KravGjelder.Skatt);
    private static readonly Ytelsesklassifisering[] Annet = Bygg(KravGjelder.Annet);

    /// <summary>The number of ytelse types.</summary>
    public static int AntallTyper => Skatt.Length;

    /// <summary>
    /// How <paramref name="type"/> is treated for a trekk for claims of kind <paramref name="kravGjelder"/>, with its
    /// source and note. Allocates nothing.
    /// </summary>
    public static Ytelsesklassifisering Klassifiser(Ytelsestype type, KravGjelder kravGjelder)
    {
        var tabell = kravGjelder switch
        {
            KravGjelder.Skatt => Skatt,
            KravGjelder.Annet => Annet,
            _ => throw new ArgumentOutOfRangeException(nameof(kravGjelder), kravGjelder, "Unknown KravGjelder."),
        };
        var i = (int)type;
        if (unchecked((uint)i) >= (uint)tabell.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown Ytelsestype.");
        }

        return tabell[i];
    }

    /// <summary>Whether the forskuddstrekk given on an ytelse is withheld from the money the debtor receives (see the remarks).</summary>
    public static bool ForskuddstrekkTelles(Ytelsestype type, KravGjelder kravGjelder) =>
        type == Ytelsestype.Naturalytelse || Klassifiser(type, kravGjelder).Behandling != Behandling.HoldesUtenfor;

    /// <summary>
    /// The three sums of SAK.json's <c>skyldner</c> from the ytelser. Allocates nothing for valid input. Throws
    /// <see cref="UgyldigInndataException"/> naming <c>ytelser[i].forskuddstrekkPerMaaned</c> when an ytelse's
    /// forskuddstrekk exceeds its gross (rule <c>FORSKUDDSTREKK_OVER_BRUTTO</c>), and <see cref="OverflowException"/>
    /// when a sum does not fit.
    /// </summary>
    public static Trekkgrunnlagssum Summer(ReadOnlySpan<Ytelse> ytelser, KravGjelder kravGjelder)
    {
        var brutto = Beloep.Null;
        var forskudd = Beloep.Null;
        var andre = Beloep.Null;
        for (var i = 0; i < ytelser.Length; i++)
        {
            var y = ytelser[i];
            if (y.BruttoPerMaaned.ErNegativt || y.ForskuddstrekkPerMaaned.ErNegativt || y.ForskuddstrekkPerMaaned > y.BruttoPerMaaned)
            {
                KastUgyldig(ytelser, i);
            }

            switch (Klassifiser(y.Type, kravGjelder).Behandling)
            {
                case Behandling.Trekkbar:
                    brutto += y.BruttoPerMaaned;
                    break;
                case Behandling.InntektIkkeTrekkbar:
                    andre += y.BruttoPerMaaned;
                    break;
                default:
                    break;
            }

            if (ForskuddstrekkTelles(y.Type, kravGjelder))
            {
                forskudd += y.ForskuddstrekkPerMaaned;
            }
        }

        return new Trekkgrunnlagssum(brutto, forskudd, andre);
    }

    /// <summary>
    /// The explanation of <see cref="Summer"/>: one step with the three sums and one sub-step per ytelse (its type,
    /// treatment, amounts, source and note). Built only when asked for.
    /// </summary>
    public static Forklaring Forklar(ReadOnlySpan<Ytelse> ytelser, KravGjelder kravGjelder)
    {
        var sum = Summer(ytelser, kravGjelder);
        var deler = ImmutableArray.CreateBuilder<Forklaring>(ytelser.Length);
        for (var i = 0; i < ytelser.Length; i++)
        {
            var y = ytelser[i];
            var k = Klassifiser(y.Type, kravGjelder);
            deler.Add(new Forklaring(
                "ytelser[" + i.ToString(CultureInfo.InvariantCulture) + "] " + Ytelsestekst(y.Type),
                Trekkgrunnlagsregler.For(y.Type, kravGjelder),
                Behandlingstekst(k.Behandling),
                [
                    new Faktum("bruttoPerMaaned", y.BruttoPerMaaned.ToString()),
                    new Faktum("forskuddstrekkPerMaaned", y.ForskuddstrekkPerMaaned.ToString()),
                    new Faktum("forskuddstrekkTelles", ForskuddstrekkTelles(y.Type, kravGjelder) ? "ja" : "nei"),
                    new Faktum("kilde", k.Kilde),
                    new Faktum("merknad", k.Merknad),
                ],
                []));
        }

        return new Forklaring(
            "Trekkgrunnlag",
            Trekkgrunnlagsregler.Klassifisering,
            sum.BruttoPerMaaned.ToString(),
            [
                new Faktum("kravGjelder", kravGjelder == KravGjelder.Skatt ? "skatt" : "annet"),
                new Faktum("skyldner.bruttoPerMaaned", sum.BruttoPerMaaned.ToString()),
                new Faktum("skyldner.forskuddstrekkPerMaaned", sum.ForskuddstrekkPerMaaned.ToString()),
                new Faktum("skyldner.andreInntekterPerMaaned", sum.AndreInntekterPerMaaned.ToString()),
            ],
            deler.MoveToImmutable());
    }

    /// <summary>The JSON code of a type: the camelCase name (<c>naeringLoennsdel</c>).</summary>
    public static string Ytelsestekst(Ytelsestype type)
    {
        var navn = type.ToString();
        return char.ToLowerInvariant(navn[0]) + navn[1..];
    }

    /// <summary>The JSON code of a treatment: <c>trekkbar</c>, <c>inntektIkkeTrekkbar</c>, <c>holdesUtenfor</c>.</summary>
    public static string Behandlingstekst(Behandling behandling) => behandling switch
    {
        Behandling.Trekkbar => "trekkbar",
        Behandling.InntektIkkeTrekkbar => "inntektIkkeTrekkbar",
        Behandling.HoldesUtenfor => "holdesUtenfor",
        _ => throw new ArgumentOutOfRangeException(nameof(behandling), behandling, "Unknown Behandling."),
    };

    private static void KastUgyldig(ReadOnlySpan<Ytelse> ytelser, int i)
    {
        var y = ytelser[i];
        var sti = "ytelser[" + i.ToString(CultureInfo.InvariantCulture) + "]";
        throw new UgyldigInndataException(
            y.BruttoPerMaaned.ErNegativt || y.ForskuddstrekkPerMaaned.ErNegativt
                ? new Valideringsfeil(sti + (y.BruttoPerMaaned.ErNegativt ? ".bruttoPerMaaned" : ".forskuddstrekkPerMaaned"), (y.BruttoPerMaaned.ErNegativt ? y.BruttoPerMaaned : y.ForskuddstrekkPerMaaned).ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt.")
                : new Valideringsfeil(sti + ".forskuddstrekkPerMaaned", y.ForskuddstrekkPerMaaned.ToString(), Feilkoder.ForskuddstrekkOverBrutto, $"Forskuddstrekket kan ikke være større enn ytelsens brutto {y.BruttoPerMaaned}."));
    }

    private static Ytelsesklassifisering[] Bygg(KravGjelder krav)
    {
        var typer = Enum.GetValues<Ytelsestype>();
        var tabell = new Ytelsesklassifisering[typer.Length];
        foreach (var t in typer)
        {
            var (behandling, kilde, merknad) = Regelfor(t, krav);
            tabell[(int)t] = new Ytelsesklassifisering(t, behandling, kilde, merknad);
        }

        return tabell;
    }

    private static (Behandling, string, string) Regelfor(Ytelsestype type, KravGjelder krav) => type switch
    {
        Ytelsestype.Loenn => (Behandling.Trekkbar, ForsteLedd, "Lønn er trekkbar; trekket beregnes av lønn etter forskuddstrekk."),
        Ytelsestype.Feriepenger => (Behandling.Trekkbar, ForsteLedd, "Feriepenger er omfattet av lønnsbegrepet."),
        Ytelsestype.Overtid => (Behandling.Trekkbar, ForsteLedd, "Overtidsbetaling er omfattet, men bør bare tas med når den er noenlunde fast."),
        Ytelsestype.Provisjon => (Behandling.Trekkbar, ForsteLedd, "Provisjon er omfattet, men bør bare tas med når den er noenlunde fast."),
        Ytelsestype.Bonus => (Behandling.Trekkbar, ForsteLedd, "Bonus er omfattet; den utbetales ofte årlig eller halvårlig, så oppgi beløpet per måned."),
        Ytelsestype.FastTilleggUtgifter => (Behandling.Trekkbar, ForsteLedd, "Faste tillegg i lønnen som skal dekke utgifter i arbeidet er omfattet."),
        Ytelsestype.SkattefriUtgiftsgodtgjoerelse => (Behandling.HoldesUtenfor, ForsteLedd, "Skattefrie utgiftsgodtgjørelser kan det ikke nedlegges utleggstrekk i; de holdes utenfor."),
        Ytelsestype.NaeringLoennsdel => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav a; " + Pkt4, krav == KravGjelder.Skatt
            ? "Bare lønnsdelen av godtgjørelsen for selvstendig næringsvirksomhet er trekkbar. For skatte- og avgiftskrav kan skattekontoret i stedet trekke inntil 20 % av bruttoytelsen skjematisk (sktbl. § 14-4 annet ledd bokstav b)."
            : "Bare lønnsdelen av godtgjørelsen for selvstendig næringsvirksomhet er trekkbar, ikke vederlaget for driftsmidler og materialer."),
        Ytelsestype.PensjonFraArbeidsgiver => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav b; " + Pkt4, "Pensjon som en arbeidsgiver betaler eller har sikret sine ansatte er trekkbar."),
        Ytelsestype.Vartpenger => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav b; " + Pkt4, "Vartpenger (ventepenger mellom to stillinger eller fram til pensjon) er trekkbare."),
        Ytelsestype.AnnenPensjon => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav c; " + Pkt4, "Annen pensjon eller stønad er trekkbar, men ikke rettigheter ervervet mot vederlag etter at kravet ble pådratt."),
        Ytelsestype.Livrente => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav c; " + Pkt4, "Livrente er trekkbar, men ikke en rettighet ervervet mot vederlag etter at kravet ble pådratt."),
        Ytelsestype.Ektefellebidrag => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav d; " + Pkt4, "Underholdsbidrag skyldneren har krav på til seg selv (ekteskapsloven § 79) er trekkbart."),
        Ytelsestype.Barnebidrag => (Behandling.InntektIkkeTrekkbar, "deknl. § 2-7 annet ledd bokstav d; barneloven § 67 tredje ledd; Retningslinje pkt. 4 og 5.2", "Barnet har krav på bidraget, så det kan ikke trekkes i for foreldrenes gjeld; det regnes likevel med på inntektssiden."),
        Ytelsestype.Folketrygd => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav e; " + Pkt4, "Ytelser etter folketrygdloven er trekkbare, både løpende ytelser og engangsytelser."),
        Ytelsestype.Sosialhjelp => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav e; " + Pkt4, "Ytelser etter sosialtjenesteloven er omfattet av «pensjon eller annen ytelse etter lovgivningen om offentlig trygd eller lignende»."),
        Ytelsestype.Kontantstoette => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav e; Lovavdelingens uttalelse 17.9.2001; " + Pkt4, "Kontantstøtte er trekkbar: loven sier ikke at støtten skal brukes på en bestemt måte."),
        Ytelsestype.Barnetrygd => (Behandling.InntektIkkeTrekkbar, "Rt-1951-1203; Lovavdelingens uttalelse 17.9.2001; Retningslinje pkt. 4 og 5.2", "Det kan ikke nedlegges utleggstrekk i barnetrygd; den regnes likevel med på inntektssiden."),
        Ytelsestype.StoenadTilBarnetilsyn => (Behandling.HoldesUtenfor, "folketrygdloven § 15-10; Rt-1951-1203 tilsvarende; " + Pkt4, "Stønad til barnetilsyn kan det ikke trekkes i, på samme måte som barnetrygd; den holdes utenfor."),
        Ytelsestype.ErstatningPersonskade => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav f; " + Pkt4, "Erstatning eller oppreisning for skade på legeme eller helse eller for tap av forsørger er trekkbar (ikke erstatning for ærekrenkelse)."),
        Ytelsestype.InnsamledeMidler => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav g; " + Pkt4, "Midler innsamlet offentlig til skyldneren er trekkbare."),
        Ytelsestype.Aeresgave => (Behandling.Trekkbar, "deknl. § 2-7 annet ledd bokstav h; " + Pkt4, "Æresgaver som består i penger er trekkbare."),
        Ytelsestype.Kapitalinntekt => (Behandling.HoldesUtenfor, "deknl. § 2-7 (kapitalinntekt er ikke nevnt); deknl. § 2-2; Retningslinje pkt. 4 og 5.2", "Kapitalinntekt holdes utenfor: kreditorene kan ta utlegg i kapitalen. I særlige tilfeller, typisk når formuen er unndratt kreditorene, kan kapitalinntekt trekkes inn i vurderingen av inntektssiden (Rt-2001-1402); det må vurderes manuelt."),
        Ytelsestype.Naturalytelse => krav == KravGjelder.Skatt
            ? (Behandling.InntektIkkeTrekkbar, "skattebetalingsforskriften § 14-4-3 tredje ledd; Retningslinje pkt. 5.2", "For skatte- og avgiftskrav regnes naturalytelser med i beregningsgrunnlaget; selve naturalytelsen kan ikke trekkes i.")
            : (Behandling.HoldesUtenfor, "Retningslinje pkt. 5.2 (Hålogaland lagmannsrett 27.2.2008)", "For andre krav enn skatte- og avgiftskrav regnes naturalytelser trolig ikke med; de holdes utenfor. Forskuddstrekket på naturalytelsen tas likevel av kontantlønnen."),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown Ytelsestype."),
    };
}
