using System.Globalization;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>
/// Reads TREKK.json (schema in <c>docs/trekk-json.md</c>): the krav of one trekk, validated with every violation
/// named by its dotted path (<c>krav[2].artsprioritet</c>).
/// </summary>
public static partial class TrekkJson
{
    private static readonly string[] RotFelt = ["krav", "status", "regel", "trekkpaalegg", "mottatt"];
    private static readonly string[] KravFelt = ["id", "artsprioritet", "tidsprioritet", "sak", "prioritetISak", "kravtype", "gjenstaaende", "maanedligBeloep", "paaloeptRente", "bevartTidsprioritet", "tidsprioritetAntatt", "rentevilkaar", "saksoeker", "prosessfullmektig", "trekkperiodeSlutt"];
    private static readonly string[] RentevilkaarFelt = ["type", "avtaltSats", "renteFra", "prioritetISak"];
    private static readonly string[] TrekkpaaleggFelt = ["trekkpliktig", "fra", "til", "beloep", "prosent"];
    private static readonly string[] MottakFelt = ["dato", "beloep"];

    /// <summary>Reads the document and checks JSON types, required and unknown fields. Throws <see cref="UgyldigInndataException"/>.</summary>
    public static TrekkDokument LesDokument(string json, string kilde = "TREKK.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var dokument = JsonLeser.Parse(json, kilde);
        var leser = new JsonLeser();
        var dok = LesDokument(leser, dokument.RootElement);
        if (leser.Feil.Count > 0 || dok is null)
        {
            throw new UgyldigInndataException(leser.Feil);
        }

        return dok;
    }

    private static TrekkDokument? LesDokument(JsonLeser l, JsonElement rot)
    {
        if (!l.SjekkObjekt(rot, string.Empty, RotFelt))
        {
            return null;
        }

        if (!l.Finn(rot, "krav", string.Empty, paakrevd: true, out _))
        {
            return null;
        }

        return new TrekkDokument
        {
            Krav = l.Liste(rot, "krav", string.Empty, LesKrav),
            Status = l.Tekst(rot, "status", string.Empty),
            Regel = l.Tekst(rot, "regel", string.Empty),
            Trekkpaalegg = l.Liste(rot, "trekkpaalegg", string.Empty, LesTrekkpaalegg),
            Mottatt = l.Liste(rot, "mottatt", string.Empty, LesMottak),
        };
    }

    private static KravDokument LesKrav(JsonLeser l, JsonElement e, string sti) => l.SjekkObjekt(e, sti, KravFelt)
        ? new KravDokument
        {
            Id = l.Tekst(e, "id", sti, paakrevd: true),
            Artsprioritet = l.Tekst(e, "artsprioritet", sti, paakrevd: true),
            Tidsprioritet = l.Dato(e, "tidsprioritet", sti, paakrevd: true),
            Sak = l.Tekst(e, "sak", sti, paakrevd: true),
            PrioritetISak = l.Heltall(e, "prioritetISak", sti),
            Kravtype = l.Tekst(e, "kravtype", sti, paakrevd: true),
            Gjenstaaende = l.Tall(e, "gjenstaaende", sti),
            MaanedligBeloep = l.Tall(e, "maanedligBeloep", sti),
            PaaloeptRente = l.Tall(e, "paaloeptRente", sti),
            BevartTidsprioritet = l.Sannhet(e, "bevartTidsprioritet", sti),
            TidsprioritetAntatt = l.Sannhet(e, "tidsprioritetAntatt", sti),
            Rentevilkaar = l.Objekt(e, "rentevilkaar", sti, RentevilkaarFelt) is { } r ? LesRentevilkaar(l, r, JsonLeser.Sti(sti, "rentevilkaar")) : null,
            Saksoeker = l.Tekst(e, "saksoeker", sti),
            Prosessfullmektig = l.Tekst(e, "prosessfullmektig", sti),
            TrekkperiodeSlutt = l.Dato(e, "trekkperiodeSlutt", sti),
        }
        : new KravDokument();

    private static RentevilkaarDokument LesRentevilkaar(JsonLeser l, JsonElement r, string sti) => new()
    {
        Type = l.Tekst(r, "type", sti),
        AvtaltSats = l.Tall(r, "avtaltSats", sti, prosent: true),
        RenteFra = l.Dato(r, "renteFra", sti),
        PrioritetISak = l.Heltall(r, "prioritetISak", sti),
    };

    private static TrekkpaaleggDokument LesTrekkpaalegg(JsonLeser l, JsonElement e, string sti) => l.SjekkObjekt(e, sti, TrekkpaaleggFelt)
        ? new TrekkpaaleggDokument
        {
            Trekkpliktig = l.Tekst(e, "trekkpliktig", sti, paakrevd: true),
            Fra = l.Dato(e, "fra", sti, paakrevd: true),
            Til = l.Dato(e, "til", sti),
            Beloep = l.Tall(e, "beloep", sti),
            Prosent = l.Tall(e, "prosent", sti),
        }
        : new TrekkpaaleggDokument();

    private static MottakDokument LesMottak(JsonLeser l, JsonElement e, string sti) => l.SjekkObjekt(e, sti, MottakFelt)
        ? new MottakDokument
        {
            Dato = l.Dato(e, "dato", sti, paakrevd: true),
            Beloep = l.Tall(e, "beloep", sti, paakrevd: true),
        }
        : new MottakDokument();

    private static string Sti(int i, string felt) => "krav[" + i.ToString(CultureInfo.InvariantCulture) + "]." + felt;

    private static Valideringsfeil Paakrevd(string felt) => new(felt, null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd.");

    private static LocalDate Dato(LocalDate? dato) => dato ?? default;
}
