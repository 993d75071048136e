namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// What part of a debt a claim is (ELAN's kravtyper plus the two kinds of child-support claims). The class
/// (<see cref="Artsprioritet"/>) is stated separately on every claim: for claims other than tax, interest and fees do not
/// follow the principal's class (Retningslinje pkt. 6.1), so the type never decides the class.
/// </summary>
public enum Kravtype
{
    /// <summary>The principal (hovedstol).</summary>
    Hovedstol = 1,

    /// <summary>Interest (renter), e.g. forsinkelsesrente on a principal.</summary>
    Renter = 2,

    /// <summary>Legal costs (sakskostnader / saksomkostninger).</summary>
    Kostnader = 3,

    /// <summary>A fee (gebyr), e.g. rettsgebyr or a purregebyr; ELAN treats gebyr and sakskostnad as separate kinds.</summary>
    Gebyr = 4,

    /// <summary>
    /// Running child support not yet due (løpende bidrag): needs this period's amount due
    /// (<see cref="Krav.MaanedligBeloep"/>), class a.
    /// </summary>
    LoependeBidrag = 5,

    /// <summary>Child support in arrears (bidragsgjeld), class a.</summary>
    Bidragsgjeld = 6,
}
