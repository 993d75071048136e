using System.Text.Json.Nodes;
using Utleggstrekk.Cli;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Elan.Tests;

internal static class Felles
{
    private static readonly Lazy<Satsgrunnlag> Satser = new(SatserLaster.LastInnebygde);

    public static EnkelTabell<Prosentverdi> Forsinkelsesrente => Satser.Value.Forsinkelsesrente;

    public static string Data(string navn) => Path.Combine(AppContext.BaseDirectory, "Data", navn);

    public static IEnumerable<string> Eksempler => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*.json").Order(StringComparer.Ordinal);

    public static Elanresultat Sjekk(string json, ElanValg? valg = null) => ElanSjekk.Sjekk(json, Forsinkelsesrente, valg);

    public static Elanresultat Sjekk(JsonNode dok, ElanValg? valg = null) => Sjekk(dok.ToJsonString(), valg);

    public static (int Kode, string Ut, string Feil) Kjoer(params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        var kode = Kommandolinje.Kjoer(args, ut, feil);
        return (kode, ut.ToString(), feil.ToString());
    }

    public static string Midlertidig(string innhold)
    {
        var fil = Path.Combine(Path.GetTempPath(), "elan-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(fil, innhold);
        return fil;
    }
}
