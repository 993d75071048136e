using System.Text.Json.Serialization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Json;

/// <summary>TREKK.json: the krav in one trekk (schema in <c>docs/trekk-json.md</c>). Unknown properties are refused.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class TrekkDokument
{
    /// <summary>The krav (required, at least one).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<KravDokument>? Krav { get; set; }

    /// <summary><c>etablert</c> (default) or <c>avsluttet</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; set; }

    /// <summary><c>tidsprioritet</c> (default) or <c>samordnet</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Regel { get; set; }

    /// <summary>The decided trekk per trekkpliktig.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TrekkpaaleggDokument>? Trekkpaalegg { get; set; }

    /// <summary>The amounts received.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<MottakDokument>? Mottatt { get; set; }

    /// <summary>
    /// The TREKK.json document of <paramref name="trekk"/>: <see cref="TrekkJson.LesTrekk"/> reads it back to an equal
    /// trekk. Optional values at their defaults (no interest, no parties, no trekkperiode end) are left out; amounts and
    /// percents have two decimals. The one TREKK.json writer (also of <c>elan sjekk --krav-ut</c>).
    /// </summary>
    public static TrekkDokument Fra(Trekk trekk)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        var krav = new List<KravDokument>(trekk.Krav.Length);
        for (var i = 0; i < trekk.Krav.Length; i++)
        {
            var k = trekk.Krav[i];
            var parter = trekk.ParterFor(i);
            krav.Add(new KravDokument
            {
                Id = k.Id,
                Artsprioritet = k.Artsprioritet.Bokstav().ToString(),
                Tidsprioritet = k.Tidsprioritet,
                Sak = k.Sak,
                PrioritetISak = k.PrioritetISak,
                Kravtype = TrekkJson.Kravtyper.TekstFor(k.Kravtype),
                Gjenstaaende = ToDesimaler(k.Gjenstaaende),
                MaanedligBeloep = k.Kravtype == Kravtype.LoependeBidrag ? ToDesimaler(k.MaanedligBeloep) : null,
                PaaloeptRente = k.PaaloeptRente.ErNull ? null : ToDesimaler(k.PaaloeptRente),
                BevartTidsprioritet = k.BevartTidsprioritet ? true : null,
                TidsprioritetAntatt = k.TidsprioritetAntatt ? true : null,
                Rentevilkaar = k.Rentevilkaar.Type == Rentetype.Ingen && k.RentePrioritetISak is null
                    ? null
                    : new RentevilkaarDokument
                    {
                        Type = k.Rentevilkaar.Type == Rentetype.Ingen ? null : TrekkJson.Rentetyper.TekstFor(k.Rentevilkaar.Type),
                        AvtaltSats = k.Rentevilkaar.Type == Rentetype.Avtalt ? ToDesimaler(k.Rentevilkaar.AvtaltSats) : null,
                        RenteFra = k.Rentevilkaar.RenteFra,
                        PrioritetISak = k.RentePrioritetISak,
                    },
                Saksoeker = parter.Saksoeker?.ToString(),
                Prosessfullmektig = parter.Prosessfullmektig?.ToString(),
                TrekkperiodeSlutt = trekk.TrekkperiodeSluttFor(i),
            });
        }

        return new TrekkDokument
        {
            Krav = krav,
            Status = TrekkJson.Statuser.TekstFor(trekk.Status),
            Regel = TrekkJson.Regler.TekstFor(trekk.Regel),
            Trekkpaalegg = trekk.Trekkpaalegg.IsDefaultOrEmpty
                ? null
                : [.. trekk.Trekkpaalegg.Select(p => new TrekkpaaleggDokument { Trekkpliktig = p.Trekkpliktig.ToString(), Fra = p.Fra, Til = p.Til, Beloep = p.Beloep is { } b ? ToDesimaler(b) : null, Prosent = p.Prosent is { } pr ? ToDesimaler(pr) : null })],
            Mottatt = trekk.Mottatt.IsDefaultOrEmpty ? null : [.. trekk.Mottatt.Select(m => new MottakDokument { Dato = m.Dato, Beloep = ToDesimaler(m.Beloep) })],
        };
    }

    // Amounts and percents with exactly two decimals (1400 kr → 1400.00, 8.5 % → 8.50), as every written document
    // has them (docs/cli.md; BeloepKonverter, ProsentKonverter): Beloep.Kroner and Prosent.Verdi divide by 100m, which
    // drops trailing zeros, while hundredths times 0.01m keep the scale of two.
    private static decimal ToDesimaler(Beloep b) => b.Oere * 0.01m;

    private static decimal ToDesimaler(Prosent p) => p.Hundredeler * 0.01m;
}

/// <summary>One trekkpålegg in TREKK.json: a period <c>[fra, til)</c> with an amount or a percent.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class TrekkpaaleggDokument
{
    /// <summary>The trekkpliktig's organisation number (required, MOD11).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Trekkpliktig { get; set; }

    /// <summary>First day (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? Fra { get; set; }

    /// <summary>End, exclusive (null: open-ended).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? Til { get; set; }

    /// <summary>Amount per month (or <see cref="Prosent"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Beloep { get; set; }

    /// <summary>Percent of gross income (or <see cref="Beloep"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Prosent { get; set; }
}

/// <summary>One amount received in TREKK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class MottakDokument
{
    /// <summary>The day it was received (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? Dato { get; set; }

    /// <summary>The amount (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Beloep { get; set; }
}

/// <summary>One krav in TREKK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class KravDokument
{
    /// <summary>Unique id (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    /// <summary>Artsprioritet <c>a</c>–<c>f</c> (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Artsprioritet { get; set; }

    /// <summary>Tidsprioritet: the date the pålegg was given / trekk laid down (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? Tidsprioritet { get; set; }

    /// <summary>The sak (case) the krav belongs to (required).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sak { get; set; }

    /// <summary>Order within the sak, 1–99 (default 1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PrioritetISak { get; set; }

    /// <summary>Kravtype (required): <c>hovedstol</c>, <c>renter</c>, <c>kostnader</c>, <c>loependeBidrag</c>, <c>bidragsgjeld</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kravtype { get; set; }

    /// <summary>Remaining amount (default 0).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Gjenstaaende { get; set; }

    /// <summary>For løpende bidrag: the amount due per month (default 0).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? MaanedligBeloep { get; set; }

    /// <summary>Interest accrued and not included in <see cref="Gjenstaaende"/> (default 0).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? PaaloeptRente { get; set; }

    /// <summary>For the <c>samordnet</c> rule: the krav keeps a time priority preserved from an earlier trekk (default false).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BevartTidsprioritet { get; set; }

    /// <summary>The tidsprioritet is assumed (ELAN import without <c>--tidsprioritet</c>), default false; changes no figure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TidsprioritetAntatt { get; set; }

    /// <summary>The interest the krav runs (default none).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RentevilkaarDokument? Rentevilkaar { get; set; }

    /// <summary>The saksøker's organisation number (nine digits, MOD11), for innsyn.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Saksoeker { get; set; }

    /// <summary>The prosessfullmektig's organisation number (nine digits, MOD11), for innsyn.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Prosessfullmektig { get; set; }

    /// <summary>The end (exclusive) of the krav's own trekkperiode, for framskriving (default: none).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? TrekkperiodeSlutt { get; set; }
}

/// <summary>The interest terms of a krav in TREKK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class RentevilkaarDokument
{
    /// <summary><c>ingen</c> (default), <c>forsinkelsesrente</c> or <c>avtalt</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    /// <summary>The agreed percent p.a. (only for <c>avtalt</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AvtaltSats { get; set; }

    /// <summary>The first interest day (required unless <c>ingen</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? RenteFra { get; set; }

    /// <summary>
    /// Where the krav's interest part (class a–d) stands within its sak, 1–99 (ELAN <c>prioritetISakFremtidigRentekrav</c>);
    /// absent: the krav's own <c>prioritetISak</c>.
    /// </summary>
    public int? PrioritetISak { get; set; }
}
