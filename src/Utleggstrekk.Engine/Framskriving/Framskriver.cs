using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Engine.Framskriving;

/// <summary>One claim at the end of a projection.</summary>
/// <param name="InnfriddMaaned">The month (0-based) at whose end nothing remains of the claim, or −1 when something
/// remains at the horizon (a løpende bidrag is never innfridd).</param>
/// <param name="Start">What the claim needed at the start: remaining plus accrued and stipulated interest.</param>
/// <param name="Gjenstaaende">What remains at the end: principal plus unpaid interest.</param>
/// <param name="Renter">Interest accrued over the projection (from the start date).</param>
/// <param name="Mottatt">Total received from the trekk.</param>
public readonly record struct KravFramskriving(int InnfriddMaaned, Beloep Start, Beloep Gjenstaaende, Beloep Renter, Beloep Mottatt)
{
    /// <summary>True when the claim is paid off within the horizon.</summary>
    public bool ErInnfridd => InnfriddMaaned >= 0;

    /// <summary>
    /// True when <see cref="Start"/> includes interest stipulated to the start at a forsinkelsesrente carried forward
    /// past the table's end (an assumed rate). False for a løpende bidrag.
    /// </summary>
    public bool StartAntatt { get; init; }

    /// <summary>
    /// True when <see cref="Start"/> includes interest stipulated to the start at a derived forsinkelsesrente (kildegrad
    /// <c>avledet</c>: not published, derived by the rule the table's <c>kilde</c> states). False for a løpende bidrag.
    /// </summary>
    public bool StartAvledet { get; init; }
}

/// <summary>One month of a projection.</summary>
/// <param name="Fra">The month's first day.</param>
/// <param name="Betaling">The trekk paid this month.</param>
/// <param name="Fordelt">What the claims received (payment minus surplus).</param>
/// <param name="TilLoependeBidrag">Of that, what went to løpende bidrag (not a debt that decreases).</param>
/// <param name="Overskudd">What was left when every claim was covered. Only the month that pays the last claim (løpende
/// bidrag aside) can have one, since later months take no more trekk than the løpende bidrag are due; it is to be paid
/// back to the debtor (<see cref="Tilbakebetales"/>).</param>
/// <param name="Renter">Interest accrued over the month on what remained.</param>
/// <param name="Gjenstaaende">What remains of all claims at the month's end (principal plus unpaid interest).</param>
/// <param name="Antatt">True when the month's interest used a forsinkelsesrente carried forward past the table's end.</param>
public readonly record struct Framskrivingsmaaned(
    LocalDate Fra,
    Beloep Betaling,
    Beloep Fordelt,
    Beloep TilLoependeBidrag,
    Beloep Overskudd,
    Beloep Renter,
    Beloep Gjenstaaende,
    bool Antatt)
{
    /// <summary>
    /// What the trekk took this month beyond what the claims needed, to be paid back to the debtor (Retningslinje
    /// pkt. 8.7: what is taken after a claim is covered is paid back). Equal to <see cref="Overskudd"/>.
    /// </summary>
    public Beloep Tilbakebetales => Overskudd;

    /// <summary>
    /// True when the month's interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>: not published, derived
    /// by the rule the table's <c>kilde</c> states, e.g. Norges Bank's policy rate + 8 pp).
    /// </summary>
    public bool Avledet { get; init; }
}

/// <summary>The work arrays of a projection, made once per grunnlag and reused for every run (no allocation per run).</summary>
public sealed class Framskrivingsbuffer
{
    /// <summary>Makes the buffer for projections of <paramref name="grunnlag"/>.</summary>
    public Framskrivingsbuffer(Framskrivingsgrunnlag grunnlag)
    {
        ArgumentNullException.ThrowIfNull(grunnlag);
        var n = grunnlag.AntallKrav;
        Gjenstaaende = new long[n];
        Renter = new long[n];
        Opptjent = new long[n];
        Mottatt = new long[n];
        Innfridd = new int[n];
        Fordeling = new Fordelingsbuffer(n);
    }

    internal long[] Gjenstaaende { get; }

    internal long[] Renter { get; }

    internal long[] Opptjent { get; }

    internal long[] Mottatt { get; }

    internal int[] Innfridd { get; }

    /// <summary>Per month: the needs in and the shares out.</summary>
    internal readonly Fordelingsbuffer Fordeling;
}

/// <summary>
/// Projects a trekk month by month (SPEC §9): the month's payment (the decided trekk, or a fixed what-if amount while a
/// trekk is in force), fordeling by the trekk's rule over the parts of the order of cover (the same
/// <see cref="Fordeler"/>), within a claim interest before principal, then interest on what remains of each principal
/// until the next month. Allocation-free: the caller gives the buffer and the result spans.
/// </summary>
public static partial class Framskriver
{
    /// <summary>
    /// gj · teller / <see cref="Renteberegner.Fellesnevner"/> rounded half away from zero (<see cref="Heltallsregning.MulDivHalvt"/>:
    /// 64-bit when the product fits, the usual case, else 128-bit; the same result either way).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static long Rente(long gjenstaaende, long teller) => Heltallsregning.MulDivHalvt(gjenstaaende, teller, Renteberegner.Fellesnevner);

    /// <summary>
    /// Runs the projection of <paramref name="grunnlag"/>. <paramref name="fastBeloep"/>, when given, replaces the
    /// decided payment in every month a trekk is in force (what-if). Writes one <see cref="KravFramskriving"/> per claim
    /// (input order) and one <see cref="Framskrivingsmaaned"/> per month; when <paramref name="saldo"/> is not empty
    /// (length claims × months) also each claim's remainder at each month's end, row by claim
    /// (<c>saldo[krav · maaneder + maaned]</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A span has the wrong length, or the buffer belongs to another grunnlag.</exception>
    /// <exception cref="UgyldigInndataException"><paramref name="fastBeloep"/> is negative, or it is null and a trekkpålegg
    /// in percent has no gross income (field <c>bruttoinntekt</c>).</exception>
    public static void Framskriv(
        Framskrivingsgrunnlag grunnlag,
        Beloep? fastBeloep,
        Framskrivingsbuffer buffer,
        Span<KravFramskriving> krav,
        Span<Framskrivingsmaaned> maaneder,
        Span<Beloep> saldo)
    {
        SjekkArgumenter(grunnlag, fastBeloep, buffer, krav, maaneder, saldo);
        Nullstill(grunnlag, buffer);
        var m = grunnlag.Maaneder;
        for (var j = 0; j < m; j++)
        {
            var aktiv = grunnlag.Aktiv[j];
            var betaling = aktiv ? (fastBeloep?.Oere ?? grunnlag.Besluttet[j]) : 0;
            var annetBehov = MaanedensBehov(grunnlag, buffer, j, aktiv, out var bidragBehov);

            // SPEC §9, Retningslinje pkt. 8.7: when every claim taking part (løpende bidrag aside) is paid, no trekk is
            // taken beyond what the løpende bidrag are due this month; what the month that paid the last claim took
            // too much is its surplus, to be paid back (Tilbakebetales).
            if (annetBehov == 0 && betaling > bidragBehov)
            {
                betaling = bidragBehov;
            }

            buffer.Fordeling.Fordel(grunnlag.Plan, Beloep.FraOere(betaling), out var overskudd);
            var tilBidrag = Avregn(grunnlag, buffer);
            var maanedsrente = Forrent(grunnlag, buffer, j, saldo, out var rest);
            maaneder[j] = new Framskrivingsmaaned(
                grunnlag.Maanedsstart[j],
                Beloep.FraOere(betaling),
                Beloep.FraOere(betaling - overskudd.Oere),
                Beloep.FraOere(tilBidrag),
                overskudd,
                Beloep.FraOere(maanedsrente),
                Beloep.FraOere(rest),
                grunnlag.AntattMaaned[j] && maanedsrente > 0)
            {
                Avledet = grunnlag.AvledetMaaned[j] && maanedsrente > 0,
            };

            if (rest == 0 && !grunnlag.HarBidrag)
            {
                // Everything is paid and no løpende bidrag takes money: no later month takes trekk, accrues interest or
                // has anything remaining (what the loop would compute, without running it).
                FyllEtterInnfrielse(grunnlag, j, maaneder, saldo);
                break;
            }
        }

        SkrivKrav(grunnlag, buffer, krav);
    }

    /// <summary>The argument checks of the projection, and a decided trekk that cannot be projected.</summary>
    private static void SjekkArgumenter(
        Framskrivingsgrunnlag grunnlag,
        Beloep? fastBeloep,
        Framskrivingsbuffer buffer,
        Span<KravFramskriving> krav,
        Span<Framskrivingsmaaned> maaneder,
        Span<Beloep> saldo)
    {
        Preconditions.CheckNotNull(grunnlag, nameof(grunnlag));
        Preconditions.CheckNotNull(buffer, nameof(buffer));
        var n = grunnlag.AntallKrav;
        var m = grunnlag.Maaneder;
        Preconditions.CheckArgument(buffer.Gjenstaaende.Length == n, nameof(buffer), "The buffer was made for another grunnlag.");
        Preconditions.CheckArgument(krav.Length == n, nameof(krav), "One element per claim is required.");
        Preconditions.CheckArgument(maaneder.Length == m, nameof(maaneder), "One element per month is required.");
        Preconditions.CheckArgument(saldo.IsEmpty || saldo.Length == n * m, nameof(saldo), "The balances need claims × months elements, or none.");
        if (fastBeloep is { ErNegativt: true } negativ)
        {
            throw new UgyldigInndataException(new Valideringsfeil("beloep", negativ.ToString(), Feilkoder.UgyldigBeloep, "Trekkbeløpet kan ikke være negativt."));
        }

        if (fastBeloep is null)
        {
            grunnlag.SjekkBesluttet();
        }
    }

    /// <summary>Each claim's start: remaining and interest from the grunnlag, nothing accrued or received, not paid off.</summary>
    private static void Nullstill(Framskrivingsgrunnlag grunnlag, Framskrivingsbuffer buffer)
    {
        grunnlag.StartGjenstaaende.CopyTo(buffer.Gjenstaaende.AsSpan());
        grunnlag.StartRenter.CopyTo(buffer.Renter.AsSpan());
        buffer.Opptjent.AsSpan().Clear();
        buffer.Mottatt.AsSpan().Clear();
        buffer.Innfridd.AsSpan().Fill(-1);
    }

    /// <summary>
    /// Month <paramref name="j"/>'s needs into the buffer: the principal (a løpende bidrag: the amount due while the trekk
    /// runs) and the accrued interest. A claim whose own trekkperiode has ended needs nothing this month (it stays unpaid;
    /// the others share). Returns what the claims other than løpende bidrag need, and in
    /// <paramref name="bidragBehov"/> what the løpende bidrag need.
    /// </summary>
    private static long MaanedensBehov(Framskrivingsgrunnlag grunnlag, Framskrivingsbuffer buffer, int j, bool aktiv, out long bidragBehov)
    {
        var n = grunnlag.AntallKrav;
        var gj = buffer.Gjenstaaende.AsSpan();
        var renter = buffer.Renter.AsSpan();
        var hovedstolBehov = buffer.Fordeling.HovedstolBehov.AsSpan();
        var renteBehov = buffer.Fordeling.RenteBehov.AsSpan();
        var erBidrag = grunnlag.ErBidrag.AsSpan();
        var bidragPerMaaned = grunnlag.BidragPerMaaned.AsSpan();
        var deltar = grunnlag.Deltar.AsSpan(j * n, n);
        long annetBehov = 0;
        bidragBehov = 0;
        for (var i = 0; i < n; i++)
        {
            var hovedstol = !deltar[i] ? 0 : erBidrag[i] ? (aktiv ? bidragPerMaaned[i] : 0) : gj[i];
            hovedstolBehov[i] = Beloep.FraOere(hovedstol);
            renteBehov[i] = Beloep.FraOere(deltar[i] ? renter[i] : 0);
            if (erBidrag[i])
            {
                bidragBehov += hovedstol;
            }
            else if (deltar[i])
            {
                annetBehov = checked(annetBehov + hovedstol + renter[i]);
            }
        }

        return annetBehov;
    }

    /// <summary>
    /// Applies the month's shares: a class-f interest part pays interest; within a claim of class e/f interest first,
    /// then principal. Returns what went to løpende bidrag.
    /// </summary>
    private static long Avregn(Framskrivingsgrunnlag grunnlag, Framskrivingsbuffer buffer)
    {
        var gj = buffer.Gjenstaaende.AsSpan();
        var renter = buffer.Renter.AsSpan();
        var mottatt = buffer.Mottatt.AsSpan();
        var andeler = buffer.Fordeling.Andeler.AsSpan();
        var renteandeler = buffer.Fordeling.Renteandeler.AsSpan();
        var erBidrag = grunnlag.ErBidrag.AsSpan();
        var harRentedel = grunnlag.HarRentedel.AsSpan();
        long tilBidrag = 0;
        for (var i = 0; i < gj.Length; i++)
        {
            var a = andeler[i].Oere;
            if (a == 0)
            {
                continue;
            }

            mottatt[i] += a;
            if (erBidrag[i])
            {
                tilBidrag += a;
                continue;
            }

            var fraRente = harRentedel[i] ? renteandeler[i].Oere : Math.Min(a, renter[i]);
            renter[i] -= fraRente;
            gj[i] -= a - fraRente;
        }

        return tilBidrag;
    }

    /// <summary>
    /// Interest to the next month on what remains of each principal (numerators precomputed per month); marks the claims
    /// paid off in month <paramref name="j"/> and writes their balances. Returns the month's interest, and in
    /// <paramref name="rest"/> what remains of all claims.
    /// </summary>
    private static long Forrent(Framskrivingsgrunnlag grunnlag, Framskrivingsbuffer buffer, int j, Span<Beloep> saldo, out long rest)
    {
        var n = grunnlag.AntallKrav;
        var m = grunnlag.Maaneder;
        var gj = buffer.Gjenstaaende.AsSpan();
        var renter = buffer.Renter.AsSpan();
        var opptjent = buffer.Opptjent.AsSpan();
        var innfridd = buffer.Innfridd.AsSpan();
        var erBidrag = grunnlag.ErBidrag.AsSpan();
        var vekt = grunnlag.Rentevekt.AsSpan(j * n, n);
        long maanedsrente = 0;
        rest = 0;
        for (var i = 0; i < n; i++)
        {
            var teller = vekt[i];
            if (gj[i] > 0 && teller != 0)
            {
                var r = Rente(gj[i], teller);
                renter[i] = checked(renter[i] + r);
                opptjent[i] += r;
                maanedsrente += r;
            }

            var igjen = gj[i] + renter[i];
            rest += igjen;
            if (innfridd[i] < 0 && igjen == 0 && !erBidrag[i])
            {
                innfridd[i] = j;
            }

            if (!saldo.IsEmpty)
            {
                saldo[(i * m) + j] = Beloep.FraOere(igjen);
            }
        }

        return maanedsrente;
    }

    /// <summary>The months after month <paramref name="j"/>, in which everything is paid: no trekk, interest or balance.</summary>
    private static void FyllEtterInnfrielse(Framskrivingsgrunnlag grunnlag, int j, Span<Framskrivingsmaaned> maaneder, Span<Beloep> saldo)
    {
        var m = grunnlag.Maaneder;
        for (var jj = j + 1; jj < m; jj++)
        {
            maaneder[jj] = new Framskrivingsmaaned(grunnlag.Maanedsstart[jj], Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, false);
        }

        if (!saldo.IsEmpty)
        {
            for (var i = 0; i < grunnlag.AntallKrav; i++)
            {
                saldo.Slice((i * m) + j + 1, m - j - 1).Clear();
            }
        }
    }

    /// <summary>One <see cref="KravFramskriving"/> per claim from the buffer at the projection's end.</summary>
    private static void SkrivKrav(Framskrivingsgrunnlag grunnlag, Framskrivingsbuffer buffer, Span<KravFramskriving> krav)
    {
        for (var i = 0; i < krav.Length; i++)
        {
            krav[i] = new KravFramskriving(
                buffer.Innfridd[i],
                Beloep.FraOere(grunnlag.StartGjenstaaende[i] + grunnlag.StartRenter[i]),
                Beloep.FraOere(buffer.Gjenstaaende[i] + buffer.Renter[i]),
                Beloep.FraOere(buffer.Opptjent[i]),
                Beloep.FraOere(buffer.Mottatt[i]))
            {
                StartAntatt = grunnlag.StartAntatt[i],
                StartAvledet = grunnlag.StartAvledet[i],
            };
        }
    }
}
