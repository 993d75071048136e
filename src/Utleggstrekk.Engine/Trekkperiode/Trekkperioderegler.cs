using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// The rules of SPEC §7 as named <see cref="Regel"/>s, in one public list; each is defined next to the question that
/// applies it (<see cref="LengsteTrekkperiode"/>, <see cref="StansVedGjeldsforhandling"/>, …). <c>GyldigFra</c> is the
/// date our source, Skatteetaten's <i>Retningslinje for utleggstrekk</i>, applies from (16 December 2020); the
/// statutes themselves are older.
/// </summary>
public static class Trekkperioderegler
{
    /// <summary>The date the Retningslinje applies from ("Retningslinjene gjelder fra 16. desember 2020").</summary>
    public static readonly LocalDate RetningslinjeGyldigFra = Trekkperiodefelles.RetningslinjeGyldigFra;

    /// <summary>Main rule: at most 2 years from the beslutningsdato.</summary>
    public static readonly Regel Ordinaer2Aar = LengsteTrekkperiode.Ordinaer2Aar;

    /// <summary>Bøter: at most 5 years.</summary>
    public static readonly Regel Bot5Aar = LengsteTrekkperiode.Bot5Aar;

    /// <summary>Skattekrav: up to 5 years from the end of the income year or of the endringsvedtak year.</summary>
    public static readonly Regel Skatt5Aar = Skattefrist.Skatt5Aar;

    /// <summary>Skattekrav whose 5-year limit would end no later than the main rule: the main rule applies.</summary>
    public static readonly Regel SkattOrdinaer2AarLengst = Skattefrist.SkattOrdinaer2AarLengst;

    /// <summary>Forlengelse of a tax trekk: 2 years.</summary>
    public static readonly Regel SkattForlengelse2Aar = Skattefrist.SkattForlengelse2Aar;

    /// <summary>Bidrag: no maximum.</summary>
    public static readonly Regel BidragIngenGrense = LengsteTrekkperiode.BidragIngenGrense;

    /// <summary>A trekk laid down to start when another ends gets only the rest of the period.</summary>
    public static readonly Regel StartSenere = LengsteTrekkperiode.StartSenere;

    /// <summary>Tidsprioritet on forlengelse.</summary>
    public static readonly Regel TidsprioritetVedForlengelse = Forlengelsestidsprioritet.Regel;

    /// <summary>Interest accrued in the trekkperiode keeps the principal's tidsprioritet.</summary>
    public static readonly Regel RenterTidsprioritet = Rentetidsprioritet.Regel;

    /// <summary>Gjeldsforhandling opened: the trekk stops for 4 months, with exceptions.</summary>
    public static readonly Regel Gjeldsforhandling = StansVedGjeldsforhandling.Regel;

    /// <summary>The debtor's konkurs: the trekk yields to the bo's beslag, except for bidrag.</summary>
    public static readonly Regel SkyldnersKonkurs = StansVedSkyldnersKonkurs.Regel;

    /// <summary>The trekkpliktiges konkurs: withheld amounts and separatistrett.</summary>
    public static readonly Regel TrekkpliktigesKonkurs = SeparatistrettVedTrekkpliktigesKonkurs.Regel;

    /// <summary>Foreldelse: new 10-year period from the notification of the trekkpliktige.</summary>
    public static readonly Regel Foreldelse = ForeldelseEtterTrekk.Regel;
}
