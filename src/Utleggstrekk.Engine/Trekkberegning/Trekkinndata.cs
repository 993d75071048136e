using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// What the trekk calculation reads from one case, whatever holds it: a <see cref="Trekksak"/>
/// (<see cref="TrekksakInndata"/>) or one row of a struct-of-arrays portfolio (<c>Portefoelje.Rad</c>). The arithmetic
/// core and the input check are generic over it, so every caller runs the very same code; implementations are ref
/// structs the JIT specialises the core for (no interface calls at run time).
/// </summary>
internal interface ITrekkinndata
{
    /// <summary>The beregningsdato.</summary>
    LocalDate Beregningsdato { get; }

    /// <summary>Gross per month.</summary>
    Beloep BruttoPerMaaned { get; }

    /// <summary>Forskuddstrekk per month.</summary>
    Beloep ForskuddstrekkPerMaaned { get; }

    /// <summary>Better-priority trekk per month.</summary>
    Beloep TrekkMedBedrePrioritetPerMaaned { get; }

    /// <summary>Counted non-garnishable income per month.</summary>
    Beloep AndreInntekterPerMaaned { get; }

    /// <summary>Whether the income is næringsinntekt.</summary>
    bool Naeringsinntekt { get; }

    /// <summary>Whether the schematic næring rule is chosen.</summary>
    bool NaeringSkjematisk { get; }

    /// <summary>Civil status.</summary>
    Sivilstand Sivilstand { get; }

    /// <summary>Partner's net income per month.</summary>
    Beloep PartnerNettoPerMaaned { get; }

    /// <summary>Partner's own debt service per month.</summary>
    Beloep PartnerEgenGjeldPerMaaned { get; }

    /// <summary>Housing cost per month.</summary>
    Beloep Boutgift { get; }

    /// <summary>Child care per month.</summary>
    Beloep Barnetilsyn { get; }

    /// <summary>Child support paid per month.</summary>
    Beloep BidragBetalt { get; }

    /// <summary>How household expenses are split.</summary>
    Kostnadsdeling Kostnadsdeling { get; }

    /// <summary>Which ceiling applies.</summary>
    Takregel Tak { get; }

    /// <summary>The reason for the 80 % ceiling.</summary>
    string? TakBegrunnelse { get; }

    /// <summary>Number of household children.</summary>
    int AntallBarn { get; }

    /// <summary>Date of birth of household child <paramref name="i"/>.</summary>
    LocalDate BarnFoedselsdato(int i);

    /// <summary>Whether household child <paramref name="i"/> (18+) attends videregående school.</summary>
    bool BarnVideregaaende(int i);

    /// <summary>Number of samvær children.</summary>
    int AntallSamvaersbarn { get; }

    /// <summary>Date of birth of samvær child <paramref name="i"/>.</summary>
    LocalDate SamvaersbarnFoedselsdato(int i);

    /// <summary>Samværsklasse of samvær child <paramref name="i"/>.</summary>
    int Samvaersklasse(int i);

    /// <summary>Number of other approved expenses.</summary>
    int AntallAndreUtgifter { get; }

    /// <summary>Amount of other expense <paramref name="i"/>.</summary>
    Beloep AnnenUtgiftBeloep(int i);

    /// <summary>Whether other expense <paramref name="i"/> is the debtor's own.</summary>
    bool AnnenUtgiftEgen(int i);

    /// <summary>Text of other expense <paramref name="i"/>.</summary>
    string? AnnenUtgiftTekst(int i);
}

/// <summary>A <see cref="Trekksak"/> as <see cref="ITrekkinndata"/>: its lists held as spans, read without copying.</summary>
internal readonly ref struct TrekksakInndata : ITrekkinndata
{
    private readonly Trekksak _sak;
    private readonly ReadOnlySpan<Barn> _barn;
    private readonly ReadOnlySpan<Samvaersbarn> _samvaersbarn;
    private readonly ReadOnlySpan<AnnenUtgift> _andre;

    /// <summary>Wraps <paramref name="sak"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TrekksakInndata(Trekksak sak)
    {
        _sak = sak;
        _barn = sak.Barn.AsSpan();
        _samvaersbarn = sak.Samvaersbarn.AsSpan();
        _andre = sak.AndreUtgifter.AsSpan();
    }

    /// <inheritdoc/>
    public LocalDate Beregningsdato => _sak.Beregningsdato;

    /// <inheritdoc/>
    public Beloep BruttoPerMaaned => _sak.BruttoPerMaaned;

    /// <inheritdoc/>
    public Beloep ForskuddstrekkPerMaaned => _sak.ForskuddstrekkPerMaaned;

    /// <inheritdoc/>
    public Beloep TrekkMedBedrePrioritetPerMaaned => _sak.TrekkMedBedrePrioritetPerMaaned;

    /// <inheritdoc/>
    public Beloep AndreInntekterPerMaaned => _sak.AndreInntekterPerMaaned;

    /// <inheritdoc/>
    public bool Naeringsinntekt => _sak.Naeringsinntekt;

    /// <inheritdoc/>
    public bool NaeringSkjematisk => _sak.NaeringSkjematisk;

    /// <inheritdoc/>
    public Sivilstand Sivilstand => _sak.Sivilstand;

    /// <inheritdoc/>
    public Beloep PartnerNettoPerMaaned => _sak.PartnerNettoPerMaaned;

    /// <inheritdoc/>
    public Beloep PartnerEgenGjeldPerMaaned => _sak.PartnerEgenGjeldPerMaaned;

    /// <inheritdoc/>
    public Beloep Boutgift => _sak.Boutgift;

    /// <inheritdoc/>
    public Beloep Barnetilsyn => _sak.Barnetilsyn;

    /// <inheritdoc/>
    public Beloep BidragBetalt => _sak.BidragBetalt;

    /// <inheritdoc/>
    public Kostnadsdeling Kostnadsdeling => _sak.Kostnadsdeling;

    /// <inheritdoc/>
    public Takregel Tak => _sak.Tak;

    /// <inheritdoc/>
    public string? TakBegrunnelse => _sak.TakBegrunnelse;

    /// <inheritdoc/>
    public int AntallBarn => _barn.Length;

    /// <inheritdoc/>
    public int AntallSamvaersbarn => _samvaersbarn.Length;

    /// <inheritdoc/>
    public int AntallAndreUtgifter => _andre.Length;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LocalDate BarnFoedselsdato(int i) => _barn[i].Foedselsdato;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnVideregaaende(int i) => _barn[i].Videregaaende;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LocalDate SamvaersbarnFoedselsdato(int i) => _samvaersbarn[i].Foedselsdato;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Samvaersklasse(int i) => _samvaersbarn[i].Samvaersklasse;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep AnnenUtgiftBeloep(int i) => _andre[i].Beloep;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AnnenUtgiftEgen(int i) => _andre[i].EgenUtgift;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? AnnenUtgiftTekst(int i) => _andre[i].Tekst;
}
