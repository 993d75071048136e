namespace Utleggstrekk.Reference;

/// <summary>
/// The reference implementation: plain, readable code (decimal + LINQ, one method per rule) that states each rule
/// the way its source does. It is the oracle of the differential property tests and the baseline of every benchmark.
/// </summary>
public static class ReferenceInfo
{
    /// <summary>What this assembly is for.</summary>
    public const string Formaal = "Test oracle and benchmark baseline; not for production use.";
}
