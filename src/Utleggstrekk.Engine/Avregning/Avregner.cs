using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>
/// Avregning of the trekk received (Retningslinje pkt. 8.7; SPEC §14): every payment of <see cref="Trekk.Mottatt"/> is
/// placed in date order with the trekk's fordeling (the same <see cref="Fordeler"/> plan as <c>fordel</c>, innsyn and
/// framskriving), interest accrued to the day it was received; what arrives when every claim taking part is covered
/// must be paid back to the debtor. Reports per claim what was covered and what remains on the date.
/// </summary>
/// <remarks>
/// Per payment, in date order (<see cref="Avregningsregler.Plassering"/>): (1) interest on each claim's remaining
/// principal from the previous payment (the first time: from <c>renteFra</c>) to the payment's day, one rounding per
/// period (the projection's month is the same period when payments arrive on its month starts); (2) the needs of the
/// claims taking part: remaining principal and accrued interest, for a løpende bidrag its monthly amount less what it
/// already got in the calendar month (<see cref="Avregningsregler.LoependeBidragPerMaaned"/>); (3) the fordeling;
/// (4) within a class e/f claim interest before principal, the interest of a class a–d claim as its class-f part;
/// (5) the surplus is <c>tilbakebetales</c> (<see cref="Avregningsregler.Tilbakebetaling"/>). Then interest from the
/// last payment to the date (<see cref="Avregningsregler.Status"/>).
/// </remarks>
public static class Avregner
{
    /// <summary>
    /// Places the payments of <paramref name="grunnlag"/>. Writes one <see cref="KravAvregning"/> per claim (input order),
    /// one <see cref="BetalingAvregning"/> per payment (date order), and when <paramref name="plasseringer"/> is not empty
    /// (length payments × claims) what each payment gave each claim (<c>[betaling · krav + i]</c>). Allocation-free.
    /// </summary>
    /// <exception cref="ArgumentException">A span has the wrong length, or the buffer belongs to another grunnlag.</exception>
    /// <exception cref="OverflowException">Interest grows past what an amount can hold.</exception>
    public static void Avregn(
        Avregningsgrunnlag grunnlag,
        Avregningsbuffer buffer,
        Span<KravAvregning> krav,
        Span<BetalingAvregning> betalinger,
        Span<Plassering> plasseringer,
        out Avregningssum sum)
    {
        Preconditions.CheckNotNull(grunnlag, nameof(grunnlag));
        Preconditions.CheckNotNull(buffer, nameof(buffer));
        var n = grunnlag.AntallKrav;
        var m = grunnlag.AntallBetalinger;
        Preconditions.CheckArgument(buffer.Gjenstaaende.Length == n, nameof(buffer), "The buffer was made for another grunnlag.");
        Preconditions.CheckArgument(krav.Length == n, nameof(krav), "One element per claim is required.");
        Preconditions.CheckArgument(betalinger.Length == m, nameof(betalinger), "One element per payment is required.");
        Preconditions.CheckArgument(plasseringer.IsEmpty || plasseringer.Length == n * m, nameof(plasseringer), "The placements need payments × claims elements, or none.");

        var gj = buffer.Gjenstaaende.AsSpan();
        var renter = buffer.Renter.AsSpan();
        var opptjent = buffer.Opptjent.AsSpan();
        var dekketH = buffer.DekketHovedstol.AsSpan();
        var dekketR = buffer.DekketRenter.AsSpan();
        var bidragDenneMaaned = buffer.BidragDenneMaaned.AsSpan();
        var hovedstolBehov = buffer.HovedstolBehov.AsSpan();
        var renteBehov = buffer.RenteBehov.AsSpan();
        var andeler = buffer.Andeler.AsSpan();
        var renteandeler = buffer.Renteandeler.AsSpan();
        grunnlag.StartGjenstaaende.CopyTo(gj);
        grunnlag.StartRenter.CopyTo(renter);
        opptjent.Clear();
        dekketH.Clear();
        dekketR.Clear();
        bidragDenneMaaned.Clear();

        var erBidrag = grunnlag.ErBidrag.AsSpan();
        var bidragPerMaaned = grunnlag.BidragPerMaaned.AsSpan();
        var harRentedel = grunnlag.HarRentedel.AsSpan();
        var mottatt = grunnlag.Trekk.Mottatt.AsSpan();
        var plan = grunnlag.Plan;
        var antatt = false;
        var avledet = false;
        var maaned = int.MinValue;
        long sumMottatt = 0;
        long sumTilbake = 0;
        long tilBidrag = 0;

        for (var k = 0; k < m; k++)
        {
            antatt |= Opptjen(grunnlag, k, gj, renter, opptjent, ref avledet);

            // A løpende bidrag needs its monthly amount once per calendar month.
            if (grunnlag.Maanedsnummer[k] != maaned)
            {
                maaned = grunnlag.Maanedsnummer[k];
                bidragDenneMaaned.Clear();
            }

            var deltar = grunnlag.Deltar.AsSpan(k * n, n);
            for (var i = 0; i < n; i++)
            {
                var hovedstol = !deltar[i] ? 0 : erBidrag[i] ? bidragPerMaaned[i] - bidragDenneMaaned[i] : gj[i];
                hovedstolBehov[i] = Beloep.FraOere(hovedstol);
                renteBehov[i] = Beloep.FraOere(deltar[i] ? renter[i] : 0);
            }

            var betaling = mottatt[grunnlag.Rekkefoelge[k]];

            // The needs are made here, non-negative by construction; the class-a weight is the principal need (the bidrag
            // size: the amount due, or the remaining bidragsgjeld), as in the projection.
            Fordeler.FordelUtenKontroll(plan, betaling.Beloep, hovedstolBehov, renteBehov, hovedstolBehov, andeler, renteandeler, out var overskudd);

            var rad = plasseringer.IsEmpty ? [] : plasseringer.Slice(k * n, n);
            for (var i = 0; i < n; i++)
            {
                var a = andeler[i].Oere;
                long fraRente = 0;
                if (a != 0)
                {
                    if (erBidrag[i])
                    {
                        bidragDenneMaaned[i] += a;
                        tilBidrag += a;
                    }
                    else
                    {
                        fraRente = harRentedel[i] ? renteandeler[i].Oere : Math.Min(a, renter[i]);
                        renter[i] -= fraRente;
                        gj[i] -= a - fraRente;
                    }

                    dekketH[i] += a - fraRente;
                    dekketR[i] += fraRente;
                }

                if (!rad.IsEmpty)
                {
                    rad[i] = new Plassering(Beloep.FraOere(a - fraRente), Beloep.FraOere(fraRente));
                }
            }

            sumMottatt += betaling.Beloep.Oere;
            sumTilbake += overskudd.Oere;
            betalinger[k] = new BetalingAvregning(grunnlag.Rekkefoelge[k], betaling.Dato, betaling.Beloep, betaling.Beloep - overskudd, overskudd);
        }

        antatt |= Opptjen(grunnlag, m, gj, renter, opptjent, ref avledet);

        long sumH = 0;
        long sumR = 0;
        long rest = 0;
        for (var i = 0; i < n; i++)
        {
            krav[i] = new KravAvregning(
                Beloep.FraOere(dekketH[i]),
                Beloep.FraOere(dekketR[i]),
                Beloep.FraOere(opptjent[i]),
                Beloep.FraOere(gj[i]),
                Beloep.FraOere(renter[i]));
            sumH += dekketH[i];
            sumR += dekketR[i];
            rest = checked(rest + gj[i] + renter[i]);
        }

        sum = new Avregningssum(
            Beloep.FraOere(sumMottatt),
            Beloep.FraOere(sumMottatt - sumTilbake),
            Beloep.FraOere(sumTilbake),
            Beloep.FraOere(sumH),
            Beloep.FraOere(sumR),
            Beloep.FraOere(tilBidrag),
            Beloep.FraOere(rest),
            antatt)
        {
            Avledet = avledet,
        };
    }

    /// <summary>
    /// Prepares, places and collects in one call (allocates): for the command line, the service and other one-off callers.
    /// </summary>
    /// <exception cref="UgyldigInputException">As <see cref="Avregningsgrunnlag.Forbered"/>.</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static Avregningsresultat Avregn(Trekk trekk, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        var grunnlag = Avregningsgrunnlag.Forbered(trekk, dato, renteTabell);
        var n = grunnlag.AntallKrav;
        var m = grunnlag.AntallBetalinger;
        var krav = new KravAvregning[n];
        var betalinger = new BetalingAvregning[m];
        var plasseringer = new Plassering[n * m];
        try
        {
            Avregn(grunnlag, new Avregningsbuffer(grunnlag), krav, betalinger, plasseringer, out var sum);
            return new Avregningsresultat
            {
                Dato = dato,
                Regel = trekk.Regel,
                KravId = [.. trekk.Krav.Select(k => k.Id)],
                Krav = ImmutableArray.Create(krav),
                Betalinger = ImmutableArray.Create(betalinger),
                Plasseringer = ImmutableArray.Create(plasseringer),
                Sum = sum,
            };
        }
        catch (OverflowException)
        {
            throw new UgyldigInputException(new Valideringsfeil("krav", null, Feilkoder.UgyldigBeloep, "Rentene blir større enn et beløp kan holde."));
        }
    }

    /// <summary>
    /// Accrues period <paramref name="periode"/>'s interest on each remaining principal; true when an assumed rate was used.
    /// Sets <paramref name="avledet"/> when interest accrued at a derived rate.
    /// </summary>
    private static bool Opptjen(Avregningsgrunnlag g, int periode, Span<long> gj, Span<long> renter, Span<long> opptjent, ref bool avledet)
    {
        var n = gj.Length;
        var vekt = g.Rentevekt.AsSpan(periode * n, n);
        var antattVekt = g.Antatt.AsSpan(periode * n, n);
        var avledetVekt = g.Avledet.AsSpan(periode * n, n);
        var antatt = false;
        for (var i = 0; i < n; i++)
        {
            var teller = vekt[i];
            if (gj[i] > 0 && teller != 0)
            {
                var r = Framskriver.Rente(gj[i], teller);
                renter[i] = checked(renter[i] + r);
                opptjent[i] += r;
                antatt |= antattVekt[i] && r > 0;
                avledet |= avledetVekt[i] && r > 0;
            }
        }

        return antatt;
    }
}
