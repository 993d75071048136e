using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Framskriving;

/// <summary>
/// Everything a projection needs that does not change month by month, computed once (<see cref="Forbered"/>, allocates):
/// the order of cover (the <see cref="Fordeler.Planlegg"/> plan fordeling uses, with the class-f interest parts of class
/// a–d claims), the
/// month boundaries, the decided payment of each month, each claim's start (remaining plus stipulated interest to the
/// start date), and cumulative day weights of the interest rates over the horizon. Immutable; one grunnlag serves any
/// number of <see cref="Framskriver.Framskriv(Framskrivingsgrunnlag, Beloep?, Framskrivingsbuffer, Span{KravFramskriving}, Span{Framskrivingsmaaned}, Span{Beloep})"/> calls (e.g. a what-if per amount).
/// </summary>
public sealed class Framskrivingsgrunnlag
{
    private Framskrivingsgrunnlag()
    {
    }

    /// <summary>The trekk.</summary>
    public Trekk Trekk { get; private init; } = null!;

    /// <summary>The first day of the first month.</summary>
    public LocalDate Fra { get; private init; }

    /// <summary>Number of months.</summary>
    public int Maaneder { get; private init; }

    /// <summary>Number of claims.</summary>
    public int AntallKrav => Trekk.Krav.Length;

    internal Fordelingsplan Plan { get; private init; } = null!;

    internal LocalDate[] Maanedsstart { get; private init; } = [];

    internal int[] Maanedsdag { get; private init; } = [];

    internal long[] Besluttet { get; private init; } = [];

    internal bool[] Aktiv { get; private init; } = [];

    /// <summary>
    /// Month by month, per claim (<c>[maaned · krav + i]</c>): true while the claim's own trekkperiode runs on the month's
    /// first day (<see cref="Trekk.TrekkperiodeSlutt"/>); a claim that does not take part gets nothing that month.
    /// </summary>
    internal bool[] Deltar { get; private init; } = [];

    internal bool[] AntattMaaned { get; private init; } = [];

    /// <summary>Per month: true when some day's forsinkelsesrente is a derived figure (kildegrad <c>avledet</c>).</summary>
    internal bool[] AvledetMaaned { get; private init; } = [];

    internal long[] StartGjenstaaende { get; private init; } = [];

    internal long[] StartRenter { get; private init; } = [];

    /// <summary>Per claim: true when the start's stipulated interest used a forsinkelsesrente carried forward past the table's end.</summary>
    internal bool[] StartAntatt { get; private init; } = [];

    /// <summary>Per claim: true when the start's stipulated interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>).</summary>
    internal bool[] StartAvledet { get; private init; } = [];

    /// <summary>Per claim: true for a løpende bidrag (its need is the amount due while a trekk is in force).</summary>
    internal bool[] ErBidrag { get; private init; } = [];

    /// <summary>Per claim: the amount due per month of a løpende bidrag in øre (0 for other claims).</summary>
    internal long[] BidragPerMaaned { get; private init; } = [];

    /// <summary>Per claim: true when the plan gives its interest a class-f part of its own (class a–d).</summary>
    internal bool[] HarRentedel { get; private init; } = [];

    /// <summary>True when some claim is a løpende bidrag (the month loop cannot stop when the debts are paid).</summary>
    internal bool HarBidrag { get; private init; }

    /// <summary>
    /// Month by month, per claim (<c>[maaned · krav + i]</c>): the interest numerator of the month over
    /// <see cref="Framskriver"/>'s common denominator (rate · other year length summed over the days from the later of
    /// the month's first day and <c>renteFra</c> to the next month's first day); 0 when no interest runs that month.
    /// </summary>
    internal long[] Rentevekt { get; private init; } = [];

    /// <summary>Set when a trekkpålegg in force in the horizon is a percent and no gross income was given.</summary>
    internal Valideringsfeil? ManglerBrutto { get; private init; }

    /// <summary>What the claim at input index <paramref name="krav"/> needs at the start (remaining plus accrued and stipulated interest; 0 for a løpende bidrag).</summary>
    public Beloep Start(int krav) => Beloep.FraOere(StartGjenstaaende[krav] + StartRenter[krav]);

    /// <summary>The first day of month <paramref name="maaned"/> (0-based; <see cref="Maaneder"/> gives the day after the horizon).</summary>
    public LocalDate MaanedFra(int maaned) => Maanedsstart[maaned];

    /// <summary>
    /// Prepares a projection of <paramref name="trekk"/> over <paramref name="maaneder"/> months from
    /// <paramref name="fra"/>. A trekkpålegg in percent needs <paramref name="bruttoinntekt"/> (gross income per month);
    /// no trekk is paid on or after <paramref name="trekkperiodeSlutt"/> (the trekkperiode's end, exclusive) when given.
    /// A claim with its own end (<see cref="Trekk.TrekkperiodeSlutt"/>) takes part in the fordeling only in months that
    /// begin before it, and no trekk is paid in a month where no claim takes part
    /// (<see cref="Framskrivingsregler.KravetsTrekkperiode"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="trekk"/> or <paramref name="renteTabell"/> is null.</exception>
    /// <exception cref="UgyldigInndataException">The trekk breaks a rule (<see cref="Trekkvalidering"/>),
    /// <paramref name="maaneder"/> is not 1–1200 or the months run past year 9999, or <paramref name="fra"/> or
    /// <paramref name="trekkperiodeSlutt"/> lies outside years 1–9999.
    /// (A percent trekk without gross income is refused by <see cref="Framskriver.Framskriv(Framskrivingsgrunnlag, Beloep?, Framskrivingsbuffer, Span{KravFramskriving}, Span{Framskrivingsmaaned}, Span{Beloep})"/> when the decided trekk
    /// is projected, field <c>bruttoinntekt</c>; a what-if amount does not need it.)</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static Framskrivingsgrunnlag Forbered(
        Trekk trekk,
        LocalDate fra,
        int maaneder,
        EnkelTabell<Prosentverdi> renteTabell,
        Beloep? bruttoinntekt = null,
        LocalDate? trekkperiodeSlutt = null)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        ArgumentNullException.ThrowIfNull(renteTabell);
        SjekkInndata(fra, maaneder, bruttoinntekt, trekkperiodeSlutt);
        Trekkvalidering.SjekkGyldig(trekk);
        var krav = trekk.Krav.AsSpan();
        var plan = Fordeler.Planlegg(krav, trekk.Regel);
        var start = Maanedsgrenser(fra, maaneder, out var startDag);
        var deltar = Deltakelse(trekk, start, maaneder, out var noenDeltar);
        var besluttet = BesluttedeBetalinger(trekk, start, bruttoinntekt, trekkperiodeSlutt, noenDeltar, out var aktiv, out var manglerBrutto);
        var dager = Dagvekter.Lag(trekk, fra, startDag[maaneder], renteTabell);
        var (gj, renter, renteStart, startAntatt, startAvledet) = Startsaldo(krav, fra, renteTabell);
        var n = krav.Length;
        var erBidrag = new bool[n];
        var bidragPerMaaned = new long[n];
        var harRentedel = new bool[n];
        var harBidrag = false;
        for (var i = 0; i < n; i++)
        {
            erBidrag[i] = krav[i].Kravtype == Kravtype.LoependeBidrag;
            harBidrag |= erBidrag[i];
            bidragPerMaaned[i] = erBidrag[i] ? krav[i].MaanedligBeloep.Oere : 0;
            harRentedel[i] = plan.HarRentedel(i);
        }

        return new Framskrivingsgrunnlag
        {
            Trekk = trekk,
            Fra = fra,
            Maaneder = maaneder,
            Plan = plan,
            Maanedsstart = start,
            Maanedsdag = startDag,
            Besluttet = besluttet,
            Aktiv = aktiv,
            Deltar = deltar,
            AntattMaaned = Maanedsflagg(dager.Antatt, startDag),
            AvledetMaaned = Maanedsflagg(dager.Avledet, startDag),
            StartGjenstaaende = gj,
            StartRenter = renter,
            StartAntatt = startAntatt,
            StartAvledet = startAvledet,
            ManglerBrutto = manglerBrutto,
            ErBidrag = erBidrag,
            BidragPerMaaned = bidragPerMaaned,
            HarRentedel = harRentedel,
            HarBidrag = harBidrag,
            Rentevekt = Rentevekter(krav, renteStart, startDag, dager),
        };
    }

    /// <summary>The checks of <see cref="Forbered"/>'s arguments other than the trekk.</summary>
    private static void SjekkInndata(LocalDate fra, int maaneder, Beloep? bruttoinntekt, LocalDate? trekkperiodeSlutt)
    {
        if (maaneder is < 1 or > 1200)
        {
            throw new UgyldigInndataException(new Valideringsfeil("maaneder", maaneder.ToString(System.Globalization.CultureInfo.InvariantCulture), Feilkoder.UgyldigVerdi, "Antall måneder må være fra 1 til 1200."));
        }

        if (!Datogrense.ErGyldig(fra))
        {
            throw new UgyldigInndataException(Datogrense.Feil(fra, "fra"));
        }

        if (((fra.Year - 1) * 12L) + fra.Month - 1 + maaneder > (Datogrense.Siste.Year * 12L) - 1)
        {
            throw new UgyldigInndataException(new Valideringsfeil("maaneder", maaneder.ToString(System.Globalization.CultureInfo.InvariantCulture), Datogrense.UgyldigDato, "Framskrivingen kan ikke gå forbi år 9999."));
        }

        if (trekkperiodeSlutt is { } ts && !Datogrense.ErGyldig(ts))
        {
            throw new UgyldigInndataException(Datogrense.Feil(ts, "trekkperiodeSlutt"));
        }

        if (bruttoinntekt is { ErNegativt: true } b0)
        {
            throw new UgyldigInndataException(new Valideringsfeil("bruttoinntekt", b0.ToString(), Feilkoder.UgyldigBeloep, "Bruttoinntekten kan ikke være negativ."));
        }
    }

    /// <summary>Each month's first day (and the day after the horizon), and in <paramref name="startDag"/> its day number from <paramref name="fra"/>.</summary>
    private static LocalDate[] Maanedsgrenser(LocalDate fra, int maaneder, out int[] startDag)
    {
        var start = new LocalDate[maaneder + 1];
        startDag = new int[maaneder + 1];
        for (var j = 0; j <= maaneder; j++)
        {
            start[j] = fra.PlusMonths(j);
            startDag[j] = Tidsserie.Dagnummer(start[j]) - Tidsserie.Dagnummer(fra);
        }

        return start;
    }

    /// <summary>
    /// Per month and claim: whether the claim's own trekkperiode still runs on the month's first day
    /// (<see cref="Framskrivingsregler.KravetsTrekkperiode"/>), and in <paramref name="noenDeltar"/> whether any claim's does.
    /// </summary>
    private static bool[] Deltakelse(Trekk trekk, LocalDate[] start, int maaneder, out bool[] noenDeltar)
    {
        var n = trekk.Krav.Length;
        var deltar = new bool[checked(maaneder * n)];
        noenDeltar = new bool[maaneder];
        for (var j = 0; j < maaneder; j++)
        {
            for (var i = 0; i < n; i++)
            {
                var med = trekk.TrekkperiodeSluttFor(i) is not { } kravSlutt || start[j] < kravSlutt;
                deltar[(j * n) + i] = med;
                noenDeltar[j] |= med;
            }
        }

        return deltar;
    }

    /// <summary>
    /// The decided payment of each month: the trekkpålegg in force on its first day, when a trekk is in force
    /// (<paramref name="aktiv"/>: within a trekkpålegg and the trekkperiode, and some claim takes part); 0 otherwise.
    /// </summary>
    private static long[] BesluttedeBetalinger(
        Trekk trekk,
        LocalDate[] start,
        Beloep? bruttoinntekt,
        LocalDate? trekkperiodeSlutt,
        bool[] noenDeltar,
        out bool[] aktiv,
        out Valideringsfeil? manglerBrutto)
    {
        var maaneder = noenDeltar.Length;
        var besluttet = new long[maaneder];
        aktiv = new bool[maaneder];
        manglerBrutto = null;
        for (var j = 0; j < maaneder; j++)
        {
            var d = start[j];
            var sum = Paalagt(trekk, d, bruttoinntekt, ref manglerBrutto, out var iKraft);
            aktiv[j] = iKraft && (trekkperiodeSlutt is not { } slutt || d < slutt) && noenDeltar[j];
            besluttet[j] = aktiv[j] ? sum : 0;
        }

        return besluttet;
    }

    /// <summary>
    /// The sum of the trekkpålegg in force on <paramref name="d"/> (<paramref name="iKraft"/>: some is, or there are
    /// none); a pålegg in percent needs the gross income, else <paramref name="manglerBrutto"/> is set and it counts 0.
    /// </summary>
    private static long Paalagt(Trekk trekk, LocalDate d, Beloep? bruttoinntekt, ref Valideringsfeil? manglerBrutto, out bool iKraft)
    {
        iKraft = trekk.Trekkpaalegg.IsEmpty;
        long sum = 0;
        foreach (var p in trekk.Trekkpaalegg)
        {
            if (!p.GjelderPaa(d))
            {
                continue;
            }

            iKraft = true;
            if (p.Beloep is { } beloep)
            {
                sum = checked(sum + beloep.Oere);
            }
            else if (p.Prosent is { } prosent)
            {
                // No pattern variable here: a mutation testing tool that removes the `continue` would leave it unassigned
                // and set the whole method aside (Stryker's safe mode).
                if (bruttoinntekt is null)
                {
                    // Needed only when the decided trekk is projected; a what-if amount replaces it.
                    manglerBrutto ??= new Valideringsfeil(
                        "bruttoinntekt",
                        null,
                        Feilkoder.Paakrevd,
                        $"Trekkpålegget til {p.Trekkpliktig} er i prosent ({prosent} %); framskrivingen av det besluttede trekket trenger bruttoinntekten per måned.");
                    continue;
                }

                sum = checked(sum + prosent.AndelNed(bruttoinntekt.Value).NedTilHeleKroner().Oere);
            }
        }

        return sum;
    }

    /// <summary>Per month: true when some day of the month has the flag (<paramref name="dagflagg"/>, per day of the horizon).</summary>
    private static bool[] Maanedsflagg(bool[] dagflagg, int[] startDag)
    {
        var maaneder = startDag.Length - 1;
        var flagg = new bool[maaneder];
        for (var j = 0; j < maaneder; j++)
        {
            for (var d = startDag[j]; d < startDag[j + 1]; d++)
            {
                flagg[j] |= dagflagg[d];
            }
        }

        return flagg;
    }

    /// <summary>
    /// Each claim's start: remaining amount, and interest (accrued plus stipulated to the start date); the day from which
    /// interest runs (<see cref="int.MaxValue"/> when none does); and per claim whether the stipulated interest used a rate
    /// carried forward past the table's end (antatt) or a derived rate (kildegrad avledet).
    /// </summary>
    private static (long[] Gjenstaaende, long[] Renter, int[] RenteStart, bool[] Antatt, bool[] Avledet) Startsaldo(
        ReadOnlySpan<Krav> krav,
        LocalDate fra,
        EnkelTabell<Prosentverdi> renteTabell)
    {
        var n = krav.Length;
        var gj = new long[n];
        var renter = new long[n];
        var renteStart = new int[n];
        var startAntatt = new bool[n];
        var startAvledet = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var k = krav[i];
            renteStart[i] = int.MaxValue;
            if (k.Kravtype == Kravtype.LoependeBidrag)
            {
                continue;
            }

            gj[i] = k.Gjenstaaende.Oere;
            var stipulert = ForberedtTrekk.StipulertRente(k, fra, renteTabell);
            // As a month's flags: only when the start figure holds some such interest (0 kr on nothing remaining is no
            // figure at an assumed or derived rate).
            startAntatt[i] = stipulert.Antatt && stipulert.Rente.Oere > 0;
            startAvledet[i] = stipulert.Avledet && stipulert.Rente.Oere > 0;
            renter[i] = checked(k.PaaloeptRente.Oere + stipulert.Rente.Oere);
            if (k.Rentevilkaar.Type != Rentetype.Ingen && k.Rentevilkaar.RenteFra is { } rf)
            {
                renteStart[i] = rf <= fra ? 0 : (int)Math.Min(int.MaxValue, (long)Tidsserie.Dagnummer(rf) - Tidsserie.Dagnummer(fra));
            }
        }

        return (gj, renter, renteStart, startAntatt, startAvledet);
    }

    /// <summary>
    /// Per claim and month (<c>[maaned · krav + i]</c>) the interest numerator: the claim's day weights summed from the
    /// later of the month's first day and the day interest starts to the next month's first day (0 before that).
    /// </summary>
    private static long[] Rentevekter(ReadOnlySpan<Krav> krav, int[] renteStart, int[] startDag, Dagvekter dager)
    {
        var n = krav.Length;
        var maaneder = startDag.Length - 1;
        var rentevekt = new long[checked(n * maaneder)];
        for (var i = 0; i < n; i++)
        {
            var k = krav[i];
            for (var j = 0; j < maaneder && renteStart[i] != int.MaxValue; j++)
            {
                var dagFra = startDag[j];
                var dagTil = startDag[j + 1];
                if (renteStart[i] >= dagTil)
                {
                    continue;
                }

                var fraDag = Math.Max(dagFra, renteStart[i]);
                rentevekt[(j * n) + i] = k.Rentevilkaar.Type == Rentetype.Avtalt
                    ? checked((long)k.Rentevilkaar.AvtaltSats.Hundredeler * (dager.KumFast[dagTil] - dager.KumFast[fraDag]))
                    : dager.KumTabell[dagTil] - dager.KumTabell[fraDag];
            }
        }

        return rentevekt;
    }

    /// <summary>The payment the decided trekk gives in month <paramref name="maaned"/> (0 when no trekk is in force).</summary>
    /// <exception cref="UgyldigInndataException">A percent trekk and no gross income (field <c>bruttoinntekt</c>).</exception>
    public Beloep BesluttetBetaling(int maaned)
    {
        SjekkBesluttet();
        return Beloep.FraOere(Besluttet[maaned]);
    }

    /// <summary>Throws when the decided trekk cannot be projected (a percent trekk without gross income).</summary>
    internal void SjekkBesluttet()
    {
        if (ManglerBrutto is { } feil)
        {
            throw new UgyldigInndataException(feil);
        }
    }

    /// <summary>True when a trekk is in force in month <paramref name="maaned"/> (within a trekkpålegg and the trekkperiode).</summary>
    public bool TrekkIKraft(int maaned) => Aktiv[maaned];

    /// <summary>
    /// True when claim <paramref name="krav"/> (input index) takes part in month <paramref name="maaned"/>'s fordeling:
    /// its own trekkperiode (<see cref="Trekk.TrekkperiodeSlutt"/>) has not ended by the month's first day.
    /// </summary>
    public bool KravDeltar(int maaned, int krav) => Deltar[(maaned * AntallKrav) + krav];
}

/// <summary>
/// Day weights over a projection's horizon, cumulative (<c>[d]</c> = the sum over days <c>0 … d−1</c>): per day
/// rate · (other year length) — the forsinkelsesrente from the table (<see cref="KumTabell"/>), and for agreed rates the
/// year-length factor alone (<see cref="KumFast"/>, multiplied by the rate per claim); and per day whether the table's
/// rate was carried forward (<see cref="Antatt"/>) or derived (<see cref="Avledet"/>).
/// </summary>
internal sealed record Dagvekter(long[] KumTabell, long[] KumFast, bool[] Antatt, bool[] Avledet)
{
    /// <summary>The day weights of <paramref name="dager"/> days from <paramref name="fra"/>; the table is read only when a claim needs it.</summary>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static Dagvekter Lag(Trekk trekk, LocalDate fra, int dager, EnkelTabell<Prosentverdi> renteTabell)
    {
        var kumTabell = new long[dager + 1];
        var kumFast = new long[dager + 1];
        var antattDag = new bool[dager];
        var avledetDag = new bool[dager];
        var trengerTabell = Krav.TrengerForsinkelsesrentetabell(trekk.Krav.AsSpan());

        for (var d = 0; d < dager; d++)
        {
            var dato = fra.PlusDays(d);
            var faktor = DateTime.IsLeapYear(dato.Year) ? 365L : 366L;
            kumFast[d + 1] = kumFast[d] + faktor;
            long tabellvekt = 0;
            if (trengerTabell)
            {
                if (!renteTabell.TryFinn(dato, tillatAntatt: true, out var sats, out var status))
                {
                    throw new SatserManglerException("forsinkelsesrente", dato, "ingen forsinkelsesrente for dagen", renteTabell.Tidsserie);
                }

                antattDag[d] = status == SatsStatus.Antatt;
                avledetDag[d] = sats.Kildegrad == Kildegrad.Avledet;
                tabellvekt = sats.Prosent.Hundredeler * faktor;
            }

            kumTabell[d + 1] = kumTabell[d] + tabellvekt;
        }

        return new Dagvekter(kumTabell, kumFast, antattDag, avledetDag);
    }
}
