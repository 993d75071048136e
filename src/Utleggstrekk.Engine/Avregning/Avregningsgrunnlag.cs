using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>
/// Everything an avregning needs that the payments do not change, computed once (<see cref="Forbered"/>, allocates):
/// the order of cover (the <see cref="Fordeler.Planlegg"/> plan fordeling uses), the payments in date order, which claims
/// take part in each payment, and each claim's interest numerator for each period between two payments.
/// Immutable; <see cref="Avregner.Avregn(Avregningsgrunnlag, Avregningsbuffer, Span{KravAvregning}, Span{BetalingAvregning}, Span{Plassering}, out Avregningssum)"/>
/// then places the payments without allocating.
/// </summary>
public sealed class Avregningsgrunnlag
{
    private Avregningsgrunnlag()
    {
    }

    /// <summary>The trekk.</summary>
    public Trekk Trekk { get; private init; } = null!;

    /// <summary>The avregning's date.</summary>
    public LocalDate Dato { get; private init; }

    /// <summary>Number of claims.</summary>
    public int AntallKrav => Trekk.Krav.Length;

    /// <summary>Number of payments.</summary>
    public int AntallBetalinger => Rekkefoelge.Length;

    internal Fordelingsplan Plan { get; private init; } = null!;

    /// <summary>The payments' indexes in <see cref="Trekk.Mottatt"/>, in the order placed (date, then index).</summary>
    internal int[] Rekkefoelge { get; private init; } = [];

    /// <summary>Per payment (order placed): its calendar month as <c>year · 12 + month</c>.</summary>
    internal int[] Maanedsnummer { get; private init; } = [];

    /// <summary>
    /// Per period and claim (<c>[k · n + i]</c>): the interest numerator over the common denominator and its flags, and
    /// whether the claim takes part in payment k. Period 0 runs from the claim's interest start to the first payment (or
    /// the date); period k from payment k−1 to payment k; the last, in which no claim takes part, from the last payment
    /// to the date. Numerator 0 when no interest runs. One element per claim and period, so the payment loop reads one
    /// array.
    /// </summary>
    internal Periodekrav[] Perioder { get; private init; } = [];

    /// <summary>Per claim: what the payments never change (løpende bidrag and its monthly amount, separate interest part).</summary>
    internal Kravfakta[] Fakta { get; private init; } = [];

    /// <summary>Per claim: the state before the first payment (remaining principal and accrued interest; the rest 0).</summary>
    internal Kravtilstand[] Start { get; private init; } = [];

    /// <summary>
    /// Prepares the avregning of <paramref name="trekk"/>'s <see cref="Trekk.Mottatt"/> on <paramref name="dato"/>.
    /// A claim takes part in a payment received on day <c>p</c> when its tidsprioritet is on or before <c>p</c> (the
    /// pålegg for it was given) and its own trekkperiode (<see cref="Trekk.TrekkperiodeSlutt"/>) has not ended by
    /// <c>p</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="trekk"/> or <paramref name="renteTabell"/> is null.</exception>
    /// <exception cref="UgyldigInndataException">The trekk breaks a rule (<see cref="Trekkvalidering"/>), the date lies
    /// outside years 1–9999 (field <c>dato</c>), or a payment is received after the date (<c>mottatt[i].dato</c>,
    /// <c>MOTTATT_ETTER_DATO</c>), or the payments add up to more than an amount can hold.</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static Avregningsgrunnlag Forbered(Trekk trekk, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        ArgumentNullException.ThrowIfNull(renteTabell);
        var feil = new List<Valideringsfeil>(Trekkvalidering.Valider(trekk));
        Datogrense.Sjekk(dato, "dato", feil);
        if (feil.Count == 0)
        {
            long sum = 0;
            for (var i = 0; i < trekk.Mottatt.Length; i++)
            {
                var m = trekk.Mottatt[i];
                if (m.Dato > dato)
                {
                    feil.Add(new Valideringsfeil(
                        "mottatt[" + i.ToString(CultureInfo.InvariantCulture) + "].dato",
                        Isodato.Tekst(m.Dato),
                        Feilkoder.MottattEtterDato,
                        $"Beløpet er mottatt etter avregningsdatoen {Isodato.Tekst(dato)}; velg en senere dato eller ta det ut."));
                }

                if (long.MaxValue - sum < m.Beloep.Oere)
                {
                    feil.Add(new Valideringsfeil("mottatt", null, Feilkoder.UgyldigBeloep, "De mottatte beløpene blir til sammen større enn et beløp kan holde."));
                    break;
                }

                sum += m.Beloep.Oere;
            }
        }

        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }

        var krav = trekk.Krav.AsSpan();
        var n = krav.Length;
        var plan = Fordeler.Planlegg(krav, trekk.Regel);

        var mottatt = trekk.Mottatt;
        var m0 = mottatt.Length;
        var rekke = new int[m0];
        for (var k = 0; k < m0; k++)
        {
            rekke[k] = k;
        }

        Array.Sort(rekke, (a, b) =>
        {
            var c = mottatt[a].Dato.CompareTo(mottatt[b].Dato);
            return c != 0 ? c : a.CompareTo(b);
        });

        var maanedsnummer = new int[m0];
        var deltar = new bool[checked(m0 * n)];
        for (var k = 0; k < m0; k++)
        {
            var p = mottatt[rekke[k]].Dato;
            maanedsnummer[k] = (p.Year * 12) + p.Month - 1;
            for (var i = 0; i < n; i++)
            {
                deltar[(k * n) + i] = krav[i].Tidsprioritet <= p && (trekk.TrekkperiodeSluttFor(i) is not { } slutt || p < slutt);
            }
        }

        // Period boundaries: period 0 ends at the first payment (or the date); period k runs [p(k−1), p(k)); the last
        // [p(m−1), dato).
        var grenser = new LocalDate[m0 + 1];
        for (var k = 0; k < m0; k++)
        {
            grenser[k] = mottatt[rekke[k]].Dato;
        }

        grenser[m0] = dato;

        // Per period the shared numerators (forsinkelsesrente from the table, and per 1/100 percentage point for agreed
        // rates) for the claims whose interest runs from the period's start; a claim whose interest starts inside a
        // period gets its own.
        var trengerTabell = false;
        foreach (var k in krav)
        {
            trengerTabell |= k.Rentevilkaar.Type == Rentetype.Forsinkelsesrente && k.Kravtype != Kravtype.LoependeBidrag;
        }

        var tabellTeller = new long[m0 + 1];
        var tabellAntatt = new bool[m0 + 1];
        var tabellAvledet = new bool[m0 + 1];
        var fastTeller = new long[m0 + 1];
        for (var k = 1; k <= m0; k++)
        {
            if (trengerTabell)
            {
                tabellTeller[k] = Renteberegner.TellerForsinkelsesrente(grenser[k - 1], grenser[k], renteTabell, out tabellAntatt[k], out tabellAvledet[k]);
            }

            fastTeller[k] = Renteberegner.TellerPerHundredel(grenser[k - 1], grenser[k]);
        }

        var rentevekt = new long[checked((m0 + 1) * n)];
        var antatt = new bool[rentevekt.Length];
        var avledet = new bool[rentevekt.Length];
        var gj = new long[n];
        var renter = new long[n];
        var erBidrag = new bool[n];
        var bidrag = new long[n];
        var harRentedel = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var k0 = krav[i];
            erBidrag[i] = k0.Kravtype == Kravtype.LoependeBidrag;
            bidrag[i] = erBidrag[i] ? k0.MaanedligBeloep.Oere : 0;
            harRentedel[i] = plan.HarRentedel(i);
            if (erBidrag[i])
            {
                continue;
            }

            gj[i] = k0.Gjenstaaende.Oere;
            renter[i] = k0.PaaloeptRente.Oere;
            var vilkaar = k0.Rentevilkaar;
            if (vilkaar.Type == Rentetype.Ingen || vilkaar.RenteFra is not { } renteFra)
            {
                continue;
            }

            for (var k = 0; k <= m0; k++)
            {
                var til = grenser[k];
                var fra = k == 0 ? renteFra : grenser[k - 1];
                if (renteFra >= til)
                {
                    continue;
                }

                var delt = k > 0 && renteFra <= fra;
                if (renteFra > fra)
                {
                    fra = renteFra;
                }

                long teller;
                var a = false;
                var av = false;
                if (vilkaar.Type == Rentetype.Avtalt)
                {
                    teller = checked(vilkaar.AvtaltSats.Hundredeler * (delt ? fastTeller[k] : Renteberegner.TellerPerHundredel(fra, til)));
                }
                else if (delt)
                {
                    teller = tabellTeller[k];
                    a = tabellAntatt[k];
                    av = tabellAvledet[k];
                }
                else
                {
                    teller = Renteberegner.TellerForsinkelsesrente(fra, til, renteTabell, out a, out av);
                }

                rentevekt[(k * n) + i] = teller;
                antatt[(k * n) + i] = a;
                avledet[(k * n) + i] = av;
            }
        }

        // A principal never grows, so its largest interest in any period is bounded by the largest principal times the
        // largest numerator: refuse up front what could not be held, instead of wrapping in the allocation-free loop.
        long stoersteTeller = 0;
        long stoersteGj = 0;
        foreach (var t in rentevekt)
        {
            stoersteTeller = Math.Max(stoersteTeller, t);
        }

        foreach (var x in gj)
        {
            stoersteGj = Math.Max(stoersteGj, x);
        }

        if ((Int128)stoersteGj * stoersteTeller / (Prosent.Hel * 365 * 366) > long.MaxValue / 4)
        {
            throw new UgyldigInndataException(new Valideringsfeil("krav", null, Feilkoder.UgyldigBeloep, "Rentene blir større enn et beløp kan holde."));
        }

        var perioder = new Periodekrav[rentevekt.Length];
        for (var j = 0; j < perioder.Length; j++)
        {
            perioder[j] = new Periodekrav(rentevekt[j], j < deltar.Length && deltar[j], antatt[j], avledet[j]);
        }

        var fakta = new Kravfakta[n];
        var start = new Kravtilstand[n];
        for (var i = 0; i < n; i++)
        {
            fakta[i] = new Kravfakta(bidrag[i], erBidrag[i], harRentedel[i]);
            start[i] = new Kravtilstand { Gjenstaaende = gj[i], Renter = renter[i] };
        }

        return new Avregningsgrunnlag
        {
            Perioder = perioder,
            Fakta = fakta,
            Start = start,
            Trekk = trekk,
            Dato = dato,
            Plan = plan,
            Rekkefoelge = rekke,
            Maanedsnummer = maanedsnummer,
        };
    }

    /// <summary>The payment placed as number <paramref name="k"/> (0-based, date order): its index in <see cref="Trekk.Mottatt"/>.</summary>
    public int MottattIndeks(int k) => Rekkefoelge[k];

    /// <summary>True when claim <paramref name="krav"/> (input index) takes part in the payment placed as number <paramref name="betaling"/>.</summary>
    public bool KravDeltar(int betaling, int krav) => Perioder[(betaling * AntallKrav) + krav].Deltar;
}

/// <summary>The work arrays of an avregning, made once per grunnlag and reused for every run (no allocation per run).</summary>
public sealed class Avregningsbuffer
{
    /// <summary>Makes the buffer for avregninger of <paramref name="grunnlag"/>.</summary>
    public Avregningsbuffer(Avregningsgrunnlag grunnlag)
    {
        ArgumentNullException.ThrowIfNull(grunnlag);
        var n = grunnlag.AntallKrav;
        Tilstand = new Kravtilstand[n];
        HovedstolBehov = new Beloep[n];
        RenteBehov = new Beloep[n];
        Andeler = new Beloep[n];
        Renteandeler = new Beloep[n];
    }

    /// <summary>Per claim: its running state.</summary>
    internal Kravtilstand[] Tilstand { get; }

    internal Beloep[] HovedstolBehov { get; }

    internal Beloep[] RenteBehov { get; }

    internal Beloep[] Andeler { get; }

    internal Beloep[] Renteandeler { get; }
}

/// <summary>One claim in one period of an avregning (see <see cref="Avregningsgrunnlag.Perioder"/>).</summary>
/// <param name="Teller">The period's interest numerator over the common denominator; 0 when no interest runs.</param>
/// <param name="Deltar">True when the claim takes part in the payment that ends the period.</param>
/// <param name="Antatt">True when the numerator used a rate carried past the table's end.</param>
/// <param name="Avledet">True when the period's forsinkelsesrente has a derived rate.</param>
internal readonly record struct Periodekrav(long Teller, bool Deltar, bool Antatt, bool Avledet);

/// <summary>What the payments never change about one claim.</summary>
/// <param name="BidragPerMaaned">A løpende bidrag's monthly amount (øre); 0 otherwise.</param>
/// <param name="ErBidrag">True for a løpende bidrag.</param>
/// <param name="HarRentedel">True when the claim's interest is a class-f part of its own (<see cref="Fordelingsplan.HarRentedel"/>).</param>
internal readonly record struct Kravfakta(long BidragPerMaaned, bool ErBidrag, bool HarRentedel);

/// <summary>One claim's running state in an avregning (øre).</summary>
internal struct Kravtilstand
{
    /// <summary>Remaining principal (0 for a løpende bidrag).</summary>
    public long Gjenstaaende;

    /// <summary>Accrued interest not yet covered.</summary>
    public long Renter;

    /// <summary>Interest accrued since the claim's stated figures.</summary>
    public long Opptjent;

    /// <summary>Principal covered so far (a løpende bidrag: what it got).</summary>
    public long DekketHovedstol;

    /// <summary>Interest covered so far.</summary>
    public long DekketRenter;

    /// <summary>What a løpende bidrag got in the current calendar month.</summary>
    public long BidragDenneMaaned;
}
