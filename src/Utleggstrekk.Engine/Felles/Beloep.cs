using System.Globalization;
using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// An amount of money in Norwegian kroner, held exactly as a whole number of øre in a <see cref="long"/>.
/// </summary>
/// <remarks>
/// <para>All arithmetic is checked: an overflow throws <see cref="OverflowException"/>, money never wraps.</para>
/// <para>Equality and ordering are those of the øre count. The default value is 0 kr.</para>
/// <para>A <see cref="Beloep"/> may be negative inside a calculation (a raw trekk below zero means no trekkevne);
/// amounts read from outside are validated with <see cref="FraEkstern"/>, which refuses negatives
/// (ELAN rule <c>UGYLDIG_BELOEP</c>).</para>
/// </remarks>
public readonly struct Beloep : IEquatable<Beloep>, IComparable<Beloep>, IComparable
{
    /// <summary>Øre per krone.</summary>
    public const long OerePerKrone = 100;

    private const string ForMangeDesimalerTekst = "Beløpet kan ha høyst to desimaler (det avrundes ikke).";
    private const string ForStortTekst = "Beløpet er for stort.";

    /// <summary>The largest amount in kroner (long.MaxValue øre).</summary>
    private const decimal MaksKroner = long.MaxValue / 100m;

    private readonly long _oere;

    private Beloep(long oere) => _oere = oere;

    /// <summary>0 kr (also the default value).</summary>
    public static Beloep Null => default;

    /// <summary>The amount in øre.</summary>
    public long Oere => _oere;

    /// <summary>The amount in kroner, exactly (two decimals).</summary>
    public decimal Kroner => _oere / 100m;

    /// <summary>True when the amount is 0 kr.</summary>
    public bool ErNull => _oere == 0;

    /// <summary>True when the amount is below 0 kr.</summary>
    public bool ErNegativt => _oere < 0;

    /// <summary>An amount from a whole number of øre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Beloep FraOere(long oere) => new(oere);

    /// <summary>An amount from a whole number of kroner. Throws <see cref="OverflowException"/> when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Beloep FraKroner(long kroner) => new(checked(kroner * OerePerKrone));

    /// <summary>
    /// An amount from kroner with at most two decimals. Throws <see cref="ArgumentException"/> when the value
    /// has more than two decimals (no silent rounding) and <see cref="OverflowException"/> when out of range.
    /// Negative values are allowed here; use <see cref="FraEkstern"/> for values read from input.
    /// </summary>
    public static Beloep FraDesimal(decimal kroner)
    {
        var oere = kroner * 100m;
        if (oere != decimal.Truncate(oere))
        {
            Preconditions.ThrowArgument(nameof(kroner), $"Amount {kroner.ToString(CultureInfo.InvariantCulture)} has more than two decimals.");
        }

        return new Beloep(decimal.ToInt64(oere));
    }

    /// <summary>
    /// Validates an amount read from outside (JSON, CSV, command line): not negative, at most two decimals.
    /// Throws <see cref="UgyldigInndataException"/> naming <paramref name="felt"/>, the value and rule <c>UGYLDIG_BELOEP</c>.
    /// </summary>
    public static Beloep FraEkstern(decimal kroner, string felt)
    {
        if (!TryFraEkstern(kroner, felt, out var beloep, out var feil))
        {
            throw new UgyldigInndataException(feil);
        }

        return beloep;
    }

    /// <summary>
    /// Like <see cref="FraEkstern"/>, but returns the violation instead of throwing, so callers can collect all of them.
    /// </summary>
    public static bool TryFraEkstern(decimal kroner, string felt, out Beloep beloep, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Valideringsfeil? feil)
    {
        var tekst = kroner.ToString(CultureInfo.InvariantCulture);
        beloep = default;
        if (kroner < 0)
        {
            feil = new Valideringsfeil(felt, tekst, Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt.");
            return false;
        }

        // Compared before multiplying: near decimal.MaxValue the product itself would overflow.
        if (kroner > MaksKroner)
        {
            feil = new Valideringsfeil(felt, tekst, Feilkoder.UgyldigBeloep, ForStortTekst);
            return false;
        }

        var oere = kroner * 100m;
        if (oere != decimal.Truncate(oere))
        {
            feil = new Valideringsfeil(felt, tekst, Feilkoder.UgyldigBeloep, ForMangeDesimalerTekst);
            return false;
        }

        beloep = new Beloep(decimal.ToInt64(oere));
        feil = null;
        return true;
    }

    /// <summary>
    /// Reads an amount written as decimal text (<c>8000.01</c>; with <paramref name="tillatEksponent"/> also JSON's
    /// <c>8.00001e3</c>) exactly, never through <see cref="decimal"/> or <see cref="double"/>: refused with rule
    /// <c>UGYLDIG_BELOEP</c>, naming <paramref name="felt"/> and the text, when it is not a number, is negative, has a
    /// non-zero digit after the second decimal (however far out: <c>8000.009999999999999999999999999999</c>,
    /// <c>1e-30</c>) or does not fit in øre. The input policy of every reader of amounts.
    /// </summary>
    public static bool TryFraTekst(ReadOnlySpan<char> tekst, string felt, bool tillatEksponent, out Beloep beloep, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Valideringsfeil? feil)
    {
        beloep = default;
        var melding = Hundredelstekst.Les(tekst, tillatEksponent, out var oere) switch
        {
            Tallstatus.Ok => null,
            Tallstatus.Negativ => "Beløpet kan ikke være negativt.",
            Tallstatus.ForMangeDesimaler => ForMangeDesimalerTekst,
            Tallstatus.ForStort => ForStortTekst,
            _ => "Forventet et beløp i kroner med punktum som desimalskille, f.eks. 10000 eller 10000.50.",
        };
        if (melding is not null)
        {
            feil = new Valideringsfeil(felt, Inndatatekst.Kort(tekst), Feilkoder.UgyldigBeloep, melding);
            return false;
        }

        beloep = new Beloep(oere);
        feil = null;
        return true;
    }

    /// <summary>The amount rounded down (towards minus infinity) to whole kroner: the debtor keeps the fraction.</summary>
    public Beloep NedTilHeleKroner()
    {
        var rest = _oere % OerePerKrone;
        if (rest < 0)
        {
            rest += OerePerKrone;
        }

        return new Beloep(_oere - rest);
    }

    /// <summary>The smaller of two amounts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Beloep Min(Beloep a, Beloep b) => a._oere <= b._oere ? a : b;

    /// <summary>The larger of two amounts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Beloep Max(Beloep a, Beloep b) => a._oere >= b._oere ? a : b;

    /// <summary>Checked addition.</summary>
    public static Beloep operator +(Beloep a, Beloep b) => new(checked(a._oere + b._oere));

    /// <summary>Checked subtraction.</summary>
    public static Beloep operator -(Beloep a, Beloep b) => new(checked(a._oere - b._oere));

    /// <summary>Checked negation.</summary>
    public static Beloep operator -(Beloep a) => new(checked(-a._oere));

    /// <summary>Checked multiplication by a whole number.</summary>
    public static Beloep operator *(Beloep a, long faktor) => new(checked(a._oere * faktor));

    /// <summary>Checked multiplication by a whole number.</summary>
    public static Beloep operator *(long faktor, Beloep a) => new(checked(a._oere * faktor));

    /// <summary>Equality of the øre count; calls <see cref="Equals(Beloep)"/>.</summary>
    public static bool operator ==(Beloep left, Beloep right) => left.Equals(right);

    /// <summary>Inequality of the øre count.</summary>
    public static bool operator !=(Beloep left, Beloep right) => !left.Equals(right);

    /// <summary>Ordering by øre; calls <see cref="CompareTo(Beloep)"/>.</summary>
    public static bool operator <(Beloep left, Beloep right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by øre.</summary>
    public static bool operator >(Beloep left, Beloep right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by øre.</summary>
    public static bool operator <=(Beloep left, Beloep right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by øre.</summary>
    public static bool operator >=(Beloep left, Beloep right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Beloep other) => _oere == other._oere;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Beloep other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _oere.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Beloep other) => _oere.CompareTo(other._oere);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Beloep other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Beloep.", nameof(obj)),
    };

    /// <summary>Invariant text in kroner with two decimals, e.g. <c>11276.00</c>.</summary>
    public override string ToString() => Kroner.ToString("0.00", CultureInfo.InvariantCulture);
}
