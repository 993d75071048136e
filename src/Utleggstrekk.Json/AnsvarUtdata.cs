using Utleggstrekk.Engine.Ansvar;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>The result document of <c>ansvar --json</c> (and <c>POST /api/ansvar</c>).</summary>
public sealed class AnsvarUtdata
{
    /// <summary><c>skatt</c> or <c>annet</c>.</summary>
    public required string KravGjelder { get; init; }

    /// <summary>The legal basis of the liability for this kind of claim.</summary>
    public required string Hjemmel { get; init; }

    /// <summary>Each month, in calendar order.</summary>
    public required IReadOnlyList<AnsvarMaanedUtdata> Maaneder { get; init; }

    /// <summary>Sum of the months' <c>ikkeTrukket</c>.</summary>
    public required Beloep IkkeTrukket { get; init; }

    /// <summary>Sum of the months' <c>trukketIkkeInnbetalt</c>.</summary>
    public required Beloep TrukketIkkeInnbetalt { get; init; }

    /// <summary>Sum of the months' <c>stipulert</c>.</summary>
    public required Beloep Stipulert { get; init; }

    /// <summary>Paid over beyond what was deducted, summed; reduces <see cref="Ansvar"/>.</summary>
    public required Beloep InnbetaltUtoverTrukket { get; init; }

    /// <summary>The trekkpliktig's liability for the period.</summary>
    public required Beloep Ansvar { get; init; }

    /// <summary>The trekk deducted, credited to the debtor (pkt. 8.3).</summary>
    public required Beloep GodskrivesSkyldner { get; init; }

    /// <summary>Builds the document.</summary>
    public static AnsvarUtdata Fra(Ansvarsresultat r, IReadOnlyList<Ansvarsmaaned> inndata)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(inndata);
        var etterMaaned = inndata.ToDictionary(m => m.Maaned);
        return new AnsvarUtdata
        {
            KravGjelder = AnsvarJson.KravGjelderKoder.TekstFor(r.KravGjelder),
            Hjemmel = r.KravGjelder == Engine.Felles.KravGjelder.Skatt ? "sktbl. § 16-20" : "tvangsl. § 7-22 tredje ledd",
            Maaneder = [.. r.Maaneder.Select(m => AnsvarMaanedUtdata.Fra(m, etterMaaned[m.Maaned]))],
            IkkeTrukket = r.IkkeTrukket,
            TrukketIkkeInnbetalt = r.TrukketIkkeInnbetalt,
            Stipulert = r.Stipulert,
            InnbetaltUtoverTrukket = r.InnbetaltUtoverTrukket,
            Ansvar = r.Ansvar,
            GodskrivesSkyldner = r.GodskrivesSkyldner,
        };
    }
}

/// <summary>One month of <see cref="AnsvarUtdata"/>.</summary>
public sealed class AnsvarMaanedUtdata
{
    /// <summary><c>YYYY-MM</c>.</summary>
    public required string Maaned { get; init; }

    /// <summary>As given.</summary>
    public required Beloep PaalagtTrekk { get; init; }

    /// <summary>As given.</summary>
    public required Beloep GjennomfoertTrekk { get; init; }

    /// <summary>As given.</summary>
    public required Beloep Innbetalt { get; init; }

    /// <summary>Pålagt minus gjennomført, unless excused or replaced by <see cref="Stipulert"/>.</summary>
    public required Beloep IkkeTrukket { get; init; }

    /// <summary>Gjennomført minus innbetalt (objective).</summary>
    public required Beloep TrukketIkkeInnbetalt { get; init; }

    /// <summary>10 % of the gross basis less what was deducted (skatt, not reported).</summary>
    public required Beloep Stipulert { get; init; }

    /// <summary>The month's liability.</summary>
    public required Beloep Ansvar { get; init; }

    /// <summary>The trekk deducted, credited to the debtor.</summary>
    public required Beloep GodskrivesSkyldner { get; init; }

    /// <summary>Paid over beyond what was deducted.</summary>
    public required Beloep InnbetaltUtoverTrukket { get; init; }

    /// <summary>Deducted beyond the pålegg.</summary>
    public required Beloep TrukketUtoverPaalegg { get; init; }

    /// <summary>The failure to deduct was excused.</summary>
    public required bool Unnskyldt { get; init; }

    /// <summary>Norwegian notes for the caseworker (empty when none).</summary>
    public required IReadOnlyList<string> Merknader { get; init; }

    /// <summary>Builds one month.</summary>
    public static AnsvarMaanedUtdata Fra(Ansvarsmaanedsresultat m, Ansvarsmaaned inn)
    {
        var merknader = new List<string>();
        if (inn.IkkeMeldt && !m.Unnskyldt)
        {
            merknader.Add($"Arbeidsforholdet er ikke meldt: ansvaret stipuleres til 10 % av brutto trekkgrunnlag {Norskformat.Kr(inn.BruttoTrekkgrunnlag ?? Beloep.Null)} kr minus gjennomført trekk (sktbl. § 16-20 annet ledd).");
        }

        if (m.Unnskyldt)
        {
            merknader.Add("Unnskyldt: den manglende gjennomføringen skyldes ikke forsømmelse (den trekkpliktiges bevisbyrde); gjennomført trekk som ikke er innbetalt, er likevel den trekkpliktiges ansvar.");
        }

        if (!m.TrukketIkkeInnbetalt.ErNull)
        {
            merknader.Add("Trukket, men ikke innbetalt: objektivt ansvar, kan ikke unnskyldes (Ot.prp. nr. 83 (2004–2005) s. 147).");
        }

        if (!m.InnbetaltUtoverTrukket.ErNull)
        {
            merknader.Add("Innbetalt mer enn månedens trekk: det overskytende trekkes fra ansvaret for perioden.");
        }

        if (!m.TrukketUtoverPaalegg.ErNull)
        {
            merknader.Add("Trukket mer enn pålagt: ikke ansvar, men vurder om det skal tilbakebetales skyldneren (Retningslinje pkt. 8.7).");
        }

        return new AnsvarMaanedUtdata
        {
            Maaned = AnsvarJson.Tekst(m.Maaned),
            PaalagtTrekk = inn.PaalagtTrekk,
            GjennomfoertTrekk = inn.GjennomfoertTrekk,
            Innbetalt = inn.Innbetalt,
            IkkeTrukket = m.IkkeTrukket,
            TrukketIkkeInnbetalt = m.TrukketIkkeInnbetalt,
            Stipulert = m.Stipulert,
            Ansvar = m.Ansvar,
            GodskrivesSkyldner = m.GodskrivesSkyldner,
            InnbetaltUtoverTrukket = m.InnbetaltUtoverTrukket,
            TrukketUtoverPaalegg = m.TrukketUtoverPaalegg,
            Unnskyldt = m.Unnskyldt,
            Merknader = merknader,
        };
    }
}
