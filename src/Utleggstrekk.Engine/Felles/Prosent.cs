using System.Globalization;
using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// A non-negative percentage with a resolution of 1/100 percentage point (12.25 %, 21.99 %),
/// held exactly as a whole number of hundredths of a percent.
/// </summary>
/// <remarks>
/// Equality and ordering are those of the hundredths. The default value is 0 %.
/// Values read from outside are validated with <see cref="FraEkstern"/> (ELAN rule <c>UGYLDIG_RENTE</c>:
/// at most two decimals, not negative).
/// </remarks>
public readonly struct Prosent : IEquatable<Prosent>, IComparable<Prosent>, IComparable
{
    /// <summary>Hundredths per whole percent.</summary>
    public const int HundredelerPerProsent = 100;

    /// <summary>Hundredths of a percent in the whole (100 %).</summary>
    public const long Hel = 10_000;

    private readonly int _hundredeler;

    private Prosent(int hundredeler) => _hundredeler = hundredeler;

    /// <summary>0 % (also the default value).</summary>
    public static Prosent Null => default;

    /// <summary>The value in hundredths of a percent (12.25 % → 1225).</summary>
    public int Hundredeler => _hundredeler;

    /// <summary>The value in percent, exactly.</summary>
    public decimal Verdi => _hundredeler / 100m;

    /// <summary>From hundredths of a percent. Throws when negative.</summary>
    public static Prosent FraHundredeler(int hundredeler)
    {
        Preconditions.CheckArgumentRange(nameof(hundredeler), hundredeler, 0, int.MaxValue);
        return new Prosent(hundredeler);
    }

    /// <summary>From a whole percent (60 → 60 %).</summary>
    public static Prosent FraHeleProsent(int prosent)
    {
        Preconditions.CheckArgumentRange(nameof(prosent), prosent, 0, int.MaxValue / HundredelerPerProsent);
        return new Prosent(prosent * HundredelerPerProsent);
    }

    /// <summary>From a decimal percent with at most two decimals. Throws <see cref="ArgumentException"/> otherwise.</summary>
    public static Prosent FraDesimal(decimal prosent)
    {
        if (!TryFra(prosent, out var resultat))
        {
            Preconditions.ThrowArgument(nameof(prosent), $"Percentage {prosent.ToString(CultureInfo.InvariantCulture)} must be non-negative with at most two decimals.");
        }

        return resultat;
    }

    /// <summary>
    /// Validates a percentage read from outside: not negative, at most two decimals. Throws
    /// <see cref="UgyldigInndataException"/> naming <paramref name="felt"/>, the value and rule <c>UGYLDIG_RENTE</c>.
    /// </summary>
    public static Prosent FraEkstern(decimal prosent, string felt)
    {
        if (!TryFra(prosent, out var resultat))
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                felt,
                prosent.ToString(CultureInfo.InvariantCulture),
                Feilkoder.UgyldigRente,
                "Prosentsatsen må være ikke-negativ og ha høyst to desimaler."));
        }

        return resultat;
    }

    /// <summary>
    /// Reads a percentage written as decimal text (<c>21.99</c>; with <paramref name="tillatEksponent"/> also JSON's
    /// exponent form) exactly, never through <see cref="decimal"/>: refused with rule <c>UGYLDIG_RENTE</c>, naming
    /// <paramref name="felt"/> and the text, when it is not a number, is negative, has a non-zero digit after the
    /// second decimal or is out of range.
    /// </summary>
    public static bool TryFraTekst(ReadOnlySpan<char> tekst, string felt, bool tillatEksponent, out Prosent prosent, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Valideringsfeil? feil)
    {
        prosent = default;
        var status = Hundredelstekst.Les(tekst, tillatEksponent, out var hundredeler);
        var melding = status switch
        {
            Tallstatus.Ok when hundredeler > int.MaxValue => "Prosentsatsen er for stor.",
            Tallstatus.Ok => null,
            Tallstatus.Negativ => "Prosentsatsen kan ikke være negativ.",
            Tallstatus.ForMangeDesimaler => "Prosentsatsen kan ha høyst to desimaler (den avrundes ikke).",
            Tallstatus.ForStort => "Prosentsatsen er for stor.",
            _ => "Forventet en prosentsats med punktum som desimalskille, f.eks. 21.99.",
        };
        if (melding is not null)
        {
            feil = new Valideringsfeil(felt, Inndatatekst.Kort(tekst), Feilkoder.UgyldigRente, melding);
            return false;
        }

        prosent = new Prosent((int)hundredeler);
        feil = null;
        return true;
    }

    private static bool TryFra(decimal prosent, out Prosent resultat)
    {
        resultat = default;
        if (prosent < 0)
        {
            return false;
        }

        // Compared before multiplying: near decimal.MaxValue the product itself would overflow.
        if (prosent > int.MaxValue)
        {
            return false;
        }

        var hundredeler = prosent * 100m;
        if (hundredeler != decimal.Truncate(hundredeler) || hundredeler > int.MaxValue)
        {
            return false;
        }

        resultat = new Prosent(decimal.ToInt32(hundredeler));
        return true;
    }

    /// <summary>This share of an amount, exact in øre, rounded down (towards minus infinity) to whole øre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep AndelNed(Beloep beloep) =>
        Beloep.FraOere(Heltallsregning.MulDivNed(beloep.Oere, _hundredeler, Hel));

    /// <summary>Equality of the hundredths.</summary>
    public static bool operator ==(Prosent left, Prosent right) => left.Equals(right);

    /// <summary>Inequality of the hundredths.</summary>
    public static bool operator !=(Prosent left, Prosent right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Prosent left, Prosent right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Prosent left, Prosent right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Prosent left, Prosent right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Prosent left, Prosent right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Prosent other) => _hundredeler == other._hundredeler;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Prosent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hundredeler;

    /// <inheritdoc />
    public int CompareTo(Prosent other) => _hundredeler.CompareTo(other._hundredeler);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Prosent other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Prosent.", nameof(obj)),
    };

    /// <summary>Invariant text with two decimals, e.g. <c>12.25</c> (no percent sign).</summary>
    public override string ToString() => Verdi.ToString("0.00", CultureInfo.InvariantCulture);
}
