using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>Each claim's interest numerator per period, its state before the first payment, and the bound on interest.</summary>
public sealed partial class Avregningsgrunnlag
{
    /// <summary>
    /// Writes each claim's interest numerator (and its assumed/derived flags) into <paramref name="perioder"/>: from the
    /// later of the claim's <c>renteFra</c> and the period's start to the period's end; nothing for a løpende bidrag, a
    /// claim without interest, or a period that ends on or before its interest starts.
    /// </summary>
    private static void Rentetellere(ReadOnlySpan<Krav> krav, LocalDate[] grenser, EnkelTabell<Prosentverdi> renteTabell, Periodekrav[] perioder)
    {
        var felles = Fellestellere(krav, grenser, renteTabell);
        var n = krav.Length;
        for (var i = 0; i < n; i++)
        {
            var vilkaar = krav[i].Rentevilkaar;
            // No pattern variable in this condition: a mutation testing tool that removes the `continue` or turns `||`
            // into `&&` would leave it unassigned and set the whole method aside (Stryker's safe mode).
            if (krav[i].Kravtype == Kravtype.LoependeBidrag || vilkaar.Type == Rentetype.Ingen || vilkaar.RenteFra is null)
            {
                continue;
            }

            var renteFra = vilkaar.RenteFra.Value;

            for (var k = 0; k < grenser.Length; k++)
            {
                var til = grenser[k];
                if (renteFra >= til)
                {
                    continue;
                }

                // A claim whose interest runs from the period's start shares the period's numerator; one whose interest
                // starts inside it (or period 0, which starts at renteFra) gets its own.
                var fra = k == 0 ? renteFra : grenser[k - 1];
                var delt = k > 0 && renteFra <= fra;
                var teller = delt ? felles[k] : Teller(vilkaar, renteFra > fra ? renteFra : fra, til, renteTabell);
                ref var p = ref perioder[(k * n) + i];
                p = vilkaar.Type == Rentetype.Avtalt
                    ? p with { Teller = checked(vilkaar.AvtaltSats.Hundredeler * teller.Fast) }
                    : p with { Teller = teller.Tabell, Antatt = teller.Antatt, Avledet = teller.Avledet };
            }
        }
    }

    /// <summary>
    /// Per period (1 … m; period 0 is never shared) the numerators of a claim whose interest runs from the period's start:
    /// forsinkelsesrente from the table (read only when a claim needs it) and per 1/100 percentage point for agreed rates.
    /// </summary>
    private static Periodeteller[] Fellestellere(ReadOnlySpan<Krav> krav, LocalDate[] grenser, EnkelTabell<Prosentverdi> renteTabell)
    {
        var trengerTabell = Krav.TrengerForsinkelsesrentetabell(krav);
        var felles = new Periodeteller[grenser.Length];
        for (var k = 1; k < grenser.Length; k++)
        {
            long tabell = 0;
            var antatt = false;
            var avledet = false;
            if (trengerTabell)
            {
                tabell = Renteberegner.TellerForsinkelsesrente(grenser[k - 1], grenser[k], renteTabell, out antatt, out avledet);
            }

            felles[k] = new Periodeteller(tabell, Renteberegner.TellerPerHundredel(grenser[k - 1], grenser[k]), antatt, avledet);
        }

        return felles;
    }

    /// <summary>A claim's own numerator from <paramref name="fra"/> to <paramref name="til"/>: the one its rate needs.</summary>
    private static Periodeteller Teller(Rentevilkaar vilkaar, LocalDate fra, LocalDate til, EnkelTabell<Prosentverdi> renteTabell)
    {
        if (vilkaar.Type == Rentetype.Avtalt)
        {
            return new Periodeteller(0, Renteberegner.TellerPerHundredel(fra, til), false, false);
        }

        var tabell = Renteberegner.TellerForsinkelsesrente(fra, til, renteTabell, out var antatt, out var avledet);
        return new Periodeteller(tabell, 0, antatt, avledet);
    }

    /// <summary>Per claim what the payments never change, and its state before the first payment.</summary>
    private static (Kravfakta[] Fakta, Kravtilstand[] Start) Utgangspunkt(ReadOnlySpan<Krav> krav, Fordelingsplan plan)
    {
        var fakta = new Kravfakta[krav.Length];
        var start = new Kravtilstand[krav.Length];
        for (var i = 0; i < krav.Length; i++)
        {
            var k = krav[i];
            var erBidrag = k.Kravtype == Kravtype.LoependeBidrag;
            fakta[i] = new Kravfakta(erBidrag ? k.MaanedligBeloep.Oere : 0, erBidrag, plan.HarRentedel(i));
            if (!erBidrag)
            {
                start[i] = new Kravtilstand { Gjenstaaende = k.Gjenstaaende.Oere, Renter = k.PaaloeptRente.Oere };
            }
        }

        return (fakta, start);
    }

    /// <summary>
    /// A principal never grows, so its largest interest in any period is bounded by the largest principal times the
    /// largest numerator: refuses up front what could not be held, instead of wrapping in the allocation-free loop.
    /// </summary>
    private static void SjekkRentestoerrelse(ReadOnlySpan<Periodekrav> perioder, ReadOnlySpan<Kravtilstand> start)
    {
        long stoersteTeller = 0;
        long stoersteGj = 0;
        foreach (var p in perioder)
        {
            stoersteTeller = Math.Max(stoersteTeller, p.Teller);
        }

        foreach (var t in start)
        {
            stoersteGj = Math.Max(stoersteGj, t.Gjenstaaende);
        }

        if ((Int128)stoersteGj * stoersteTeller / Renteberegner.Fellesnevner > long.MaxValue / 4)
        {
            throw new UgyldigInndataException(new Valideringsfeil("krav", null, Feilkoder.UgyldigBeloep, "Rentene blir større enn et beløp kan holde."));
        }
    }

    /// <summary>
    /// One period's numerators: forsinkelsesrente from the table (<see cref="Tabell"/>, with its flags) and per 1/100
    /// percentage point (<see cref="Fast"/>, times an agreed rate's hundredths).
    /// </summary>
    private readonly record struct Periodeteller(long Tabell, long Fast, bool Antatt, bool Avledet);
}
