using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// One row of a <see cref="Trekkportefoelje"/> as <see cref="ITrekkinndata"/>, so the row runs through the very same
/// input check and arithmetic core as a <see cref="Trekksak"/>. The row's scalar fields are read in place from its
/// <see cref="Radfelt"/> (one element of one array, held by reference), the children and other expenses from the
/// shared arrays. Dates stay day
/// numbers: a date of birth is checked against the beregningsdato as a number, its key is the day number (which
/// orders like the date) and a child's age is read from the portfolio's age column (<see cref="Trekkportefoelje.BarnAlder"/>,
/// computed once when the portfolio is built from the thresholds of the row's date, <see cref="Aldersgrenser"/>), so
/// no day number is turned into a date on the way (the beregningsdato comes already converted, once per distinct
/// date).
/// </summary>
internal readonly ref struct Portefoeljerad : ITrekkinndata
{
    private readonly Trekkportefoelje _p;
    private readonly ref readonly Radfelt _f;
    private readonly int _rad;
    private readonly int _dag;

    /// <summary>
    /// Row <paramref name="rad"/> of <paramref name="p"/>, whose scalar fields are <paramref name="felt"/> (its element of
    /// <see cref="Trekkportefoelje.Rader"/>), its beregningsdato being day <paramref name="dag"/> (<paramref name="dato"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Portefoeljerad(Trekkportefoelje p, int rad, ref readonly Radfelt felt, int dag, LocalDate dato)
    {
        _p = p;
        _f = ref felt;
        _rad = rad;
        _dag = dag;
        Beregningsdato = dato;
    }

    /// <inheritdoc/>
    public LocalDate Beregningsdato { get; }

    /// <inheritdoc/>
    public int AntallBarn => _f.BarnAntall;

    /// <inheritdoc/>
    public int AntallSamvaersbarn => _f.SamvaerAntall;

    /// <inheritdoc/>
    public int AntallAndreUtgifter => _f.UtgiftAntall;

    /// <inheritdoc/>
    public Beloep BruttoPerMaaned => Beloep.FraOere(_f.Brutto);

    /// <inheritdoc/>
    public Beloep ForskuddstrekkPerMaaned => Beloep.FraOere(_f.Forskudd);

    /// <inheritdoc/>
    public Beloep TrekkMedBedrePrioritetPerMaaned => Beloep.FraOere(_f.BedrePrioritet);

    /// <inheritdoc/>
    public Beloep AndreInntekterPerMaaned => Beloep.FraOere(_f.AndreInntekter);

    /// <inheritdoc/>
    public bool Naeringsinntekt => _f.Naeringsinntekt;

    /// <inheritdoc/>
    public bool NaeringSkjematisk => _f.NaeringSkjematisk;

    /// <inheritdoc/>
    public Sivilstand Sivilstand => _f.Sivilstand;

    /// <inheritdoc/>
    public Beloep PartnerNettoPerMaaned => Beloep.FraOere(_f.PartnerNetto);

    /// <inheritdoc/>
    public Beloep PartnerEgenGjeldPerMaaned => Beloep.FraOere(_f.PartnerEgenGjeld);

    /// <inheritdoc/>
    public Beloep Boutgift => Beloep.FraOere(_f.Boutgift);

    /// <inheritdoc/>
    public Beloep Barnetilsyn => Beloep.FraOere(_f.Barnetilsyn);

    /// <inheritdoc/>
    public Beloep BidragBetalt => Beloep.FraOere(_f.BidragBetalt);

    /// <inheritdoc/>
    public Kostnadsdeling Kostnadsdeling => _f.Kostnadsdeling;

    /// <inheritdoc/>
    public Takregel Tak => _f.Tak;

    /// <inheritdoc/>
    /// <remarks>Read in place: only the 80 % ceiling asks for it.</remarks>
    public string? TakBegrunnelse => _p.TakBegrunnelse[_rad];

    /// <summary>The date of day number <paramref name="dag"/> (<see cref="Satser.Tidsserie.Dagnummer"/>'s inverse).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LocalDate Dato(int dag) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));

    /// <inheritdoc/>
    /// <remarks>A stored day number is always an allowed date (year 1 or later, ISO): only the order is checked.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnFoedtGyldig(int i) => _p.BarnFoedt[_f.BarnFra + i] <= _dag;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BarnAlder(int i) => _p.BarnAlder[_f.BarnFra + i];

    /// <inheritdoc/>
    /// <remarks>The day number.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BarnFoedtNoekkel(int i) => _p.BarnFoedt[_f.BarnFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnVideregaaende(int i) => _p.BarnVideregaaende[_f.BarnFra + i];

    /// <inheritdoc/>
    /// <remarks>As <see cref="BarnFoedtGyldig"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SamvaersbarnFoedtGyldig(int i) => _p.SamvaerFoedt[_f.SamvaerFra + i] <= _dag;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SamvaersbarnAlder(int i) => _p.SamvaerAlder[_f.SamvaerFra + i];

    /// <inheritdoc/>
    /// <remarks>The day number.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SamvaersbarnFoedtNoekkel(int i) => _p.SamvaerFoedt[_f.SamvaerFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Samvaersklasse(int i) => _p.Samvaersklasse[_f.SamvaerFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep AnnenUtgiftBeloep(int i) => Beloep.FraOere(_p.UtgiftOere[_f.UtgiftFra + i]);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AnnenUtgiftEgen(int i) => _p.UtgiftEgen[_f.UtgiftFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? AnnenUtgiftTekst(int i) => _p.UtgiftTekst[_f.UtgiftFra + i];
}
