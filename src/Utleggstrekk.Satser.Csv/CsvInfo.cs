namespace Utleggstrekk.Satser.Csv;

/// <summary>Names used in a satser directory.</summary>
public static class CsvInfo
{
    /// <summary>The manifest file name in a satser directory.</summary>
    public const string ManifestFil = "manifest.csv";

    /// <summary>The table names, as written in the manifest's <c>tabell</c> column, in the order they are loaded.</summary>
    public static IReadOnlyList<string> Tabeller { get; } = ["livsopphold", "samvaer", "forsinkelsesrente", "rettsgebyr", "trekkgrenser"];
}
