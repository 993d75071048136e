using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Renter;

/// <summary>
/// Simple interest (forsinkelsesrenteloven § 3): never interest on interest. Each day in <c>[fra, til)</c> carries
/// the annual rate in force on that day divided by the number of days in that day's calendar year (365, or 366 in a
/// leap year).
/// </summary>
/// <remarks>
/// <para>The period is cut into segments at every rate change and every year end. The interest is summed exactly,
/// as one integer numerator over the common denominator <c>10 000 · 365 · 366</c> (rates are held in hundredths of a
/// percent), and rounded once at the end to øre, half away from zero. No segment is rounded on its own.</para>
/// <para><see cref="Forsinkelsesrente"/> and <see cref="AvtaltRente"/> allocate nothing and are safe to call from many
/// threads. The <c>Forklar…</c> variants return the segments and an explanation trace and do allocate.</para>
/// </remarks>
public static class Renteberegner
{
    private const string Tabellnavn = "forsinkelsesrente";

    /// <summary>
    /// 10 000 (hundredths of a percent in the whole) · 365 · 366: the common denominator of every day's rate, and of the
    /// interest numerators of the projection (<c>Framskriver</c>) and the avregning (<c>Avregner</c>).
    /// </summary>
    internal const long Fellesnevner = Prosent.Hel * 365 * 366;

    /// <summary>
    /// Forsinkelsesrente on <paramref name="hovedstol"/> for the days <c>[fra, til)</c>, each day at the rate the table
    /// gives for it. Past the table's last known day the last rate is carried forward and the result is flagged
    /// <see cref="Renteresultat.Antatt"/>.
    /// </summary>
    /// <exception cref="UgyldigInndataException">
    /// <paramref name="til"/> is before <paramref name="fra"/> (field <c>til</c>), or <paramref name="hovedstol"/> is
    /// negative (field <c>hovedstol</c>, rule <c>UGYLDIG_BELOEP</c>).
    /// </exception>
    /// <exception cref="SatserManglerException">A day lies before the table's first period or in a gap of the table.</exception>
    public static Renteresultat Forsinkelsesrente(Beloep hovedstol, LocalDate fra, LocalDate til, EnkelTabell<Prosentverdi> tabell)
    {
        var mottaker = default(IngenMottaker);
        return BeregnMedTabell(hovedstol, fra, til, tabell, ref mottaker);
    }

    /// <summary>
    /// Interest at the agreed annual rate <paramref name="sats"/> on <paramref name="hovedstol"/> for the days
    /// <c>[fra, til)</c>, with the same day count and rounding as <see cref="Forsinkelsesrente"/>. Never <c>Antatt</c>.
    /// </summary>
    /// <exception cref="UgyldigInndataException">As for <see cref="Forsinkelsesrente"/>.</exception>
    public static Renteresultat AvtaltRente(Beloep hovedstol, LocalDate fra, LocalDate til, Prosent sats)
    {
        var mottaker = default(IngenMottaker);
        return BeregnMedFastSats(hovedstol, fra, til, sats, ref mottaker);
    }

    /// <summary>
    /// The interest a claim's terms give on <paramref name="hovedstol"/> for the days of <c>[fra, til)</c> on or after
    /// <see cref="Rentevilkaar.RenteFra"/>: nothing for <see cref="Rentetype.Ingen"/>, forsinkelsesrente from
    /// <paramref name="tabell"/>, or the agreed rate. When interest starts on or after <paramref name="til"/>, the result
    /// is 0 kr over 0 days. Allocation-free.
    /// </summary>
    /// <exception cref="UgyldigInndataException">As for <see cref="Forsinkelsesrente"/>, or terms without a start date
    /// (field <c>rentevilkaar.renteFra</c>).</exception>
    public static Renteresultat Rente(Beloep hovedstol, LocalDate fra, LocalDate til, Rentevilkaar vilkaar, EnkelTabell<Prosentverdi> tabell)
    {
        // Checked before the start is moved to the interest start: clamping would turn [fra, til) with til < fra into an
        // empty period and hide the error. The dates' range first: dates of another calendar cannot be compared.
        SjekkDatoer(fra, til);
        if (til < fra)
        {
            KastUgyldig(hovedstol, fra, til);
        }

        if (!Enum.IsDefined(vilkaar.Type))
        {
            KastUkjentRentetype(vilkaar.Type);
        }

        if (vilkaar.Type == Rentetype.Ingen)
        {
            var mottaker = default(IngenMottaker);
            return BeregnMedFastSats(hovedstol, fra, til, Prosent.Null, ref mottaker);
        }

        if (vilkaar.RenteFra is not { } renteFra)
        {
            KastManglerRenteFra();
            return default;
        }

        if (!Datogrense.ErGyldig(renteFra))
        {
            throw new UgyldigInndataException(Datogrense.Feil(renteFra, "rentevilkaar.renteFra"));
        }

        var start = renteFra > fra ? renteFra : fra;
        if (start > til)
        {
            start = til;
        }

        return vilkaar.Type switch
        {
            Rentetype.Avtalt => AvtaltRente(hovedstol, start, til, vilkaar.AvtaltSats),
            Rentetype.Forsinkelsesrente => Forsinkelsesrente(hovedstol, start, til, tabell),
            _ => KastUkjentRentetype(vilkaar.Type),
        };
    }

    /// <summary>
    /// As <see cref="Forsinkelsesrente"/>, and also returns the segments (from, to, days, rate, year length) and an
    /// explanation trace. Allocates; for display and the <c>--forklar</c> output.
    /// </summary>
    public static Renteforklaring ForklarForsinkelsesrente(Beloep hovedstol, LocalDate fra, LocalDate til, EnkelTabell<Prosentverdi> tabell)
    {
        var mottaker = new ListeMottaker(hovedstol);
        var resultat = BeregnMedTabell(hovedstol, fra, til, tabell, ref mottaker);
        return Lag(Renteregler.Forsinkelsesrente, hovedstol, fra, til, resultat, mottaker.Segmenter);
    }

    /// <summary>As <see cref="AvtaltRente"/>, and also returns the segments and an explanation trace. Allocates.</summary>
    public static Renteforklaring ForklarAvtaltRente(Beloep hovedstol, LocalDate fra, LocalDate til, Prosent sats)
    {
        var mottaker = new ListeMottaker(hovedstol);
        var resultat = BeregnMedFastSats(hovedstol, fra, til, sats, ref mottaker);
        return Lag(Renteregler.AvtaltRente, hovedstol, fra, til, resultat, mottaker.Segmenter);
    }

    private static Renteresultat BeregnMedTabell<TMottaker>(
        Beloep hovedstol,
        LocalDate fra,
        LocalDate til,
        EnkelTabell<Prosentverdi> tabell,
        ref TMottaker mottaker)
        where TMottaker : ISegmentMottaker
    {
        Preconditions.CheckNotNull(tabell, nameof(tabell));
        if (!Dager(hovedstol, fra, til, out var start, out var slutt))
        {
            return new Renteresultat(Beloep.Null, false, 0);
        }

        var teller = TellerMedTabell(start, slutt, fra, tabell, ref mottaker, out var antattBrukt, out var avledetBrukt);
        return new Renteresultat(Avrund(hovedstol, teller), antattBrukt, slutt - start) { Avledet = avledetBrukt };
    }

    /// <summary>
    /// The exact numerator over <see cref="Fellesnevner"/> of forsinkelsesrente on 1 øre for the days <c>[fra, til)</c>
    /// (0 when <paramref name="til"/> is not after <paramref name="fra"/>): what <see cref="Forsinkelsesrente"/> rounds
    /// once. For callers that apply one period's numerator to many principals (avregning). Allocation-free.
    /// <paramref name="avledet"/> is true when some day's rate is a derived figure (kildegrad <c>avledet</c>).
    /// </summary>
    /// <exception cref="SatserManglerException">A day lies before the table's first period or in a gap of the table.</exception>
    internal static long TellerForsinkelsesrente(LocalDate fra, LocalDate til, EnkelTabell<Prosentverdi> tabell, out bool antatt, out bool avledet)
    {
        antatt = false;
        avledet = false;
        var start = Tidsserie.Dagnummer(fra);
        var slutt = Tidsserie.Dagnummer(til);
        if (slutt <= start)
        {
            return 0;
        }

        var mottaker = default(IngenMottaker);
        return TellerMedTabell(start, slutt, fra, tabell, ref mottaker, out antatt, out avledet);
    }

    /// <summary>
    /// As <see cref="TellerForsinkelsesrente"/> for a fixed rate of 1/100 percentage point: multiply by the rate's
    /// hundredths for the numerator of an agreed rate.
    /// </summary>
    internal static long TellerPerHundredel(LocalDate fra, LocalDate til)
    {
        var start = Tidsserie.Dagnummer(fra);
        var slutt = Tidsserie.Dagnummer(til);
        if (slutt <= start)
        {
            return 0;
        }

        var mottaker = default(IngenMottaker);
        return TellerMedFastSats(start, slutt, 1, ref mottaker);
    }

    private static long TellerMedTabell<TMottaker>(int start, int slutt, LocalDate fra, EnkelTabell<Prosentverdi> tabell, ref TMottaker mottaker, out bool antattBrukt, out bool avledetBrukt)
        where TMottaker : ISegmentMottaker
    {
        var d = start;
        var serie = tabell.Tidsserie;
        var i = FoersteSats(serie, start, fra, out var antatt, out var periodeSlutt);
        antattBrukt = false;
        avledetBrukt = false;
        var aar = AarOgNyttaar(start, out var aarsdager, out var nesteAar);
        long teller = 0;

        while (true)
        {
            var s = Math.Min(slutt, Math.Min(periodeSlutt, nesteAar));
            ref readonly var verdi = ref tabell.Verdi(i);
            var hundredeler = verdi.Prosent.Hundredeler;
            teller += Teller(s - d, hundredeler, aarsdager);
            antattBrukt |= antatt;
            avledetBrukt |= verdi.Kildegrad == Kildegrad.Avledet;
            mottaker.Segment(d, s, hundredeler, aarsdager, antatt, verdi.Kildegrad);
            d = s;
            if (d == slutt)
            {
                break;
            }

            if (d == nesteAar)
            {
                NyttAar(ref aar, ref aarsdager, ref nesteAar);
            }

            if (d == periodeSlutt)
            {
                NesteSats(serie, d, ref i, ref antatt, ref periodeSlutt);
            }
        }

        return teller;
    }

    /// <summary>
    /// The table's period for day <paramref name="start"/> (past the last known day: the last, <paramref name="antatt"/>),
    /// and the day it ends (<see cref="int.MaxValue"/> when carried forward).
    /// </summary>
    /// <exception cref="SatserManglerException">The day lies before the table's first period (reported as <paramref name="fra"/>).</exception>
    private static int FoersteSats(Tidsserie serie, int start, LocalDate fra, out bool antatt, out int periodeSlutt)
    {
        var i = serie.Finn(start, tillatAntatt: true, out var status);
        if (i < 0)
        {
            KastSatserMangler(fra, serie);
        }

        antatt = status == SatsStatus.Antatt;
        periodeSlutt = antatt ? int.MaxValue : serie.TilDagnummer(i);
        return i;
    }

    /// <summary>
    /// Moves on from a period that ends on day <paramref name="d"/>: to the next period, which must start that day; past
    /// the last known day the last rate is carried forward, flagged <paramref name="antatt"/>. Inlined: it runs inside the
    /// interest loop, whose state stays in registers.
    /// </summary>
    /// <exception cref="SatserManglerException">The table has a gap at <paramref name="d"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NesteSats(Tidsserie serie, int d, ref int i, ref bool antatt, ref int periodeSlutt)
    {
        if (i + 1 == serie.Antall)
        {
            // Past the last known day: carry the last rate forward, flagged.
            antatt = true;
            periodeSlutt = int.MaxValue;
        }
        else if (serie.FraDagnummer(i + 1) == d)
        {
            i++;
            periodeSlutt = serie.TilDagnummer(i);
        }
        else
        {
            KastSatserMangler(DatoFraDagnummer(d), serie);
        }
    }

    /// <summary>Moves on to the next ISO year: its number, its length and the day number of the 1 January after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NyttAar(ref int aar, ref int aarsdager, ref int nesteNyttaar)
    {
        aar++;
        aarsdager = Aarsdager(aar);
        nesteNyttaar += aarsdager;
    }

    private static Renteresultat BeregnMedFastSats<TMottaker>(
        Beloep hovedstol,
        LocalDate fra,
        LocalDate til,
        Prosent sats,
        ref TMottaker mottaker)
        where TMottaker : ISegmentMottaker
    {
        if (!Dager(hovedstol, fra, til, out var start, out var slutt))
        {
            return new Renteresultat(Beloep.Null, false, 0);
        }

        var teller = TellerMedFastSats(start, slutt, sats.Hundredeler, ref mottaker);
        return new Renteresultat(Avrund(hovedstol, teller), false, slutt - start);
    }

    private static long TellerMedFastSats<TMottaker>(int start, int slutt, int hundredeler, ref TMottaker mottaker)
        where TMottaker : ISegmentMottaker
    {
        var d = start;
        var aar = AarOgNyttaar(start, out var aarsdager, out var nesteAar);
        long teller = 0;
        while (true)
        {
            var s = Math.Min(slutt, nesteAar);
            teller += Teller(s - d, hundredeler, aarsdager);
            mottaker.Segment(d, s, hundredeler, aarsdager, false, null);
            d = s;
            if (d == slutt)
            {
                break;
            }

            NyttAar(ref aar, ref aarsdager, ref nesteAar);
        }

        return teller;
    }

    /// <summary>
    /// The numerator of <c>dager · (hundredeler / 10 000) / aarsdager</c> over <see cref="Fellesnevner"/>: multiply by
    /// the other year length (366 for a 365-day year and vice versa).
    /// </summary>
    /// <remarks>
    /// The sum over all segments fits a <see cref="long"/>: at most 3 652 059 days (0001-01-01 … 9999-12-31) ·
    /// <see cref="int.MaxValue"/> hundredths · 366 ≈ 2.9 · 10¹⁸ &lt; 9.2 · 10¹⁸. The product with the principal is taken
    /// in 128 bits.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Teller(int dager, int hundredeler, int aarsdager) =>
        (long)dager * hundredeler * (aarsdager == 365 ? 366 : 365);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Beloep Avrund(Beloep hovedstol, long teller)
    {
        var oere = Heltallsregning.DivHalvtBortFraNull((Int128)hovedstol.Oere * teller, Fellesnevner);
        if (oere > long.MaxValue)
        {
            KastForStorRente(hovedstol);
        }

        return Beloep.FraOere((long)oere);
    }

    /// <summary>The ISO year of day number <paramref name="dag"/>, its length and the day number of the next 1 January.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AarOgNyttaar(int dag, out int aarsdager, out int nesteNyttaar)
    {
        var dato = DateOnly.FromDayNumber(dag);
        aarsdager = Aarsdager(dato.Year);
        nesteNyttaar = dag - dato.DayOfYear + 1 + aarsdager;
        return dato.Year;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Aarsdager(int aar) => DateTime.IsLeapYear(aar) ? 366 : 365;

    private static LocalDate DatoFraDagnummer(int dag) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));

    /// <summary>
    /// The checks and day numbers every interest calculation starts with: valid dates, <c>til</c> not before
    /// <c>fra</c>, a non-negative principal. Returns false for an empty period (no days, no interest).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Dager(Beloep hovedstol, LocalDate fra, LocalDate til, out int start, out int slutt)
    {
        SjekkDatoer(fra, til);
        start = Tidsserie.Dagnummer(fra);
        slutt = Tidsserie.Dagnummer(til);
        Sjekk(hovedstol, start, slutt, fra, til);
        return start != slutt;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Sjekk(Beloep hovedstol, int start, int slutt, LocalDate fra, LocalDate til)
    {
        if (slutt < start || hovedstol.ErNegativt)
        {
            KastUgyldig(hovedstol, fra, til);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastUgyldig(Beloep hovedstol, LocalDate fra, LocalDate til)
    {
        var feil = new List<Valideringsfeil>(2);
        if (hovedstol.ErNegativt)
        {
            feil.Add(new Valideringsfeil("hovedstol", hovedstol.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
        }

        if (til < fra)
        {
            feil.Add(new Valideringsfeil(
                "til",
                Isodato.Tekst(til),
                Feilkoder.UgyldigPeriode,
                $"Til-datoen kan ikke være før fra-datoen {Isodato.Tekst(fra)}."));
        }

        throw new UgyldigInndataException(feil);
    }

    /// <summary>The engine counts days from 0001-01-01 (ISO); NodaTime also holds earlier years, which are refused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SjekkDatoer(LocalDate fra, LocalDate til)
    {
        if (!Datogrense.ErGyldig(fra) || !Datogrense.ErGyldig(til))
        {
            KastUtenforDatoomraade(fra, til);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastUtenforDatoomraade(LocalDate fra, LocalDate til)
    {
        var feil = new List<Valideringsfeil>(2);
        Datogrense.Sjekk(fra, "fra", feil);
        Datogrense.Sjekk(til, "til", feil);

        throw new UgyldigInndataException(feil);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Renteresultat KastUkjentRentetype(Rentetype type) =>
        throw new UgyldigInndataException(new Valideringsfeil(
            "rentevilkaar.type",
            ((int)type).ToString(CultureInfo.InvariantCulture),
            Feilkoder.UgyldigRentevilkaar,
            "Ukjent rentetype."));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastForStorRente(Beloep hovedstol) =>
        throw new UgyldigInndataException(new Valideringsfeil(
            "hovedstol",
            hovedstol.ToString(),
            Feilkoder.UgyldigBeloep,
            "Renten blir større enn et beløp kan holde."));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastManglerRenteFra() =>
        throw new UgyldigInndataException(new Valideringsfeil("rentevilkaar.renteFra", null, Feilkoder.Paakrevd, "Renter må ha en fra-dato."));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastSatserMangler(LocalDate dato, Tidsserie serie) =>
        throw new SatserManglerException(Tabellnavn, dato, "sats_prosent_pa", serie.SistKjenteDag);

    private static Renteforklaring Lag(
        Regel satsregel,
        Beloep hovedstol,
        LocalDate fra,
        LocalDate til,
        Renteresultat resultat,
        ImmutableArray<Rentesegment> segmenter)
    {
        var ic = CultureInfo.InvariantCulture;
        var deler = ImmutableArray.CreateBuilder<Forklaring>(segmenter.Length);
        foreach (var s in segmenter)
        {
            deler.Add(new Forklaring(
                "Delperiode",
                Renteregler.Dagberegning,
                s.UavrundetRente.ToString(ic),
                [
                    new Faktum("fra", Isodato.Tekst(s.Fra)),
                    new Faktum("til", Isodato.Tekst(s.Til)),
                    new Faktum("dager", s.Dager.ToString(ic)),
                    new Faktum("sats", s.Sats.ToString()),
                    new Faktum("dagerIAaret", s.Aarsdager.ToString(ic)),
                    new Faktum("antatt", s.Antatt ? "true" : "false"),
                    .. s.Kildegrad is { } grad ? [new Faktum("kildegrad", Kildegradkode.Tekst(grad))] : Array.Empty<Faktum>(),
                ],
                []));
        }

        var forklaring = new Forklaring(
            "Rente",
            satsregel,
            resultat.Rente.ToString(),
            [
                new Faktum("hovedstol", hovedstol.ToString()),
                new Faktum("fra", Isodato.Tekst(fra)),
                new Faktum("til", Isodato.Tekst(til)),
                new Faktum("dager", resultat.Dager.ToString(ic)),
                new Faktum("antatt", resultat.Antatt ? "true" : "false"),
                new Faktum("avledet", resultat.Avledet ? "true" : "false"),
                new Faktum("avrunding", Renteregler.Avrunding.Beskrivelse),
            ],
            deler.MoveToImmutable());
        return new Renteforklaring(resultat, segmenter, forklaring);
    }

    private interface ISegmentMottaker
    {
        void Segment(int fra, int til, int hundredeler, int aarsdager, bool antatt, Kildegrad? kildegrad);
    }

    private struct IngenMottaker : ISegmentMottaker
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Segment(int fra, int til, int hundredeler, int aarsdager, bool antatt, Kildegrad? kildegrad)
        {
        }
    }

    private struct ListeMottaker(Beloep hovedstol) : ISegmentMottaker
    {
        private readonly Beloep _hovedstol = hovedstol;
        private ImmutableArray<Rentesegment>.Builder? _segmenter;

        public readonly ImmutableArray<Rentesegment> Segmenter => _segmenter?.ToImmutable() ?? [];

        public void Segment(int fra, int til, int hundredeler, int aarsdager, bool antatt, Kildegrad? kildegrad)
        {
            _segmenter ??= ImmutableArray.CreateBuilder<Rentesegment>();
            var dager = til - fra;
            var uavrundet = _hovedstol.Kroner * dager * hundredeler / (Prosent.Hel * (decimal)aarsdager);
            _segmenter.Add(new Rentesegment(
                DatoFraDagnummer(fra),
                DatoFraDagnummer(til),
                dager,
                Prosent.FraHundredeler(hundredeler),
                aarsdager,
                antatt,
                uavrundet)
            { Kildegrad = kildegrad });
        }
    }
}
