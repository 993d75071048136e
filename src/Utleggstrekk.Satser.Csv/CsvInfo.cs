namespace Utleggstrekk.Satser.Csv;

/// <summary>Loads the satser CSV tables.</summary>
public static class CsvInfo
{
    /// <summary>The manifest file name in a satser directory.</summary>
    public const string ManifestFil = "manifest.csv";
}
