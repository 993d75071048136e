using System.Text.Json;
using NodaTime;

namespace Utleggstrekk.Elan;

// The typed shapes of the ELAN documents, as far as this importer reads them. Everything else in a document (addresses,
// attachments, varsel, signatures, …) is ignored: the source-generated context skips unknown properties. Field names
// are the documents' own (camelCase), so the JSON paths in messages are the documents' paths.

/// <summary>Utleggsbegjæring v1 (ELAN, from 22.09.2025).</summary>
internal sealed class BegjaeringV1
{
    public List<SaksoekerDok?>? Saksoeker { get; set; }

    public List<SaksoektDok?>? Saksoekt { get; set; }

    public LocalDate? Begjaeringsdato { get; set; }

    public List<TvangsgrunnlagDok?>? BegjaeringensTvangsgrunnlag { get; set; }

    public JsonElement? KreverRettsgebyrErstattet { get; set; }

    public List<KravDok?>? KravTilInnkreving { get; set; }

    public BetalingsinformasjonV1? Betalingsinformasjon { get; set; }

    public string? InnsenderReferanse { get; set; }

    public string? Saksreferanse { get; set; }

    public InnsenderDok? Innsender { get; set; }
}

/// <summary>Utleggsbegjæring v0.9 (still accepted in the transition period).</summary>
internal sealed class BegjaeringV09
{
    public List<SaksoekerDok?>? Saksoeker { get; set; }

    public List<SaksoektDok?>? Saksoekt { get; set; }

    public LocalDate? Begjaeringsdato { get; set; }

    public List<TvangsgrunnlagDok?>? BegjaeringensTvangsgrunnlag { get; set; }

    public JsonElement? KreverRettsgebyrErstattet { get; set; }

    public List<KravDok?>? KravTilInnkreving { get; set; }

    public BetalingsinformasjonV09? Betalingsinformasjon { get; set; }

    public string? InnsenderReferanse { get; set; }

    public string? Saksreferanse { get; set; }

    public InnsenderDok? Innsender { get; set; }
}

/// <summary>Beslutning om trekk fra kommune v1.</summary>
internal sealed class BeslutningKommuneV1
{
    public List<SaksoekerDok?>? Saksoeker { get; set; }

    public SaksoektDok? Saksoekt { get; set; }

    public OffsetDateTime? Beslutningsdato { get; set; }

    public List<KravDok?>? KravTilInnkreving { get; set; }

    public BetalingsinformasjonV1? Betalingsinformasjon { get; set; }

    public string? InnsenderReferanse { get; set; }

    public string? Saksreferanse { get; set; }
}

/// <summary>Oppslag samordnet trekk fra kommune: one party, no krav.</summary>
internal sealed class OppslagSamordnetTrekk
{
    public IdentifikatorDok? Skyldner { get; set; }
}

internal sealed class SaksoekerDok
{
    public AktoerDok? Saksoeker { get; set; }

    /// <summary>v1.</summary>
    public ProsessfullmektigDok? SaksoekersProsessfullmektig { get; set; }

    /// <summary>v0.9.</summary>
    public ProsessfullmektigDok? Prosessfullmektig { get; set; }

    /// <summary>Beslutning om trekk fra kommune: the kommune's innsender.</summary>
    public InnsenderDok? Innsender { get; set; }
}

internal sealed class SaksoektDok
{
    public AktoerDok? Saksoekt { get; set; }

    public ProsessfullmektigDok? SaksoektesProsessfullmektig { get; set; }

    public ProsessfullmektigDok? Prosessfullmektig { get; set; }
}

internal sealed class InnsenderDok
{
    public AktoerDok? Innsender { get; set; }

    public ProsessfullmektigDok? InnsendersProsessfullmektig { get; set; }

    public ProsessfullmektigDok? Prosessfullmektig { get; set; }
}

internal sealed class ProsessfullmektigDok
{
    public AktoerDok? Prosessfullmektig { get; set; }
}

internal sealed class AktoerDok
{
    public VirksomhetDok? Virksomhet { get; set; }

    public PersonDok? Person { get; set; }
}

internal sealed class VirksomhetDok
{
    public string? Navn { get; set; }

    public IdentifikatorDok? Identifikator { get; set; }
}

internal sealed class PersonDok
{
    public IdentifikatorDok? Identifikator { get; set; }
}

/// <summary>v1: taxIdentificationNumber + landkodeIdentifikator; v0.9: identifikatortype + verdi + landkode.</summary>
internal sealed class IdentifikatorDok
{
    public string? TaxIdentificationNumber { get; set; }

    public string? LandkodeIdentifikator { get; set; }

    public string? Identifikatortype { get; set; }

    public string? Verdi { get; set; }

    public string? Landkode { get; set; }
}

internal sealed class TvangsgrunnlagDok
{
    public List<string?>? InnsendersKravreferanse { get; set; }

    public string? EksternSaksreferanse { get; set; }

    public SaerligTvangsgrunnlagDok? SaerligTvangsgrunnlag { get; set; }
}

internal sealed class SaerligTvangsgrunnlagDok
{
    /// <summary>v0.9.</summary>
    public decimal? PaalydendeBeloep { get; set; }
}

internal sealed class KravDok
{
    /// <summary>v1 and beslutning om trekk fra kommune.</summary>
    public string? InnsendersKravreferanse { get; set; }

    /// <summary>v0.9.</summary>
    public string? Kravreferanse { get; set; }

    public KravforfallDok? Kravforfall { get; set; }

    public BeloepDok? OpprinneligBeloep { get; set; }

    public BeloepDok? GjenstaaendeBeloep { get; set; }

    public List<InnbetalingDok?>? Innbetaling { get; set; }

    public string? PrioritetDekningsloven { get; set; }

    /// <summary>A string in the examples (<c>"3"</c>); a number is accepted too.</summary>
    [System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)]
    public int? PrioritetISak { get; set; }

    public string? Kravdetaljer { get; set; }

    public List<string?>? RelatertKrav { get; set; }

    /// <summary>v1.</summary>
    public RenteopplysningDok? RentebaerendeKrav { get; set; }

    /// <summary>v0.9.</summary>
    public RenteopplysningDok? RenteOpplysning { get; set; }

    /// <summary>v1.</summary>
    public RentekravDok? Rentekrav { get; set; }

    /// <summary>v0.9.</summary>
    public RentekravDok? ErRentekrav { get; set; }
}

internal sealed class KravforfallDok
{
    public LocalDate? Forfallsdato { get; set; }
}

internal sealed class BeloepDok
{
    public decimal? Beloep { get; set; }

    public string? Valuta { get; set; }
}

internal sealed class InnbetalingDok
{
    public LocalDate? BokfoertDato { get; set; }

    public BeloepDok? Beloep { get; set; }
}

/// <summary>The interest terms of an interest-bearing krav (v1 <c>rentebaerendeKrav</c>, v0.9 <c>renteOpplysning</c>).</summary>
internal sealed class RenteopplysningDok
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
internal sealed class RentekravDok
{
    public PeriodeDok? RentePeriode { get; set; }

    public BeloepDok? RenteGrunnlag { get; set; }

    public bool? BeregnetMedForsinkelsesrente { get; set; }

    public decimal? BeregnetMedAvtaltRentesats { get; set; }
}

internal sealed class PeriodeDok
{
    public LocalDate? Startdato { get; set; }

    public LocalDate? Sluttdato { get; set; }
}

internal sealed class BetalingsinformasjonV1
{
    public bool? NorskKonto { get; set; }

    public string? Kidnummer { get; set; }

    public KontoinformasjonDok? Kontoinformasjon { get; set; }
}

internal sealed class KontoinformasjonDok
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
