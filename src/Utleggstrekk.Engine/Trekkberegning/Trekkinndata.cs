using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Livsopphold;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// What the trekk calculation reads from one case, whatever holds it: a <see cref="Trekksak"/>
/// (<see cref="TrekksakInndata"/>) or one row of a portfolio (<c>Portefoeljerad</c>). The arithmetic
/// core and the input check are generic over it, so every caller runs the very same code; implementations are ref
/// structs the JIT specialises the core for (no interface calls at run time). The children's facts the livsopphold
/// rules read come from <see cref="IHusstandsbarn"/> (Livsopphold does not know the case).
/// </summary>
internal interface ITrekkinndata : IHusstandsbarn
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

    /// <summary>
    /// Whether household child <paramref name="i"/>'s date of birth is an allowed date (<see cref="Datogrense"/>) not
    /// after the beregningsdato (asked only when the beregningsdato itself is allowed).
    /// </summary>
    bool BarnFoedtGyldig(int i);

    /// <summary>As <see cref="BarnFoedtGyldig"/>, for samvær child <paramref name="i"/>.</summary>
    bool SamvaersbarnFoedtGyldig(int i);

    /// <summary>Number of other approved expenses.</summary>
    int AntallAndreUtgifter { get; }

    /// <summary>Amount of other expense <paramref name="i"/>.</summary>
    Beloep AnnenUtgiftBeloep(int i);

    /// <summary>Whether other expense <paramref name="i"/> is the debtor's own.</summary>
    bool AnnenUtgiftEgen(int i);

    /// <summary>Text of other expense <paramref name="i"/>.</summary>
    string? AnnenUtgiftTekst(int i);
}

/// <summary>
/// A <see cref="Trekksak"/> as <see cref="ITrekkinndata"/>: its lists held as spans, read without copying. A date of
/// birth's key is <see cref="Datonoekkel.Noekkel(LocalDate)"/> (NodaTime's packed date shifted), and an age is computed
/// from that key and the beregningsdato's <see cref="Datonoekkel.Aldersnoekkel"/> (<see cref="Datonoekkel.HeleAar"/>,
/// one subtraction and one shift; the same value as <see cref="Alder.HeleAar(LocalDate, LocalDate)"/>).
/// </summary>
internal readonly ref struct TrekksakInndata : ITrekkinndata
{
    private readonly Trekksak _sak;
    private readonly ReadOnlySpan<Barn> _barn;
    private readonly ReadOnlySpan<Samvaersbarn> _samvaersbarn;
    private readonly ReadOnlySpan<AnnenUtgift> _andre;
    private readonly LocalDate _dato;
    private readonly int _datoPakket;
    private readonly int _datoNoekkel;
    private readonly int _aldersnoekkel;

    /// <summary>Wraps <paramref name="sak"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TrekksakInndata(Trekksak sak)
    {
        _sak = sak;
        _barn = sak.Barn.AsSpan();
        _samvaersbarn = sak.Samvaersbarn.AsSpan();
        _andre = sak.AndreUtgifter.AsSpan();
        _dato = sak.Beregningsdato;
        _datoPakket = Datonoekkel.Pakk(_dato);
        _datoNoekkel = Datonoekkel.Noekkel(_datoPakket);
        _aldersnoekkel = Datonoekkel.Aldersnoekkel(_dato);
    }

    /// <inheritdoc/>
    public LocalDate Beregningsdato => _dato;

    /// <summary>
    /// The beregningsdato's <see cref="Datonoekkel.Noekkel(LocalDate)"/> (the key of
    /// <see cref="Satser.Dagsindeks.Finn(LocalDate, int)"/>; meaningful once the input check has accepted the date).
    /// </summary>
    public int DatoNoekkel => _datoNoekkel;

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
    public bool BarnFoedtGyldig(int i) => FoedtGyldig(_barn[i].Foedselsdato);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BarnAlder(int i) => Datonoekkel.HeleAar(BarnFoedtNoekkel(i), _aldersnoekkel);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BarnFoedtNoekkel(int i) => Datonoekkel.Noekkel(_barn[i].Foedselsdato);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BarnVideregaaende(int i) => _barn[i].Videregaaende;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SamvaersbarnFoedtGyldig(int i) => FoedtGyldig(_samvaersbarn[i].Foedselsdato);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SamvaersbarnAlder(int i) => Datonoekkel.HeleAar(SamvaersbarnFoedtNoekkel(i), _aldersnoekkel);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SamvaersbarnFoedtNoekkel(int i) => Datonoekkel.Noekkel(_samvaersbarn[i].Foedselsdato);

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

    /// <summary>
    /// An allowed date (<see cref="Datogrense.ErGyldig"/>) not after the beregningsdato, both questions asked of the
    /// packed values (<see cref="Datonoekkel.GyldigOgIkkeEtter"/>; the beregningsdato is an allowed date when this is
    /// asked) instead of NodaTime's calendar-checked comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool FoedtGyldig(LocalDate foedt) => Datonoekkel.GyldigOgIkkeEtter(Datonoekkel.Pakk(foedt), _datoPakket);
}
