using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Renter;

/// <summary>Which interest a claim runs.</summary>
public enum Rentetype
{
    /// <summary>No interest.</summary>
    Ingen = 0,

    /// <summary>Forsinkelsesrente from the rate table (forsinkelsesrenteloven § 3).</summary>
    Forsinkelsesrente = 1,

    /// <summary>An agreed annual rate (<c>avtaltRentesats</c>).</summary>
    Avtalt = 2,
}

/// <summary>The interest terms of a claim: which interest, at which agreed rate, from which day.</summary>
/// <param name="Type">Which interest.</param>
/// <param name="AvtaltSats">The agreed annual rate; only for <see cref="Rentetype.Avtalt"/>.</param>
/// <param name="RenteFra">The first interest day (inclusive); required unless <see cref="Rentetype.Ingen"/>.</param>
public readonly record struct Rentevilkaar(Rentetype Type, Prosent AvtaltSats, LocalDate? RenteFra)
{
    /// <summary>No interest (the default).</summary>
    public static Rentevilkaar Ingen => default;

    /// <summary>Forsinkelsesrente from <paramref name="renteFra"/>.</summary>
    public static Rentevilkaar MedForsinkelsesrente(LocalDate renteFra) => new(Rentetype.Forsinkelsesrente, Prosent.Null, renteFra);

    /// <summary>The agreed rate <paramref name="sats"/> from <paramref name="renteFra"/>.</summary>
    public static Rentevilkaar MedAvtaltRente(Prosent sats, LocalDate renteFra) => new(Rentetype.Avtalt, sats, renteFra);
}
