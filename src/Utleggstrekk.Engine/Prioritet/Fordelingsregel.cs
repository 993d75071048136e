namespace Utleggstrekk.Engine.Prioritet;

/// <summary>How one trekk payment is distributed over the claims in the trekk.</summary>
public enum Fordelingsregel
{
    /// <summary>
    /// The rules of deknl. § 2-8 as the Retningslinje pkt. 6 describes them (the default): class a before b … before f;
    /// within a class the earliest tidsprioritet is covered in full before the next (same case and date: lower
    /// prioritetISak first). Exception: class a claims share pro rata by the size of each bidrag
    /// (deknl. § 2-8 third ledd last sentence).
    /// </summary>
    Tidsprioritet = 0,

    /// <summary>
    /// The coordinated trekk of the new innkrevingslov (2026–), <b>modelled from the ELAN innsyn documentation</b>
    /// (forskrift 2025-07-09-1510 § 4, aggregate b): within a class, claims with a preserved time priority
    /// (<see cref="Krav.BevartTidsprioritet"/>) come first in date order; the rest share pro rata by dividendegrunnlag
    /// (remaining plus accrued interest). Not a statute text: see docs/fordeling.md.
    /// </summary>
    Samordnet = 1,
}
