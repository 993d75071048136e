using System.Text.Json.Serialization;
using NodaTime;

namespace Utleggstrekk.Json;

/// <summary>TREKK.json: the krav in one trekk (schema in <c>docs/trekk-json.md</c>). Unknown properties are refused.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class TrekkDokument
{
    /// <summary>The krav (required, at least one).</summary>
    public List<KravDokument>? Krav { get; set; }

    /// <summary><c>etablert</c> (default) or <c>avsluttet</c>.</summary>
    public string? Status { get; set; }

    /// <summary><c>tidsprioritet</c> (default) or <c>samordnet</c>.</summary>
    public string? Regel { get; set; }

    /// <summary>The decided trekk per trekkpliktig.</summary>
    public List<TrekkpaaleggDokument>? Trekkpaalegg { get; set; }

    /// <summary>The amounts received.</summary>
    public List<MottakDokument>? Mottatt { get; set; }
}

/// <summary>One trekkpålegg in TREKK.json: a period <c>[fra, til)</c> with an amount or a percent.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class TrekkpaaleggDokument
{
    /// <summary>The trekkpliktig's organisation number (required, MOD11).</summary>
    public string? Trekkpliktig { get; set; }

    /// <summary>First day (required).</summary>
    public LocalDate? Fra { get; set; }

    /// <summary>End, exclusive (null: open-ended).</summary>
    public LocalDate? Til { get; set; }

    /// <summary>Amount per month (or <see cref="Prosent"/>).</summary>
    public decimal? Beloep { get; set; }

    /// <summary>Percent of gross income (or <see cref="Beloep"/>).</summary>
    public decimal? Prosent { get; set; }
}

/// <summary>One amount received in TREKK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class MottakDokument
{
    /// <summary>The day it was received (required).</summary>
    public LocalDate? Dato { get; set; }

    /// <summary>The amount (required).</summary>
    public decimal? Beloep { get; set; }
}

/// <summary>One krav in TREKK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class KravDokument
{
    /// <summary>Unique id (required).</summary>
    public string? Id { get; set; }

    /// <summary>Artsprioritet <c>a</c>–<c>f</c> (required).</summary>
    public string? Artsprioritet { get; set; }

    /// <summary>Tidsprioritet: the date the pålegg was given / trekk laid down (required).</summary>
    public LocalDate? Tidsprioritet { get; set; }

    /// <summary>The sak (case) the krav belongs to (required).</summary>
    public string? Sak { get; set; }

    /// <summary>Order within the sak, 1–99 (default 1).</summary>
    public int? PrioritetISak { get; set; }

    /// <summary>Kravtype (required): <c>hovedstol</c>, <c>renter</c>, <c>kostnader</c>, <c>loependeBidrag</c>, <c>bidragsgjeld</c>.</summary>
    public string? Kravtype { get; set; }

    /// <summary>Remaining amount (default 0).</summary>
    public decimal? Gjenstaaende { get; set; }

    /// <summary>For løpende bidrag: the amount due per month (default 0).</summary>
    public decimal? MaanedligBeloep { get; set; }

    /// <summary>Interest accrued and not included in <see cref="Gjenstaaende"/> (default 0).</summary>
    public decimal? PaaloeptRente { get; set; }

    /// <summary>For the <c>samordnet</c> rule: the krav keeps a time priority preserved from an earlier trekk (default false).</summary>
    public bool? BevartTidsprioritet { get; set; }

    /// <summary>The interest the krav runs (default none).</summary>
    public RentevilkaarDokument? Rentevilkaar { get; set; }

    /// <summary>The saksøker's organisation number (nine digits, MOD11), for innsyn.</summary>
    public string? Saksoeker { get; set; }

    /// <summary>The prosessfullmektig's organisation number (nine digits, MOD11), for innsyn.</summary>
    public string? Prosessfullmektig { get; set; }

    /// <summary>The end (exclusive) of the krav's own trekkperiode, for framskriving (default: none).</summary>
    public LocalDate? TrekkperiodeSlutt { get; set; }
}

/// <summary>The interest terms of a krav in TREKK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class RentevilkaarDokument
{
    /// <summary><c>ingen</c> (default), <c>forsinkelsesrente</c> or <c>avtalt</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The agreed percent p.a. (only for <c>avtalt</c>).</summary>
    public decimal? AvtaltSats { get; set; }

    /// <summary>The first interest day (required unless <c>ingen</c>).</summary>
    public LocalDate? RenteFra { get; set; }

    /// <summary>
    /// Where the krav's interest part (class a–d) stands within its sak, 1–99 (ELAN <c>prioritetISakFremtidigRentekrav</c>);
    /// absent: the krav's own <c>prioritetISak</c>.
    /// </summary>
    public int? PrioritetISak { get; set; }
}
