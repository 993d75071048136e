using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli;

/// <summary>Loads the satser the commands use: the embedded set, or the directory given with <c>--katalog</c>.</summary>
internal static class Satskilde
{
    private static readonly Lazy<Satsgrunnlag> Innebygde = new(SatserLaster.LastInnebygde);

    /// <summary>The embedded satser when <paramref name="katalog"/> is null, otherwise the set in that directory.</summary>
    public static Satsgrunnlag Last(string? katalog)
    {
        if (katalog is null)
        {
            return Innebygde.Value;
        }

        if (!Directory.Exists(katalog))
        {
            throw new DirectoryNotFoundException($"'{katalog}' (--katalog)");
        }

        return SatserLaster.LastFraKatalog(katalog);
    }

    /// <summary>Loads (and so validates) <paramref name="katalog"/> when one is given; nothing otherwise.</summary>
    public static void ValiderOmGitt(string? katalog)
    {
        if (katalog is not null)
        {
            _ = Last(katalog);
        }
    }
}
