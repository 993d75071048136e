using System.Collections.Immutable;
using System.Globalization;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>The explanation trace of a distribution (allocates; built only when asked for).</summary>
public static partial class Fordeler
{
    /// <summary>
    /// The explanation trace of a distribution: one step per group in the order of cover, naming the rule that decided
    /// it and its source, with each part's share of its need as facts (an interest part marked as such, with the rule
    /// that puts it in class f), and the surplus. Allocates; built only when asked for.
    /// </summary>
    public static Forklaring Forklar(Fordelingsresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        var ic = CultureInfo.InvariantCulture;
        var steg = ImmutableArray.CreateBuilder<Forklaring>();
        foreach (var gruppe in resultat.Deler.GroupBy(d => d.Gruppe).OrderBy(g => g.Key))
        {
            if (Gruppesteg(resultat, gruppe.ToList()) is { } s)
            {
                steg.Add(s);
            }
        }

        if (!resultat.Overskudd.ErNull)
        {
            steg.Add(new Forklaring("Overskudd", Prioritetsregler.Overskudd, resultat.Overskudd.ToString(), [], []));
        }

        return new Forklaring(
            "Fordeling",
            resultat.Regel == Fordelingsregel.Samordnet ? Prioritetsregler.Samordnet : Prioritetsregler.Artsprioritet,
            (resultat.Betaling - resultat.Overskudd).ToString(),
            [
                new Faktum("betaling", resultat.Betaling.ToString()),
                new Faktum("fordelingsregel", resultat.Regel.ToString()),
                new Faktum("antallKrav", resultat.Andeler.Length.ToString(ic)),
                new Faktum("overskudd", resultat.Overskudd.ToString()),
            ],
            steg.ToImmutable());
    }

    /// <summary>
    /// One group's step of the trace: the rule that decided it, each part's share of its need as facts, and below it
    /// the interest parts' class-f rule and the rounding rule when the group shares. Null when no part has a fact.
    /// </summary>
    private static Forklaring? Gruppesteg(Fordelingsresultat resultat, List<Delandel> deler)
    {
        var ic = CultureInfo.InvariantCulture;
        var foerste = deler[0];
        var regel = foerste.Deling switch
        {
            Delingsmaate.ForholdsmessigBidrag => Prioritetsregler.ForholdsmessigBidrag,
            Delingsmaate.SammeDag => Prioritetsregler.SammeDag,
            Delingsmaate.Samordnet => Prioritetsregler.Samordnet,
            _ => Prioritetsregler.Tidsprioritet,
        };
        var fakta = deler
            .Where(d => d.Del == Kravdel.Hovedstol || !d.Behov.ErNull)
            .Select(d => new Faktum(
                d.Del == Kravdel.Renter ? $"{d.KravId} (renter)" : d.KravId,
                $"{d.Andel} av {d.Behov} (sak {d.Sak}, tidsprioritet {Isodato.Tekst(d.Tidsprioritet)})"))
            .ToList();
        if (fakta.Count == 0)
        {
            return null;
        }

        return new Forklaring(
            Gruppetittel(foerste),
            regel,
            Beloep.FraOere(deler.Sum(a => a.Andel.Oere)).ToString(),
            [.. fakta],
            Gruppeundersteg(resultat, deler, foerste.Deling));
    }

    /// <summary>Below a group's step: the interest parts in class f (pkt. 6.1) and, when the group shares, the rounding rule.</summary>
    private static ImmutableArray<Forklaring> Gruppeundersteg(Fordelingsresultat resultat, List<Delandel> deler, Delingsmaate deling)
    {
        var under = ImmutableArray.CreateBuilder<Forklaring>();
        var rentedeler = deler.Where(d => d.Del == Kravdel.Renter && !d.Behov.ErNull).ToList();
        if (rentedeler.Count > 0)
        {
            under.Add(new Forklaring(
                "Renter i artsprioritet f",
                Prioritetsregler.RenterIKlasseF,
                Beloep.FraOere(rentedeler.Sum(d => d.Andel.Oere)).ToString(),
                [.. rentedeler.Select(d => new Faktum($"{d.KravId} (renter)", $"hovedstol i artsprioritet {resultat.Andeler[d.KravIndeks].Artsprioritet.Bokstav()}"))],
                []));
        }

        if (deling != Delingsmaate.EtterTur)
        {
            under.Add(new Forklaring("Avrunding", Prioritetsregler.StoersteRest, Prioritetsregler.StoersteRest.Beskrivelse, [], []));
        }

        return under.ToImmutable();
    }

    /// <summary>The title of a group's step: its class, and its date or how it shares.</summary>
    private static string Gruppetittel(Delandel foerste)
    {
        var ic = CultureInfo.InvariantCulture;
        return foerste.Deling switch
        {
            Delingsmaate.ForholdsmessigBidrag => $"Artsprioritet {foerste.Artsprioritet.Bokstav()} (forholdsmessig etter bidragenes størrelse)",
            Delingsmaate.SammeDag => $"Artsprioritet {foerste.Artsprioritet.Bokstav()}, tidsprioritet {Isodato.Tekst(foerste.Tidsprioritet)}: samme dag, delt forholdsmessig",
            Delingsmaate.Samordnet => $"Artsprioritet {foerste.Artsprioritet.Bokstav()} (forholdsmessig etter dividendegrunnlag)",
            _ => $"Artsprioritet {foerste.Artsprioritet.Bokstav()}, tidsprioritet {Isodato.Tekst(foerste.Tidsprioritet)}",
        };
    }
}
