using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Innsyn;

/// <summary>
/// Aggregates (a)–(c) of forskrift 2025-07-09-1510 § 4 for one krav (SPEC §8). Amounts are remaining amounts plus
/// stipulated interest to the innsyn date. Nothing here names another creditor or another krav.
/// </summary>
/// <remarks>
/// The (b) basis is read off the same parts as the fordeling (SPEC §6, §8): principal parts in their class; the
/// interest of a class a–d krav is its own part in class f at the krav's tidsprioritet (Retningslinje pkt. 6.1), so it
/// is neither in the krav's own (b) basis nor in another krav's of the krav's class; in class a each bidrag weighs by
/// its size (a løpende bidrag by the amount due this period, a bidragsgjeld by what remains).
/// </remarks>
/// <param name="SumHoeyerePrioritet">(a) the claims covered before the krav, including class-f interest parts.</param>
/// <param name="SumSammePrioritet">(b) the other parts of the krav's class that are not in (a), each by its (b) basis.</param>
/// <param name="KravetsDividendegrunnlag">The krav's own (b) basis: its principal part (class e/f: with its interest;
/// class a: the bidrag size).</param>
/// <param name="AndreKravsDividendegrunnlag">The (b) basis of the others (equal to <paramref name="SumSammePrioritet"/>).</param>
/// <param name="KravetsAndel">The share <see cref="Fordeler"/> gives the krav of the money that reaches its class once its
/// (a) set is covered and the class is still short (the first money after (a)): block/group · own/step in its group.
/// Claims with the same (a) set share 100 % (before rounding); a krav covered alone next gets 100 %. Percent, two
/// decimals, half away from zero.</param>
/// <param name="MaanedligBidragsforpliktelse">(c) the løpende bidrag per month in the trekk.</param>
public readonly record struct Innsynsaggregater(
    Beloep SumHoeyerePrioritet,
    Beloep SumSammePrioritet,
    Beloep KravetsDividendegrunnlag,
    Beloep AndreKravsDividendegrunnlag,
    Prosent KravetsAndel,
    Beloep MaanedligBidragsforpliktelse);

/// <summary>
/// A trekk prepared for innsyn as of one date (<see cref="Forbered"/>): the order of cover planned once by
/// <see cref="Fordeler.Planlegg"/> (the same plan fordeling uses, with its parts: the interest of a class a–d claim is a
/// class-f part at the claim's time priority), each part's remaining amount plus stipulated interest, and prefix sums
/// over the parts in the order of cover. Then
/// <see cref="Aggregater(string, Organisasjonsnummer, out Innsynsaggregater)"/> answers (a)–(c) for one krav in O(1) expected (O(n) worst case)
/// (the id lookup; the sums are O(1)) without allocating, and <see cref="AlleAggregater"/> answers for every krav in
/// one pass. Immutable; safe to share between threads.
/// </summary>
public sealed class ForberedtTrekk
{
    private readonly Fordelingsplan _plan;
    private readonly long[] _prefiks;
    private readonly int[] _klasseSlutt;
    private readonly long[] _stipulert;
    private readonly long[] _basisPrefiks;
    private readonly Prosent[] _andel;
    private readonly FrozenDictionary<string, int> _indeks;

    private ForberedtTrekk(Trekk trekk, LocalDate dato, Fordelingsplan plan, long[] prefiks, int[] klasseSlutt, long[] stipulert, Beloep bidrag, bool antatt, long[] basisPrefiks, Prosent[] andel)
    {
        _basisPrefiks = basisPrefiks;
        _andel = andel;
        Trekk = trekk;
        Dato = dato;
        _plan = plan;
        _prefiks = prefiks;
        _klasseSlutt = klasseSlutt;
        _stipulert = stipulert;
        MaanedligBidrag = bidrag;
        Antatt = antatt;
        _indeks = trekk.Krav.Select((k, i) => KeyValuePair.Create(k.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The trekk.</summary>
    public Trekk Trekk { get; }

    /// <summary>The innsyn date.</summary>
    public LocalDate Dato { get; }

    /// <summary>(c) the løpende bidrag per month.</summary>
    public Beloep MaanedligBidrag { get; }

    /// <summary>True when some stipulated interest used a forsinkelsesrente carried forward past the table's end.</summary>
    public bool Antatt { get; }

    /// <summary>True when some stipulated interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>).</summary>
    public bool Avledet { get; private init; }

    /// <summary>
    /// Plans the order of cover of <paramref name="trekk"/> under its rule and computes each claim's remaining amount
    /// plus stipulated interest to <paramref name="dato"/> (interest on <see cref="Krav.Gjenstaaende"/> from
    /// <see cref="Rentevilkaar.RenteFra"/> to the date, plus <see cref="Krav.PaaloeptRente"/>). Allocates.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="trekk"/> or <paramref name="renteTabell"/> is null.</exception>
    /// <exception cref="UgyldigInndataException">The trekk breaks one or more rules (<see cref="Trekkvalidering"/>), or
    /// <paramref name="dato"/> lies outside years 1–9999 (field <c>dato</c>, <c>UGYLDIG_DATO</c>).</exception>
    /// <exception cref="SatserManglerException">A forsinkelsesrente day lies before the table's first period.</exception>
    public static ForberedtTrekk Forbered(Trekk trekk, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        ArgumentNullException.ThrowIfNull(renteTabell);
        SjekkInndata(trekk, dato);
        var krav = trekk.Krav.AsSpan();
        var plan = Fordeler.Planlegg(krav, trekk.Regel);
        var s = Stipuler(krav, dato, renteTabell);
        var prefiks = Delprefiks(plan, krav, s.Stipulert);
        var basisPrefiks = Basisprefiks(plan, krav, prefiks);
        return new ForberedtTrekk(trekk, dato, plan, prefiks, Klasseslutt(plan.Grupper), s.Stipulert, s.Bidrag, s.Antatt, basisPrefiks, Andeler(plan, basisPrefiks))
        {
            Avledet = s.Avledet,
        };
    }

    /// <summary>Throws every error at once: the trekk's own rules (<see cref="Trekkvalidering"/>) and the date's range.</summary>
    private static void SjekkInndata(Trekk trekk, LocalDate dato)
    {
        var feil = new List<Valideringsfeil>(Trekkvalidering.Valider(trekk));
        Datogrense.Sjekk(dato, "dato", feil);
        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }
    }

    /// <summary>
    /// Each claim's stipulated interest to the date, its remaining amount plus accrued and stipulated interest checked to
    /// fit an amount; a løpende bidrag has no interest and adds its monthly amount to <see cref="Stipulering.Bidrag"/>.
    /// </summary>
    private static Stipulering Stipuler(ReadOnlySpan<Krav> krav, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        var n = krav.Length;
        var stipulert = new long[n];
        var antatt = false;
        var avledet = false;
        var bidrag = Beloep.Null;
        for (var i = 0; i < n; i++)
        {
            var k = krav[i];
            if (k.Kravtype == Kravtype.LoependeBidrag)
            {
                bidrag += k.MaanedligBeloep;
                continue;
            }

            var r = StipulertRente(k, dato, renteTabell);
            antatt |= r.Antatt;
            avledet |= r.Avledet;
            stipulert[i] = r.Rente.Oere;
            _ = Sum((Int128)k.Gjenstaaende.Oere + k.PaaloeptRente.Oere + r.Rente.Oere, i, k);
        }

        return new Stipulering(stipulert, bidrag, antatt, avledet);
    }

    /// <summary>
    /// The prefix sums of the parts' (a) figures in the plan's order (<c>[r]</c> = the parts before rank r). Every sum
    /// read later — (a), (b), a krav's own part, its share — is at most the total, so checking it here keeps them all
    /// within an amount.
    /// </summary>
    private static long[] Delprefiks(Fordelingsplan plan, ReadOnlySpan<Krav> krav, long[] stipulert)
    {
        var deler = plan.Deler;
        var prefiks = new long[deler.Length + 1];
        for (var r = 0; r < deler.Length; r++)
        {
            var d = deler[r];
            prefiks[r + 1] = (long)Sum((Int128)prefiks[r] + DelGrunnlag(d, krav, stipulert), d.KravIndeks, krav[d.KravIndeks]);
        }

        return prefiks;
    }

    /// <summary>Per group: the rank where its class ends.</summary>
    private static int[] Klasseslutt(ReadOnlySpan<Fordelingsgruppe> grupper)
    {
        var klasseSlutt = new int[grupper.Length];
        for (var g = grupper.Length - 1; g >= 0; g--)
        {
            klasseSlutt[g] = g + 1 < grupper.Length && grupper[g + 1].Artsprioritet == grupper[g].Artsprioritet
                ? klasseSlutt[g + 1]
                : grupper[g].Start + grupper[g].Lengde;
        }

        return klasseSlutt;
    }

    /// <summary>
    /// The prefix sums of the (b) basis per part: as the (a) figure, but a løpende bidrag weighs by the amount due this
    /// period (class a is shared by the size of each bidrag, deknl. § 2-8 third ledd last sentence). The sum of all parts
    /// is at most the (a) total plus the monthly bidrag, which fits (both were summed checked).
    /// </summary>
    private static long[] Basisprefiks(Fordelingsplan plan, ReadOnlySpan<Krav> krav, long[] prefiks)
    {
        var deler = plan.Deler;
        var basisPrefiks = new long[deler.Length + 1];
        for (var r = 0; r < deler.Length; r++)
        {
            var k = krav[deler[r].KravIndeks];
            var basis = k.Kravtype == Kravtype.LoependeBidrag ? k.MaanedligBeloep.Oere : prefiks[r + 1] - prefiks[r];
            basisPrefiks[r + 1] = checked(basisPrefiks[r] + basis);
        }

        return basisPrefiks;
    }

    /// <summary>
    /// Each part's (b) share (by rank): what <see cref="Fordeler"/> gives the part of the money that reaches its class once
    /// every part covered before it ((a)) is covered and the class is still short — the first money after (a). In its
    /// group each block (a sak on a shared date, or a single part) takes its need's fraction of the group's need, and
    /// the block passes it to its step in turn, whose parts share by need: share = block/group · own/step. Blocks fill
    /// at the same rate, so the share holds until the part's step is covered. Parts with the same (a) set therefore
    /// share 100 %; a part covered alone next gets 100 %; a part with no need gets 0.
    /// </summary>
    private static Prosent[] Andeler(Fordelingsplan plan, long[] basisPrefiks)
    {
        long Sum(int start, int lengde) => basisPrefiks[start + lengde] - basisPrefiks[start];
        var deler = plan.Deler;
        var grupper = plan.Grupper;
        var blokker = plan.Blokker;
        var andel = new Prosent[deler.Length];
        for (var rang = 0; rang < deler.Length; rang++)
        {
            var del = deler[rang];
            var egen = Sum(rang, 1);
            if (egen == 0)
            {
                continue;
            }

            var gruppe = grupper[del.Gruppe];
            var blokk = blokker[del.Blokk];
            var trinn = plan.TrinnStart(rang);

            // share = (block need / group need) · (own need / step need), rounded to hundredths of a percent.
            var teller = (System.Numerics.BigInteger)Sum(blokk.Start, blokk.Lengde) * egen;
            var nevner = (System.Numerics.BigInteger)Sum(gruppe.Start, gruppe.Lengde) * Sum(trinn, plan.TrinnLengde(rang));
            var hundredeler = ((teller * 20_000) + nevner) / (nevner * 2);
            andel[rang] = Prosent.FraHundredeler((int)hundredeler);
        }

        return andel;
    }

    /// <summary>
    /// The stipulated interest of <paramref name="krav"/> to <paramref name="dato"/>: interest on its remaining amount
    /// from <see cref="Rentevilkaar.RenteFra"/> (if before the date) to the date, by its terms. Without
    /// <see cref="Krav.PaaloeptRente"/>.
    /// </summary>
    public static Renteresultat StipulertRente(Krav krav, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        ArgumentNullException.ThrowIfNull(krav);
        if (krav.Kravtype == Kravtype.LoependeBidrag || krav.Rentevilkaar.Type == Rentetype.Ingen)
        {
            return default;
        }

        var fra = krav.Rentevilkaar.RenteFra is { } f && f < dato ? f : dato;
        return Renteberegner.Rente(krav.Gjenstaaende, fra, dato, krav.Rentevilkaar, renteTabell);
    }

    /// <summary>The input index of the krav with id <paramref name="kravId"/> (ordinal), or −1. A frozen hash lookup (O(1) expected, O(n) worst case), allocation-free.</summary>
    public int Finn(string kravId) => kravId is not null && _indeks.TryGetValue(kravId, out var i) ? i : -1;

    /// <summary>Checks access: unknown krav, requester not party, trekk ended — in that order.</summary>
    public Innsynsavslag Tilgang(string kravId, Organisasjonsnummer som, out int indeks)
    {
        indeks = Finn(kravId);
        if (indeks < 0)
        {
            return Innsynsavslag.UkjentKrav;
        }

        if (!Trekk.ParterFor(indeks).Omfatter(som))
        {
            return Innsynsavslag.IkkePart;
        }

        return Trekk.Status == Trekkstatus.Avsluttet ? Innsynsavslag.TrekkAvsluttet : Innsynsavslag.Ingen;
    }

    /// <summary>
    /// Aggregates (a)–(c) for the krav <paramref name="kravId"/> as seen by <paramref name="som"/>, or the reason for
    /// refusing (then <paramref name="svar"/> is default). A hash lookup and O(1) arithmetic; allocation-free.
    /// </summary>
    public Innsynsavslag Aggregater(string kravId, Organisasjonsnummer som, out Innsynsaggregater svar)
    {
        var avslag = Tilgang(kravId, som, out var indeks);
        svar = avslag == Innsynsavslag.Ingen ? AggregaterFor(indeks) : default;
        return avslag;
    }

    /// <summary>
    /// Aggregates (a)–(c) for every krav (input order) into <paramref name="ut"/>, without access checks (for a service
    /// that precomputes and checks access when it answers). O(n) after the O(n log n) planning; allocation-free.
    /// </summary>
    public void AlleAggregater(Span<Innsynsaggregater> ut)
    {
        Preconditions.CheckArgument(ut.Length == _stipulert.Length, nameof(ut), "One element per krav is required.");
        for (var i = 0; i < ut.Length; i++)
        {
            ut[i] = AggregaterFor(i);
        }
    }

    /// <summary>Aggregates (a)–(c) for the krav at input index <paramref name="indeks"/>, without access checks. O(1).</summary>
    public Innsynsaggregater AggregaterFor(int indeks)
    {
        var rang = _plan.HovedstolRang(indeks);
        var del = _plan.Deler[rang];
        var gruppe = _plan.Grupper[del.Gruppe];

        // (a): every part ranked before the krav's group, and inside its group the parts covered before it: the earlier
        // steps of its own block (a group covered in turn is one block; in a shared group the block is its sak). Parts
        // of its own step (same sak, date and prioritetISak) share with it and are not before it.
        var foersteIGruppe = _plan.Blokker[del.Blokk].Start;
        var trinn = _plan.TrinnStart(rang);
        var hoeyere = _prefiks[gruppe.Start] + (_prefiks[trinn] - _prefiks[foersteIGruppe]);

        // (b): the rest of the krav's class by (b) basis, without the parts in (a) and the krav's own principal part.
        // (Its own interest part, if any, is class f and the krav itself class a–d: never in the krav's class.)
        var basis = _basisPrefiks;
        var egen = basis[rang + 1] - basis[rang];
        var samme = basis[_klasseSlutt[del.Gruppe]] - basis[gruppe.Start] - (basis[trinn] - basis[foersteIGruppe]) - egen;
        return new Innsynsaggregater(
            Beloep.FraOere(hoeyere),
            Beloep.FraOere(samme),
            Beloep.FraOere(egen),
            Beloep.FraOere(samme),
            _andel[rang],
            MaanedligBidrag);
    }

    /// <summary>
    /// The (b) share of the interest part in class f of the krav at input index <paramref name="indeks"/> (a class a–d
    /// krav with interest, Retningslinje pkt. 6.1): what <see cref="Fordeler"/> gives that part of the first money into
    /// class f after the parts covered before it. <see cref="Prosent.Null"/> when the krav has no interest part.
    /// </summary>
    public Prosent RenteAndel(int indeks) => _plan.HarRentedel(indeks) ? _andel[_plan.RenteRang(indeks)] : Prosent.Null;

    /// <summary>
    /// A key for the set of parts covered before the krav's principal part ((a)): equal for two claims exactly when the
    /// same parts are covered before them. With <paramref name="rente"/> the key of the krav's interest part.
    /// </summary>
    public int ForanNoekkel(int indeks, bool rente = false)
    {
        var rang = rente ? _plan.RenteRang(indeks) : _plan.HovedstolRang(indeks);
        Preconditions.CheckArgument(rang >= 0, nameof(rente), "The krav has no interest part.");
        var del = _plan.Deler[rang];
        var trinn = _plan.TrinnStart(rang);

        // The parts before the group, plus the earlier steps of the part's own block: the first step of every block of
        // a group has the group's start as its (a) set; a later step its own.
        return trinn == _plan.Blokker[del.Blokk].Start ? _plan.Grupper[del.Gruppe].Start : trinn;
    }

    /// <summary>The stipulated interest (without <see cref="Krav.PaaloeptRente"/>) of the krav at input index <paramref name="indeks"/>.</summary>
    public Beloep Stipulert(int indeks) => Beloep.FraOere(_stipulert[indeks]);

    /// <summary>
    /// The full answer for <paramref name="kravId"/> as seen by <paramref name="som"/>: (a)–(c), (d) the amounts received
    /// from one month before the date to the date (both inclusive), and (e) the trekkpålegg in force on the date or later,
    /// per trekkpliktig. Allocates.
    /// </summary>
    public Innsynssvar Svar(string kravId, Organisasjonsnummer som)
    {
        var avslag = Aggregater(kravId, som, out var a);
        if (avslag != Innsynsavslag.Ingen)
        {
            return new Innsynssvar(kravId, Dato, avslag, default, default, [], [], false);
        }

        var startdato = Dato.PlusMonths(-1);
        var mottatt = Trekk.Mottatt
            .Where(m => m.Dato >= startdato && m.Dato <= Dato)
            .OrderBy(m => m.Dato)
            .ToImmutableArray();
        var besluttet = Trekk.Trekkpaalegg
            .Where(p => p.Til is not { } til || til > Dato)
            .GroupBy(p => p.Trekkpliktig)
            .Select(grp => new BesluttetTrekk(grp.Key, [.. grp.OrderBy(p => p.Fra)]))
            .ToImmutableArray();
        return new Innsynssvar(kravId, Dato, Innsynsavslag.Ingen, a, startdato, mottatt, besluttet, Antatt) { Avledet = Avledet };
    }

    /// <summary>
    /// <paramref name="sum"/> when it fits an amount; otherwise the refusal, on the remaining amount of the krav where the
    /// stipulated interest first makes it too large (rather than an <see cref="OverflowException"/>).
    /// </summary>
    private static Int128 Sum(Int128 sum, int indeks, Krav krav)
    {
        if (sum > long.MaxValue)
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                $"krav[{indeks.ToString(System.Globalization.CultureInfo.InvariantCulture)}].gjenstaaende",
                krav.Gjenstaaende.ToString(),
                Feilkoder.UgyldigBeloep,
                "Kravene med stipulert rente blir større enn et beløp kan holde."));
        }

        return sum;
    }

    private static long DelGrunnlag(Fordelingsdel del, ReadOnlySpan<Krav> krav, long[] stipulert)
    {
        var i = del.KravIndeks;
        var k = krav[i];
        if (k.Kravtype == Kravtype.LoependeBidrag)
        {
            return 0;
        }

        var rente = checked(k.PaaloeptRente.Oere + stipulert[i]);
        if (del.Del == Kravdel.Renter)
        {
            return rente;
        }

        return Fordeler.HarRentedel(k) ? k.Gjenstaaende.Oere : checked(k.Gjenstaaende.Oere + rente);
    }

    /// <summary>What <see cref="Stipuler"/> finds: per claim the stipulated interest, the monthly bidrag in all, and
    /// whether an assumed or derived rate was used.</summary>
    private readonly record struct Stipulering(long[] Stipulert, Beloep Bidrag, bool Antatt, bool Avledet);
}

/// <summary>The decided trekk to one trekkpliktig: its trekkpålegg in force on the innsyn date or later, by start date.</summary>
/// <param name="Trekkpliktig">Who pays the trekk over.</param>
/// <param name="Perioder">The trekkpålegg, by start date.</param>
public sealed record BesluttetTrekk(Organisasjonsnummer Trekkpliktig, ImmutableArray<Trekkpaalegg> Perioder);

/// <summary>The answer to one innsyn request (SPEC §8): the five aggregates, or the reason for refusing.</summary>
/// <param name="KravId">The krav asked about (the requester's own reference).</param>
/// <param name="Dato">The innsyn date.</param>
/// <param name="Avslag">Why innsyn is refused; <see cref="Innsynsavslag.Ingen"/> when it is given.</param>
/// <param name="Aggregater">(a)–(c).</param>
/// <param name="MottattFra">(d) first day of the period looked back over (one month before the date); the last is the date.</param>
/// <param name="Mottatt">(d) amounts received in that period, by date.</param>
/// <param name="BesluttetTrekk">(e) the decided trekk per trekkpliktig, in input order of the first trekkpålegg.</param>
/// <param name="Antatt">True when stipulated interest used a carried-forward forsinkelsesrente.</param>
public sealed record Innsynssvar(
    string KravId,
    LocalDate Dato,
    Innsynsavslag Avslag,
    Innsynsaggregater Aggregater,
    LocalDate MottattFra,
    ImmutableArray<Mottak> Mottatt,
    ImmutableArray<BesluttetTrekk> BesluttetTrekk,
    bool Antatt)
{
    /// <summary>True when stipulated interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>).</summary>
    public bool Avledet { get; init; }
}
