namespace Utleggstrekk.Json;

/// <summary>JSON input and output for the engine (System.Text.Json, source-generated).</summary>
public static class JsonInfo
{
    /// <summary>The content type written.</summary>
    public const string Innholdstype = "application/json";
}
