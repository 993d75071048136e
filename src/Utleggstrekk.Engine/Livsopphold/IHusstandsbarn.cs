namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// The children's facts the livsopphold rules read (how many, their ages, the order of their dates of birth,
/// videregående, samværsklasse), whatever holds the case. The trekk calculation's input extends it, so these rules
/// stay free of the case model; implementations are ref structs the JIT specialises for (no interface calls at run
/// time).
/// </summary>
internal interface IHusstandsbarn
{
    /// <summary>Number of household children.</summary>
    int AntallBarn { get; }

    /// <summary>Age of household child <paramref name="i"/> in whole years on the beregningsdato (<see cref="Alder.HeleAar(NodaTime.LocalDate, NodaTime.LocalDate)"/>).</summary>
    int BarnAlder(int i);

    /// <summary>
    /// An integer that orders household child <paramref name="i"/>'s date of birth among the case's dates of birth as
    /// the dates order (equal dates, equal keys); only compared, never read as a date.
    /// </summary>
    int BarnFoedtNoekkel(int i);

    /// <summary>Whether household child <paramref name="i"/> (18+) attends videregående school.</summary>
    bool BarnVideregaaende(int i);

    /// <summary>Number of samvær children.</summary>
    int AntallSamvaersbarn { get; }

    /// <summary>As <see cref="BarnAlder"/>, for samvær child <paramref name="i"/>.</summary>
    int SamvaersbarnAlder(int i);

    /// <summary>As <see cref="BarnFoedtNoekkel"/>, for samvær child <paramref name="i"/>.</summary>
    int SamvaersbarnFoedtNoekkel(int i);

    /// <summary>Samværsklasse of samvær child <paramref name="i"/>.</summary>
    int Samvaersklasse(int i);
}
