using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;

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
    /// <summary>The common denominator of the interest numerators (<see cref="Renteberegner.Fellesnevner"/>), unsigned.</summary>
    private const ulong Fellesnevner = Renteberegner.Fellesnevner;

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
        SjekkArgumenter(grunnlag, buffer, krav.Length, betalinger.Length, plasseringer.Length);
        var n = grunnlag.AntallKrav;
        var m = grunnlag.AntallBetalinger;

        var tilstand = buffer.Tilstand.AsSpan();
        var hovedstolBehov = buffer.Fordeling.HovedstolBehov.AsSpan();
        var renteBehov = buffer.Fordeling.RenteBehov.AsSpan();
        var andeler = buffer.Fordeling.Andeler.AsSpan();
        var renteandeler = buffer.Fordeling.Renteandeler.AsSpan();
        grunnlag.Start.CopyTo(tilstand);
        var fakta = grunnlag.Fakta.AsSpan();
        var perioder = grunnlag.Perioder.AsSpan();
        var maanedsnummer = grunnlag.Maanedsnummer.AsSpan();
        var rekkefoelge = grunnlag.Rekkefoelge.AsSpan();
        var mottatt = grunnlag.Trekk.Mottatt.AsSpan();
        var plan = grunnlag.Plan;
        var flagg = default(Renteflagg);
        var maaned = int.MinValue;
        long sumMottatt = 0;
        long sumTilbake = 0;
        long tilBidrag = 0;

        // A claim a payment gives nothing has the placement (0, 0): cleared once here, so each payment writes only the
        // claims it reaches.
        plasseringer.Clear();

        for (var k = 0; k < m; k++)
        {
            var betaling = mottatt[rekkefoelge[k]];

            // A løpende bidrag needs its monthly amount once per calendar month.
            var nyMaaned = maanedsnummer[k] != maaned;
            maaned = maanedsnummer[k];

            var periode = perioder.Slice(k * n, n);
            Opptjen(periode, tilstand, ref flagg);
            var igjen = Behov(periode, fakta, tilstand, nyMaaned, betaling.Beloep.Oere, hovedstolBehov, renteBehov);
            var overskudd = Fordel(plan, betaling.Beloep, igjen, buffer.Fordeling);
            tilBidrag += Plasser(fakta, tilstand, andeler, renteandeler, plasseringer.IsEmpty ? [] : plasseringer.Slice(k * n, n));
            sumMottatt += betaling.Beloep.Oere;
            sumTilbake += overskudd.Oere;
            betalinger[k] = new BetalingAvregning(rekkefoelge[k], betaling.Dato, betaling.Beloep, betaling.Beloep - overskudd, overskudd);
        }

        // From the last payment to the date.
        Opptjen(perioder.Slice(m * n, n), tilstand, ref flagg);
        sum = Status(tilstand, krav, sumMottatt, sumTilbake, tilBidrag, flagg);
    }

    /// <summary>
    /// Prepares, places and collects in one call (allocates): for the command line, the service and other one-off callers.
    /// </summary>
    /// <exception cref="UgyldigInndataException">As <see cref="Avregningsgrunnlag.Forbered"/>.</exception>
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
            throw new UgyldigInndataException(new Valideringsfeil("krav", null, Feilkoder.UgyldigBeloep, "Rentene blir større enn et beløp kan holde."));
        }
    }

    /// <summary>Refuses spans of the wrong length and a buffer made for another grunnlag.</summary>
    private static void SjekkArgumenter(Avregningsgrunnlag grunnlag, Avregningsbuffer buffer, int krav, int betalinger, int plasseringer)
    {
        Preconditions.CheckNotNull(grunnlag, nameof(grunnlag));
        Preconditions.CheckNotNull(buffer, nameof(buffer));
        var n = grunnlag.AntallKrav;
        var m = grunnlag.AntallBetalinger;
        Preconditions.CheckArgument(buffer.Tilstand.Length == n, nameof(buffer), "The buffer was made for another grunnlag.");
        Preconditions.CheckArgument(krav == n, nameof(krav), "One element per claim is required.");
        Preconditions.CheckArgument(betalinger == m, nameof(betalinger), "One element per payment is required.");
        Preconditions.CheckArgument(plasseringer == 0 || plasseringer == n * m, nameof(plasseringer), "The placements need payments × claims elements, or none.");
    }

    /// <summary>
    /// <see cref="Avregningsregler.Plassering"/> step 3: the shares of one payment, and its surplus. <paramref name="igjen"/>
    /// is what <see cref="Behov"/> left of the payment (negative when it falls short of the needs).
    /// </summary>
    private static Beloep Fordel(Fordelingsplan plan, Beloep betaling, long igjen, in Fordelingsbuffer fordeling)
    {
        if (igjen >= 0)
        {
            // The payment meets every need: whatever the order of cover, every part is covered in full (each group,
            // block and step then gets its whole need), so the fordeling is not run. The needs add up to at most the
            // payment, so no share can overflow.
            var hovedstolBehov = fordeling.HovedstolBehov.AsSpan();
            var renteBehov = fordeling.RenteBehov.AsSpan();
            var andeler = fordeling.Andeler.AsSpan();
            var renteandeler = fordeling.Renteandeler.AsSpan();
            for (var i = 0; i < andeler.Length; i++)
            {
                andeler[i] = Beloep.FraOere(hovedstolBehov[i].Oere + renteBehov[i].Oere);
                renteandeler[i] = renteBehov[i];
            }

            return Beloep.FraOere(igjen);
        }

        fordeling.Fordel(plan, betaling, out var overskudd);
        return overskudd;
    }

    /// <summary>
    /// <see cref="Avregningsregler.Status"/>: writes each claim's figures on the date and returns the sums (what came in,
    /// was placed and is paid back; principal and interest covered; what went to løpende bidrag; what remains).
    /// </summary>
    /// <exception cref="OverflowException">What remains adds up past what an amount can hold.</exception>
    private static Avregningssum Status(
        ReadOnlySpan<Kravtilstand> tilstand,
        Span<KravAvregning> krav,
        long sumMottatt,
        long sumTilbake,
        long tilBidrag,
        Renteflagg flagg)
    {
        long sumH = 0;
        long sumR = 0;
        long rest = 0;
        for (var i = 0; i < tilstand.Length; i++)
        {
            ref readonly var t = ref tilstand[i];
            krav[i] = new KravAvregning(
                Beloep.FraOere(t.DekketHovedstol),
                Beloep.FraOere(t.DekketRenter),
                Beloep.FraOere(t.Opptjent),
                Beloep.FraOere(t.Gjenstaaende),
                Beloep.FraOere(t.Renter));
            sumH += t.DekketHovedstol;
            sumR += t.DekketRenter;
            rest = checked(rest + t.Gjenstaaende + t.Renter);
        }

        return new Avregningssum(
            Beloep.FraOere(sumMottatt),
            Beloep.FraOere(sumMottatt - sumTilbake),
            Beloep.FraOere(sumTilbake),
            Beloep.FraOere(sumH),
            Beloep.FraOere(sumR),
            Beloep.FraOere(tilBidrag),
            Beloep.FraOere(rest),
            flagg.Antatt)
        {
            Avledet = flagg.Avledet,
        };
    }

    /// <summary>
    /// <see cref="Avregningsregler.Plassering"/> step 1: accrues the period's interest on each remaining principal, one
    /// rounding per period, and notes whether an assumed or derived rate gave interest.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Opptjen(ReadOnlySpan<Periodekrav> periode, Span<Kravtilstand> tilstand, ref Renteflagg flagg)
    {
        var antatt = false;
        var avledet = false;
        for (var i = 0; i < tilstand.Length; i++)
        {
            ref var t = ref tilstand[i];
            var p = periode[i];
            if (p.Teller != 0 && t.Gjenstaaende > 0)
            {
                var r = Rente(t.Gjenstaaende, p.Teller);
                t.Renter = checked(t.Renter + r);
                t.Opptjent = checked(t.Opptjent + r);
                if (r > 0)
                {
                    antatt |= p.Antatt;
                    avledet |= p.Avledet;
                }
            }
        }

        flagg.Antatt |= antatt;
        flagg.Avledet |= avledet;
    }

    /// <summary>
    /// <see cref="Avregningsregler.Plassering"/> step 2: writes each claim's needs for the payment that ends the period
    /// (0 for a claim not taking part; a løpende bidrag its monthly amount less what it got this calendar month, which
    /// <paramref name="nyMaaned"/> resets). Returns what <paramref name="betaling"/> has left once every need is met, or a
    /// negative number when it falls short (then nothing more is subtracted, so it cannot wrap). The needs are
    /// non-negative by construction.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Behov(
        ReadOnlySpan<Periodekrav> periode,
        ReadOnlySpan<Kravfakta> fakta,
        Span<Kravtilstand> tilstand,
        bool nyMaaned,
        long betaling,
        Span<Beloep> hovedstolBehov,
        Span<Beloep> renteBehov)
    {
        var igjen = betaling;
        for (var i = 0; i < tilstand.Length; i++)
        {
            ref var t = ref tilstand[i];
            if (nyMaaned)
            {
                // Also for a bidrag not taking part in this payment: it may join a later payment of the same month.
                t.BidragDenneMaaned = 0;
            }

            long hovedstol = 0;
            long rente = 0;
            if (periode[i].Deltar)
            {
                var f = fakta[i];
                hovedstol = f.ErBidrag ? f.BidragPerMaaned - t.BidragDenneMaaned : t.Gjenstaaende;
                rente = t.Renter;

                // Both needs are non-negative and igjen is subtracted from only while non-negative: no overflow.
                if (igjen >= 0)
                {
                    igjen = unchecked(igjen - hovedstol);
                    if (igjen >= 0)
                    {
                        igjen = unchecked(igjen - rente);
                    }
                }
            }

            hovedstolBehov[i] = Beloep.FraOere(hovedstol);
            renteBehov[i] = Beloep.FraOere(rente);
        }

        return igjen;
    }

    /// <summary>
    /// <see cref="Framskriver.Rente"/> (the interest of one period, rounded half away from zero) for a positive
    /// principal and numerator, in 64 bits when both are small enough that the product cannot pass 2⁶³ (every realistic
    /// claim and period: a principal below 2³² øre, a numerator below 2³¹); otherwise the general 128-bit path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Rente(long gjenstaaende, long teller)
    {
        if ((ulong)gjenstaaende <= uint.MaxValue && (ulong)teller <= int.MaxValue)
        {
            // gjenstaaende < 2³² and teller < 2³¹: the product is below 2⁶³, and so are the quotient and the remainder.
            var produkt = unchecked((ulong)gjenstaaende * (ulong)teller);
            var kvotient = produkt / Fellesnevner;
            var rest = unchecked(produkt - (kvotient * Fellesnevner));
            return unchecked((long)(rest >= Fellesnevner - rest ? kvotient + 1 : kvotient));
        }

        return Framskriver.Rente(gjenstaaende, teller);
    }

    /// <summary>
    /// Books one payment's shares on the claims (<see cref="Avregningsregler.Plassering"/> step 4): within a claim without
    /// a separate interest part (class e/f) interest before principal; a løpende bidrag's share counts against this
    /// month's amount. Writes the placement of each claim reached into <paramref name="rad"/> (already cleared) unless it
    /// is empty, and returns what went to løpende bidrag.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Plasser(
        ReadOnlySpan<Kravfakta> fakta,
        Span<Kravtilstand> tilstand,
        ReadOnlySpan<Beloep> andeler,
        ReadOnlySpan<Beloep> renteandeler,
        Span<Plassering> rad)
    {
        long tilBidrag = 0;
        for (var i = 0; i < tilstand.Length; i++)
        {
            var a = andeler[i].Oere;
            if (a == 0)
            {
                continue;
            }

            ref var t = ref tilstand[i];
            var f = fakta[i];
            long fraRente = 0;
            if (f.ErBidrag)
            {
                t.BidragDenneMaaned += a;
                tilBidrag += a;
            }
            else
            {
                fraRente = f.HarRentedel ? renteandeler[i].Oere : Math.Min(a, t.Renter);
                t.Renter -= fraRente;
                t.Gjenstaaende -= a - fraRente;
            }

            t.DekketHovedstol += a - fraRente;
            t.DekketRenter += fraRente;
            if (!rad.IsEmpty)
            {
                rad[i] = new Plassering(Beloep.FraOere(a - fraRente), Beloep.FraOere(fraRente));
            }
        }

        return tilBidrag;
    }

    /// <summary>Whether any interest accrued at an assumed rate (<see cref="Avregningssum.Antatt"/>) or a derived one.</summary>
    private struct Renteflagg
    {
        public bool Antatt;
        public bool Avledet;
    }
}
