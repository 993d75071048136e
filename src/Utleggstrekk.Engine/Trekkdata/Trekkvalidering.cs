using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Engine.Trekkdata;

/// <summary>
/// Checks a <see cref="Trekk"/> built in code before innsyn or framskriving uses it, with the codes and TREKK.json
/// paths the file reader uses (<c>docs/trekk-json.md</c>): the claims (<see cref="Kravvalidering"/>), each trekkpålegg
/// and each amount received. Collects every violation.
/// </summary>
/// <remarks>
/// Rule codes: those of <see cref="Kravvalidering"/>; <c>UGYLDIG_DATO</c> (a date outside years 1–9999),
/// <c>UGYLDIG_PERIODE</c> (a trekkpålegg's <c>til</c> not after its <c>fra</c>), <c>BELOEP_ELLER_PROSENT</c> (a
/// trekkpålegg has an amount or a percent, not both, not neither), <c>PARTER_PASSER_IKKE</c> and
/// <c>TREKKPERIODESLUTT_PASSER_IKKE</c> (a per-claim list given with another length than the claims),
/// <c>ULIKE_PARTER_I_SAK</c> (claims of one sak with different parties), <c>UGYLDIG_BELOEP</c> (a negative amount, or
/// trekkpålegg amounts that together do not fit an amount), <c>UGYLDIG_PROSENT</c> (above 100 %).
/// </remarks>
public static class Trekkvalidering
{
    /// <summary>Every violation in <paramref name="trekk"/>; empty when it is valid.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="trekk"/> is null.</exception>
    public static IReadOnlyList<Valideringsfeil> Valider(Trekk trekk)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        var feil = new List<Valideringsfeil>(Kravvalidering.Valider(trekk.Krav.AsSpan()));
        var ic = CultureInfo.InvariantCulture;
        // The per-claim lists are matched to the claims by position: a list that is given must have one entry per claim,
        // or a party could be answered with another claim's figures (issue 16).
        if (!trekk.TrekkperiodeSlutt.IsEmpty && trekk.TrekkperiodeSlutt.Length != trekk.Krav.Length)
        {
            feil.Add(new Valideringsfeil("trekkperiodeSlutt", trekk.TrekkperiodeSlutt.Length.ToString(ic), Feilkoder.TrekkperiodesluttPasserIkke, $"Det er oppgitt trekkperiodeslutt for {trekk.TrekkperiodeSlutt.Length} krav, men trekket har {trekk.Krav.Length}; listen må ha ett element per krav i samme rekkefølge."));
        }

        if (!trekk.Parter.IsEmpty && trekk.Parter.Length != trekk.Krav.Length)
        {
            feil.Add(new Valideringsfeil("parter", trekk.Parter.Length.ToString(ic), Feilkoder.ParterPasserIkke, $"Det er oppgitt parter for {trekk.Parter.Length} krav, men trekket har {trekk.Krav.Length}; listen må ha ett element per krav i samme rekkefølge."));
        }
        else
        {
            SjekkPartePerSak(trekk, feil);
        }

        for (var i = 0; i < trekk.TrekkperiodeSlutt.Length; i++)
        {
            if (trekk.TrekkperiodeSlutt[i] is { } slutt)
            {
                Datogrense.Sjekk(slutt, "krav[" + i.ToString(ic) + "].trekkperiodeSlutt", feil);
            }
        }

        SjekkTrekkpaalegg(trekk, feil);
        SjekkMottatt(trekk, feil);
        return feil;
    }

    /// <summary>
    /// Each trekkpålegg: its dates, <c>til</c> after <c>fra</c>, exactly one of amount and percent, a non-negative
    /// amount, amounts that together fit an amount (only the first overflow is reported), at most 100 %.
    /// </summary>
    private static void SjekkTrekkpaalegg(Trekk trekk, List<Valideringsfeil> feil)
    {
        var ic = CultureInfo.InvariantCulture;
        long sum = 0;
        var sumForStor = false;
        for (var i = 0; i < trekk.Trekkpaalegg.Length; i++)
        {
            var p = trekk.Trekkpaalegg[i];
            var sti = "trekkpaalegg[" + i.ToString(ic) + "]";
            var fraGyldig = Datogrense.Sjekk(p.Fra, sti + ".fra", feil);
            if (p.Til is { } til && Datogrense.Sjekk(til, sti + ".til", feil) && fraGyldig && til <= p.Fra)
            {
                feil.Add(UgyldigPeriode(sti, p.Fra, til));
            }

            if (p.Beloep is null == p.Prosent is null)
            {
                feil.Add(BeloepEllerProsent(sti));
            }
            else if (p.Beloep is { } b)
            {
                if (b.ErNegativt)
                {
                    feil.Add(new Valideringsfeil(sti + ".beloep", b.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
                }
                else if (!sumForStor)
                {
                    // Only the first overflow is reported; the months' sums are at most this sum.
                    sumForStor = b.Oere > long.MaxValue - sum;
                    if (sumForStor)
                    {
                        feil.Add(new Valideringsfeil(sti + ".beloep", b.ToString(), Feilkoder.UgyldigBeloep, "Trekkpåleggenes samlede beløp blir større enn et beløp kan holde."));
                    }
                    else
                    {
                        sum += b.Oere;
                    }
                }
            }
            else if (p.Prosent is { } prosent && prosent > Prosent.FraHeleProsent(100))
            {
                feil.Add(ForHoeyProsent(sti, prosent));
            }
        }
    }

    /// <summary>Each amount received: its date and a non-negative amount.</summary>
    private static void SjekkMottatt(Trekk trekk, List<Valideringsfeil> feil)
    {
        var ic = CultureInfo.InvariantCulture;
        for (var i = 0; i < trekk.Mottatt.Length; i++)
        {
            var m = trekk.Mottatt[i];
            var sti = "mottatt[" + i.ToString(ic) + "]";
            Datogrense.Sjekk(m.Dato, sti + ".dato", feil);
            if (m.Beloep.ErNegativt)
            {
                feil.Add(new Valideringsfeil(sti + ".beloep", m.Beloep.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
            }
        }
    }

    /// <summary>
    /// <c>ULIKE_PARTER_I_SAK</c>: every claim of one sak has the same saksøker and prosessfullmektig, so access per claim
    /// is access per sak (seed 001: "i saker som hen er prosessfullmektig for"). Reported on the later claim, naming the sak.
    /// </summary>
    private static void SjekkPartePerSak(Trekk trekk, List<Valideringsfeil> feil)
    {
        var ic = CultureInfo.InvariantCulture;
        var foerste = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < trekk.Krav.Length; i++)
        {
            var sak = trekk.Krav[i].Sak;
            if (sak is null)
            {
                continue;
            }

            if (!foerste.TryGetValue(sak, out var j))
            {
                foerste[sak] = i;
                continue;
            }

            var a = trekk.ParterFor(j);
            var b = trekk.ParterFor(i);
            if (a.Saksoeker != b.Saksoeker)
            {
                feil.Add(new Valideringsfeil($"krav[{i.ToString(ic)}].saksoeker", b.Saksoeker?.ToString(), Feilkoder.UlikeParterISak, $"Sak {sak} har en annen saksøker på krav[{j.ToString(ic)}]; alle krav i en sak må ha samme saksøker og prosessfullmektig."));
            }

            if (a.Prosessfullmektig != b.Prosessfullmektig)
            {
                feil.Add(new Valideringsfeil($"krav[{i.ToString(ic)}].prosessfullmektig", b.Prosessfullmektig?.ToString(), Feilkoder.UlikeParterISak, $"Sak {sak} har en annen prosessfullmektig på krav[{j.ToString(ic)}]; alle krav i en sak må ha samme saksøker og prosessfullmektig."));
            }
        }
    }

    /// <summary>Throws <see cref="UgyldigInndataException"/> with every violation when <paramref name="trekk"/> is not valid.</summary>
    /// <exception cref="UgyldigInndataException">The trekk breaks one or more rules.</exception>
    public static void SjekkGyldig(Trekk trekk)
    {
        var feil = Valider(trekk);
        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }
    }

    /// <summary><c>UGYLDIG_PERIODE</c>: trekkpålegg <paramref name="sti"/> ends (<paramref name="til"/>, exclusive) on or before it starts. Shared with the TREKK.json reader.</summary>
    public static Valideringsfeil UgyldigPeriode(string sti, LocalDate fra, LocalDate til) =>
        new(sti + ".til", Tekst(til), Feilkoder.UgyldigPeriode, $"Slutten (eksklusiv) må være etter fra-datoen {Tekst(fra)}.");

    /// <summary><c>BELOEP_ELLER_PROSENT</c>: trekkpålegg <paramref name="sti"/> has both or neither. Shared with the TREKK.json reader.</summary>
    public static Valideringsfeil BeloepEllerProsent(string sti) =>
        new(sti, null, Feilkoder.BeloepEllerProsent, "Et trekkpålegg har enten beloep eller prosent, ikke begge og ikke ingen.");

    /// <summary><c>UGYLDIG_PROSENT</c>: trekkpålegg <paramref name="sti"/> takes more than 100 %. Shared with the TREKK.json reader.</summary>
    public static Valideringsfeil ForHoeyProsent(string sti, Prosent prosent) =>
        new(sti + ".prosent", prosent.ToString(), Feilkoder.UgyldigProsent, "Et trekk kan ikke være mer enn 100 % av inntekten.");

    private static string Tekst(LocalDate dato) => Isodato.Tekst(dato);
}
