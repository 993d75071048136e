using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// One row of a <see cref="Trekkportefoelje"/> as <see cref="ITrekkinndata"/>, so the row runs through the very same
/// input check and arithmetic core as a <see cref="Trekksak"/>. The row's scalar fields are read once, when the row is
/// made (the input check reads each of them anyway); the children and other expenses are read in place. Dates stay day
/// numbers: a date of birth is checked against the beregningsdato as a number, its key is the day number (which
/// orders like the date) and a child's age is read from the portfolio's age column (<see cref="Trekkportefoelje.BarnAlder"/>,
/// computed once when the portfolio is built from the thresholds of the row's date, <see cref="Aldersgrenser"/>), so
/// no day number is turned into a date on the way (the beregningsdato comes already converted, once per distinct
/// date).
/// </summary>
internal readonly ref struct Portefoeljerad : ITrekkinndata
{
    private readonly Trekkportefoelje _p;
    private readonly int _rad;
    private readonly int _dag;
    private readonly int _barnFra;
    private readonly int _samvaerFra;
    private readonly int _utgiftFra;

    /// <summary>
    /// Row <paramref name="rad"/> of <paramref name="p"/>, its beregningsdato being day <paramref name="dag"/>
    /// (<paramref name="dato"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Portefoeljerad(Trekkportefoelje p, int rad, int dag, LocalDate dato)
    {
        _p = p;
        _rad = rad;
        _dag = dag;
        Beregningsdato = dato;
        BruttoPerMaaned = Beloep.FraOere(p.Brutto[rad]);
        ForskuddstrekkPerMaaned = Beloep.FraOere(p.Forskudd[rad]);
        TrekkMedBedrePrioritetPerMaaned = Beloep.FraOere(p.BedrePrioritet[rad]);
        AndreInntekterPerMaaned = Beloep.FraOere(p.AndreInntekter[rad]);
        PartnerNettoPerMaaned = Beloep.FraOere(p.PartnerNetto[rad]);
        PartnerEgenGjeldPerMaaned = Beloep.FraOere(p.PartnerEgenGjeld[rad]);
        Boutgift = Beloep.FraOere(p.Boutgift[rad]);
        Barnetilsyn = Beloep.FraOere(p.Barnetilsyn[rad]);
        BidragBetalt = Beloep.FraOere(p.BidragBetalt[rad]);
        Naeringsinntekt = p.Naeringsinntekt[rad];
        NaeringSkjematisk = p.NaeringSkjematisk[rad];
        Sivilstand = p.Sivilstand[rad];
        Kostnadsdeling = p.Kostnadsdeling[rad];
        Tak = p.Tak[rad];
        _barnFra = p.BarnFra[rad];
        AntallBarn = p.BarnAntall[rad];
        _samvaerFra = p.SamvaerFra[rad];
        AntallSamvaersbarn = p.SamvaerAntall[rad];
        _utgiftFra = p.UtgiftFra[rad];
        AntallAndreUtgifter = p.UtgiftAntall[rad];
    }

    /// <inheritdoc/>
    public LocalDate Beregningsdato { get; }

    /// <inheritdoc/>
    public int AntallBarn { get; }

    /// <inheritdoc/>
    public int AntallSamvaersbarn { get; }

    /// <inheritdoc/>
    public int AntallAndreUtgifter { get; }

    /// <inheritdoc/>
    public Beloep BruttoPerMaaned { get; }

    /// <inheritdoc/>
    public Beloep ForskuddstrekkPerMaaned { get; }

    /// <inheritdoc/>
    public Beloep TrekkMedBedrePrioritetPerMaaned { get; }

    /// <inheritdoc/>
    public Beloep AndreInntekterPerMaaned { get; }

    /// <inheritdoc/>
    public bool Naeringsinntekt { get; }

    /// <inheritdoc/>
    public bool NaeringSkjematisk { get; }

    /// <inheritdoc/>
    public Sivilstand Sivilstand { get; }

    /// <inheritdoc/>
    public Beloep PartnerNettoPerMaaned { get; }

    /// <inheritdoc/>
    public Beloep PartnerEgenGjeldPerMaaned { get; }

    /// <inheritdoc/>
    public Beloep Boutgift { get; }

    /// <inheritdoc/>
    public Beloep Barnetilsyn { get; }

    /// <inheritdoc/>
    public Beloep BidragBetalt { get; }

    /// <inheritdoc/>
    public Kostnadsdeling Kostnadsdeling { get; }

    /// <inheritdoc/>
    public Takregel Tak { get; }

    /// <inheritdoc/>
    /// <remarks>Read in place: only the 80 % ceiling asks for it.</remarks>
    public string? TakBegrunnelse => _p.TakBegrunnelse[_rad];

    /// <summary>The date of day number <paramref name="dag"/> (<see cref="Satser.Tidsserie.Dagnummer"/>'s inverse).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LocalDate Dato(int dag) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));

    /// <inheritdoc/>
    /// <remarks>A stored day number is always an allowed date (year 1 or later, ISO): only the order is checked.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnFoedtGyldig(int i) => _p.BarnFoedt[_barnFra + i] <= _dag;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BarnAlder(int i) => _p.BarnAlder[_barnFra + i];

    /// <inheritdoc/>
    /// <remarks>The day number.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BarnFoedtNoekkel(int i) => _p.BarnFoedt[_barnFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnVideregaaende(int i) => _p.BarnVideregaaende[_barnFra + i];

    /// <inheritdoc/>
    /// <remarks>As <see cref="BarnFoedtGyldig"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SamvaersbarnFoedtGyldig(int i) => _p.SamvaerFoedt[_samvaerFra + i] <= _dag;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SamvaersbarnAlder(int i) => _p.SamvaerAlder[_samvaerFra + i];

    /// <inheritdoc/>
    /// <remarks>The day number.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SamvaersbarnFoedtNoekkel(int i) => _p.SamvaerFoedt[_samvaerFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Samvaersklasse(int i) => _p.Samvaersklasse[_samvaerFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep AnnenUtgiftBeloep(int i) => Beloep.FraOere(_p.UtgiftOere[_utgiftFra + i]);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AnnenUtgiftEgen(int i) => _p.UtgiftEgen[_utgiftFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? AnnenUtgiftTekst(int i) => _p.UtgiftTekst[_utgiftFra + i];
}
