using System.Text.Json;
using NodaTime;

namespace Utleggstrekk.Elan;

// The typed shapes of the ELAN documents, as far as this importer reads them. Everything else in a document (addresses,
// attachments, varsel, signatures, …) is ignored: the source-generated context skips unknown properties. Field names
// are the documents' own (camelCase), so the JSON paths in messages are the documents' paths.
// A part is named Elan<Part>Dokument: it is ELAN's shape, not the TREKK.json or SAK.json one of Utleggstrekk.Json
// (ElanKravDokument is an ELAN krav, KravDokument a TREKK.json krav).

/// <summary>Utleggsbegjæring v1 (ELAN, from 22.09.2025).</summary>
internal sealed class BegjaeringV1
{
    public List<ElanSaksoekerDokument?>? Saksoeker { get; set; }

    public List<ElanSaksoektDokument?>? Saksoekt { get; set; }

    public LocalDate? Begjaeringsdato { get; set; }

    public List<ElanTvangsgrunnlagDokument?>? BegjaeringensTvangsgrunnlag { get; set; }

    public JsonElement? KreverRettsgebyrErstattet { get; set; }

    public List<ElanKravDokument?>? KravTilInnkreving { get; set; }

    public BetalingsinformasjonV1? Betalingsinformasjon { get; set; }

    public string? InnsenderReferanse { get; set; }

    public string? Saksreferanse { get; set; }

    public ElanInnsenderDokument? Innsender { get; set; }
}

/// <summary>Utleggsbegjæring v0.9 (still accepted in the transition period).</summary>
internal sealed class BegjaeringV09
{
    public List<ElanSaksoekerDokument?>? Saksoeker { get; set; }

    public List<ElanSaksoektDokument?>? Saksoekt { get; set; }

    public LocalDate? Begjaeringsdato { get; set; }

    public List<ElanTvangsgrunnlagDokument?>? BegjaeringensTvangsgrunnlag { get; set; }

    public JsonElement? KreverRettsgebyrErstattet { get; set; }

    public List<ElanKravDokument?>? KravTilInnkreving { get; set; }

    public BetalingsinformasjonV09? Betalingsinformasjon { get; set; }

    public string? InnsenderReferanse { get; set; }

    public string? Saksreferanse { get; set; }

    public ElanInnsenderDokument? Innsender { get; set; }
}

/// <summary>Beslutning om trekk fra kommune v1.</summary>
internal sealed class BeslutningKommuneV1
{
    public List<ElanSaksoekerDokument?>? Saksoeker { get; set; }

    public ElanSaksoektDokument? Saksoekt { get; set; }

    public OffsetDateTime? Beslutningsdato { get; set; }

    public List<ElanKravDokument?>? KravTilInnkreving { get; set; }

    public BetalingsinformasjonV1? Betalingsinformasjon { get; set; }

    public string? InnsenderReferanse { get; set; }

    public string? Saksreferanse { get; set; }
}

/// <summary>Oppslag samordnet trekk fra kommune: one party, no krav.</summary>
internal sealed class OppslagSamordnetTrekk
{
    public ElanIdentifikatorDokument? Skyldner { get; set; }
}

internal sealed class ElanSaksoekerDokument
{
    public ElanAktoerDokument? Saksoeker { get; set; }

    /// <summary>v1.</summary>
    public ElanProsessfullmektigDokument? SaksoekersProsessfullmektig { get; set; }

    /// <summary>v0.9.</summary>
    public ElanProsessfullmektigDokument? Prosessfullmektig { get; set; }

    /// <summary>Beslutning om trekk fra kommune: the kommune's innsender.</summary>
    public ElanInnsenderDokument? Innsender { get; set; }
}

internal sealed class ElanSaksoektDokument
{
    public ElanAktoerDokument? Saksoekt { get; set; }

    public ElanProsessfullmektigDokument? SaksoektesProsessfullmektig { get; set; }

    public ElanProsessfullmektigDokument? Prosessfullmektig { get; set; }
}

internal sealed class ElanInnsenderDokument
{
    public ElanAktoerDokument? Innsender { get; set; }

    public ElanProsessfullmektigDokument? InnsendersProsessfullmektig { get; set; }

    public ElanProsessfullmektigDokument? Prosessfullmektig { get; set; }
}

internal sealed class ElanProsessfullmektigDokument
{
    public ElanAktoerDokument? Prosessfullmektig { get; set; }
}

internal sealed class ElanAktoerDokument
{
    public ElanVirksomhetDokument? Virksomhet { get; set; }

    public ElanPersonDokument? Person { get; set; }
}

internal sealed class ElanVirksomhetDokument
{
    public string? Navn { get; set; }

    public ElanIdentifikatorDokument? Identifikator { get; set; }
}

internal sealed class ElanPersonDokument
{
    public ElanIdentifikatorDokument? Identifikator { get; set; }
}

/// <summary>v1: taxIdentificationNumber + landkodeIdentifikator; v0.9: identifikatortype + verdi + landkode.</summary>
internal sealed class ElanIdentifikatorDokument
{
    public string? TaxIdentificationNumber { get; set; }

    public string? LandkodeIdentifikator { get; set; }

    public string? Identifikatortype { get; set; }

    public string? Verdi { get; set; }

    public string? Landkode { get; set; }
}

internal sealed class ElanTvangsgrunnlagDokument
{
    public List<string?>? InnsendersKravreferanse { get; set; }

    public string? EksternSaksreferanse { get; set; }

    public ElanSaerligTvangsgrunnlagDokument? SaerligTvangsgrunnlag { get; set; }
}

internal sealed class ElanSaerligTvangsgrunnlagDokument
{
    /// <summary>v0.9.</summary>
    public decimal? PaalydendeBeloep { get; set; }
}

internal sealed class ElanKravDokument
{
    /// <summary>v1 and beslutning om trekk fra kommune.</summary>
    public string? InnsendersKravreferanse { get; set; }

    /// <summary>v0.9.</summary>
    public string? Kravreferanse { get; set; }

    public ElanKravforfallDokument? Kravforfall { get; set; }

    public ElanBeloepDokument? OpprinneligBeloep { get; set; }

    public ElanBeloepDokument? GjenstaaendeBeloep { get; set; }

    public List<ElanInnbetalingDokument?>? Innbetaling { get; set; }

    public string? PrioritetDekningsloven { get; set; }

    /// <summary>A string in the examples (<c>"3"</c>); a number is accepted too.</summary>
    [System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)]
    public int? PrioritetISak { get; set; }

    public string? Kravdetaljer { get; set; }

    public List<string?>? RelatertKrav { get; set; }

    /// <summary>v1.</summary>
    public ElanRenteopplysningDokument? RentebaerendeKrav { get; set; }

    /// <summary>v0.9.</summary>
    public ElanRenteopplysningDokument? RenteOpplysning { get; set; }

    /// <summary>v1.</summary>
    public ElanRentekravDokument? Rentekrav { get; set; }

    /// <summary>v0.9.</summary>
    public ElanRentekravDokument? ErRentekrav { get; set; }
}

internal sealed class ElanKravforfallDokument
{
    public LocalDate? Forfallsdato { get; set; }
}

internal sealed class ElanBeloepDokument
{
    public decimal? Beloep { get; set; }

    public string? Valuta { get; set; }
}

internal sealed class ElanInnbetalingDokument
{
    public LocalDate? BokfoertDato { get; set; }

    public ElanBeloepDokument? Beloep { get; set; }
}

/// <summary>The interest terms of an interest-bearing krav (v1 <c>rentebaerendeKrav</c>, v0.9 <c>renteOpplysning</c>).</summary>
internal sealed class ElanRenteopplysningDokument
{
    /// <summary>v1.</summary>
    public bool? HarForsinkelsesrente { get; set; }

    /// <summary>v0.9.</summary>
    public bool? Forsinkelsesrente { get; set; }

    public decimal? AvtaltRentesats { get; set; }

    [System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)]
    public int? PrioritetISakFremtidigRentekrav { get; set; }
}

/// <summary>What a rentekrav was computed from (v1 <c>rentekrav</c>, v0.9 <c>erRentekrav</c>).</summary>
internal sealed class ElanRentekravDokument
{
    public ElanPeriodeDokument? RentePeriode { get; set; }

    public ElanBeloepDokument? RenteGrunnlag { get; set; }

    public bool? BeregnetMedForsinkelsesrente { get; set; }

    public decimal? BeregnetMedAvtaltRentesats { get; set; }
}

internal sealed class ElanPeriodeDokument
{
    public LocalDate? Startdato { get; set; }

    public LocalDate? Sluttdato { get; set; }
}

internal sealed class BetalingsinformasjonV1
{
    public bool? NorskKonto { get; set; }

    public string? Kidnummer { get; set; }

    public ElanKontoinformasjonDokument? Kontoinformasjon { get; set; }
}

internal sealed class ElanKontoinformasjonDokument
{
    public string? Kontonummer { get; set; }
}

internal sealed class BetalingsinformasjonV09
{
    public NorskKontoV09? NorskKonto { get; set; }
}

internal sealed class NorskKontoV09
{
    public string? Kontonummer { get; set; }

    public string? Kidnummer { get; set; }
}
