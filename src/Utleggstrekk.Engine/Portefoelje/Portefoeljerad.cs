using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// One row of a <see cref="Trekkportefoelje"/> as <see cref="ITrekkinndata"/>, so the row runs through the very same
/// input check and arithmetic core as a <see cref="Trekksak"/>. Reads the columns in place; the beregningsdato comes
/// already converted (once per distinct date).
/// </summary>
internal readonly ref struct Portefoeljerad : ITrekkinndata
{
    private readonly Trekkportefoelje _p;
    private readonly int _rad;
    private readonly int _barnFra;
    private readonly int _samvaerFra;
    private readonly int _utgiftFra;

    /// <summary>Row <paramref name="rad"/> of <paramref name="p"/>, its beregningsdato being <paramref name="dato"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Portefoeljerad(Trekkportefoelje p, int rad, LocalDate dato)
    {
        _p = p;
        _rad = rad;
        Beregningsdato = dato;
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
    public Beloep BruttoPerMaaned => Beloep.FraOere(_p.Brutto[_rad]);

    /// <inheritdoc/>
    public Beloep ForskuddstrekkPerMaaned => Beloep.FraOere(_p.Forskudd[_rad]);

    /// <inheritdoc/>
    public Beloep TrekkMedBedrePrioritetPerMaaned => Beloep.FraOere(_p.BedrePrioritet[_rad]);

    /// <inheritdoc/>
    public Beloep AndreInntekterPerMaaned => Beloep.FraOere(_p.AndreInntekter[_rad]);

    /// <inheritdoc/>
    public bool Naeringsinntekt => _p.Naeringsinntekt[_rad];

    /// <inheritdoc/>
    public bool NaeringSkjematisk => _p.NaeringSkjematisk[_rad];

    /// <inheritdoc/>
    public Sivilstand Sivilstand => _p.Sivilstand[_rad];

    /// <inheritdoc/>
    public Beloep PartnerNettoPerMaaned => Beloep.FraOere(_p.PartnerNetto[_rad]);

    /// <inheritdoc/>
    public Beloep PartnerEgenGjeldPerMaaned => Beloep.FraOere(_p.PartnerEgenGjeld[_rad]);

    /// <inheritdoc/>
    public Beloep Boutgift => Beloep.FraOere(_p.Boutgift[_rad]);

    /// <inheritdoc/>
    public Beloep Barnetilsyn => Beloep.FraOere(_p.Barnetilsyn[_rad]);

    /// <inheritdoc/>
    public Beloep BidragBetalt => Beloep.FraOere(_p.BidragBetalt[_rad]);

    /// <inheritdoc/>
    public Kostnadsdeling Kostnadsdeling => _p.Kostnadsdeling[_rad];

    /// <inheritdoc/>
    public Takregel Tak => _p.Tak[_rad];

    /// <inheritdoc/>
    public string? TakBegrunnelse => _p.TakBegrunnelse[_rad];

    /// <summary>The date of day number <paramref name="dag"/> (<see cref="Satser.Tidsserie.Dagnummer"/>'s inverse).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LocalDate Dato(int dag) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LocalDate BarnFoedselsdato(int i) => Dato(_p.BarnFoedt[_barnFra + i]);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnVideregaaende(int i) => _p.BarnVideregaaende[_barnFra + i];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LocalDate SamvaersbarnFoedselsdato(int i) => Dato(_p.SamvaerFoedt[_samvaerFra + i]);

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
