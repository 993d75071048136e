using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Json;

namespace Utleggstrekk.Elan;

/// <summary>The machine-readable answer of <c>elan sjekk --json</c> (schema in <c>docs/elan.md</c>).</summary>
public sealed class ElanUtdata
{
    /// <summary><c>utleggsbegjaeringV1</c>, <c>utleggsbegjaeringV09</c>, <c>beslutningOmTrekkFraKommuneV1</c> or <c>oppslagSamordnetTrekk</c>.</summary>
    public required string Dokumenttype { get; init; }

    /// <summary>The letter list used: <c>foer2023</c> or <c>2023</c>.</summary>
    public required string Bokstaver { get; init; }

    /// <summary>True when there are no violations.</summary>
    public required bool Gyldig { get; init; }

    /// <summary>Every violation.</summary>
    public required IReadOnlyList<ElanAvvik> Avvik { get; init; }

    /// <summary>Information with sources.</summary>
    public required IReadOnlyList<ElanInformasjon> Informasjon { get; init; }

    /// <summary>The imported krav.</summary>
    public required IReadOnlyList<ElanKravUtdata> Krav { get; init; }

    /// <summary>The rentekontroll, one entry per rentekrav with a rentePeriode.</summary>
    public required IReadOnlyList<Rentekontrollresultat> Rentekontroll { get; init; }

    /// <summary>Saksøkere's identifiers.</summary>
    public required IReadOnlyList<string> Saksoekere { get; init; }

    /// <summary>Prosessfullmektiger's organisation numbers.</summary>
    public required IReadOnlyList<string> Prosessfullmektiger { get; init; }

    /// <summary>Builds the document from a result.</summary>
    public static ElanUtdata Fra(Elanresultat r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ElanUtdata
        {
            Dokumenttype = Typenavn(r.Dokumenttype),
            Bokstaver = r.Bokstaver.Navn(),
            Gyldig = r.ErGyldig,
            Avvik = r.Avvik,
            Informasjon = r.Informasjon,
            Krav = [.. r.Krav.Select((k, i) => ElanKravUtdata.Fra(k, r.DokumentetsKlasse[i]))],
            Rentekontroll = r.Rentekontroll,
            Saksoekere = r.Saksoekere,
            Prosessfullmektiger = r.Prosessfullmektiger,
        };
    }

    /// <summary>The JSON name of a document type.</summary>
    public static string Typenavn(Dokumenttype t) => t switch
    {
        Elan.Dokumenttype.UtleggsbegjaeringV1 => "utleggsbegjaeringV1",
        Elan.Dokumenttype.UtleggsbegjaeringV09 => "utleggsbegjaeringV09",
        Elan.Dokumenttype.BeslutningOmTrekkFraKommuneV1 => "beslutningOmTrekkFraKommuneV1",
        _ => "oppslagSamordnetTrekk",
    };
}

/// <summary>One imported krav in the answer, in the TREKK.json field names plus the class the document gave.</summary>
public sealed class ElanKravUtdata
{
    /// <summary>The reference.</summary>
    public required string Id { get; init; }

    /// <summary>The class imported (a–f).</summary>
    public required string Artsprioritet { get; init; }

    /// <summary>The class the document's letter gave (a–f after the letter mapping), or null.</summary>
    public string? DokumentetsArtsprioritet { get; init; }

    /// <summary>The tidsprioritet.</summary>
    public required LocalDate Tidsprioritet { get; init; }

    /// <summary>The sak.</summary>
    public required string Sak { get; init; }

    /// <summary>Order within the sak.</summary>
    public required int PrioritetISak { get; init; }

    /// <summary>The kravtype (TREKK.json value).</summary>
    public required string Kravtype { get; init; }

    /// <summary>What remains.</summary>
    public required Beloep Gjenstaaende { get; init; }

    /// <summary>The interest terms, or null for none.</summary>
    public RentevilkaarUtdata? Rentevilkaar { get; init; }

    internal static ElanKravUtdata Fra(Krav k, Artsprioritet? dok) => new()
    {
        Id = k.Id,
        Artsprioritet = k.Artsprioritet.Bokstav().ToString(),
        DokumentetsArtsprioritet = dok?.Bokstav().ToString(),
        Tidsprioritet = k.Tidsprioritet,
        Sak = k.Sak,
        PrioritetISak = k.PrioritetISak,
        Kravtype = TrekkJson.Kravtyper.TekstFor(k.Kravtype),
        Gjenstaaende = k.Gjenstaaende,
        Rentevilkaar = RentevilkaarUtdata.Fra(k.Rentevilkaar, k.RentePrioritetISak),
    };
}

/// <summary>Interest terms in the TREKK.json shape.</summary>
public sealed class RentevilkaarUtdata
{
    /// <summary><c>forsinkelsesrente</c> or <c>avtalt</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The agreed rate (only <c>avtalt</c>).</summary>
    public Prosent? AvtaltSats { get; init; }

    /// <summary>The first interest day.</summary>
    public LocalDate? RenteFra { get; init; }

    /// <summary>Where the interest part stands in the sak (ELAN <c>prioritetISakFremtidigRentekrav</c>), omitted when not given.</summary>
    public int? PrioritetISak { get; init; }

    internal static RentevilkaarUtdata? Fra(Rentevilkaar v, int? prioritetISak = null) => v.Type == Rentetype.Ingen
        ? null
        : new RentevilkaarUtdata
        {
            Type = TrekkJson.Rentetyper.TekstFor(v.Type),
            AvtaltSats = v.Type == Rentetype.Avtalt ? v.AvtaltSats : null,
            RenteFra = v.RenteFra,
            PrioritetISak = prioritetISak,
        };
}

/// <summary>Source-generated writer for the ELAN answers: camelCase, indented, <c>\n</c>, nulls omitted, non-ASCII as is.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(BeloepKonverter), typeof(ProsentKonverter), typeof(LocalDateKonverter)])]
[JsonSerializable(typeof(ElanUtdata))]
public sealed partial class ElanUtdataContext : JsonSerializerContext
{
    /// <summary>As <see cref="Default"/>, with æ, ø, å and § written as is.</summary>
    public static ElanUtdataContext Utdata { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new BeloepKonverter(), new ProsentKonverter(), new LocalDateKonverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
