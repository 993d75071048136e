using NodaTime;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Elan;

/// <summary>Which ELAN document a file is.</summary>
public enum Dokumenttype
{
    /// <summary>Utleggsbegjæring v1.</summary>
    UtleggsbegjaeringV1 = 1,

    /// <summary>Utleggsbegjæring v0.9 (the older shape, accepted in the transition period).</summary>
    UtleggsbegjaeringV09 = 2,

    /// <summary>Beslutning om trekk fra kommune v1.</summary>
    BeslutningOmTrekkFraKommuneV1 = 3,

    /// <summary>Oppslag samordnet trekk fra kommune: a look-up of one party, carries no krav.</summary>
    OppslagSamordnetTrekk = 4,
}

/// <summary>The three document shapes read into one model, every value with the JSON path it came from.</summary>
internal sealed class Normalisert
{
    public required Dokumenttype Type { get; init; }

    /// <summary>Amounts and rates (path → the JSON text) whose exact value has more than two decimals (see <see cref="ElanKanter"/>).</summary>
    public Dictionary<string, string> Unoeyaktige { get; init; } = [];

    public List<NKrav> Krav { get; } = [];

    /// <summary>Null when the document has no tvangsgrunnlag list (beslutning om trekk fra kommune).</summary>
    public List<NTvangsgrunnlag>? Tvangsgrunnlag { get; set; }

    public bool KravListeFinnes { get; set; }

    public List<(string Id, string Sti)> Saksoekere { get; } = [];

    public List<(string Id, string Sti)> Saksoekte { get; } = [];

    /// <summary>Organisation numbers of prosessfullmektiger (saksøker's, innsender's, saksøkte's).</summary>
    public List<(string Orgnr, string? Landkode, string Sti)> Prosessfullmektiger { get; } = [];

    /// <summary>The first saksøker's prosessfullmektig (its own, else the innsender's), written to TREKK.json; never the saksøkte's.</summary>
    public string? SaksoekersFullmektig { get; set; }

    public List<(decimal Beloep, string Sti)> AndreBeloep { get; } = [];

    public (string Verdi, string Sti)? Kid { get; set; }

    public (string Verdi, string Sti)? Kontonr { get; set; }

    /// <summary>The rettsgebyr is claimed (<c>kreverRettsgebyrErstattet</c>) in the object form, with or without a priority.</summary>
    public bool RettsgebyrObjekt { get; set; }

    public bool RettsgebyrHarPrioritet { get; set; }

    public LocalDate? Dato { get; set; }

    public string DatoFelt { get; set; } = "begjaeringsdato";

    public string Sak { get; set; } = "ELAN";

    public string? Skyldner { get; set; }
}

internal sealed class NKrav
{
    public required int Indeks { get; init; }

    public string Sti => "kravTilInnkreving[" + Indeks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public required string Ref { get; init; }

    public required string RefFelt { get; init; }

    public required string Kravdetaljer { get; init; }

    public required Kravtype Type { get; init; }

    public string? Prioritet { get; init; }

    public int? PrioritetISak { get; init; }

    public decimal? Opprinnelig { get; init; }

    public decimal? Gjenstaaende { get; init; }

    public List<(LocalDate Dato, decimal Beloep, string Sti)> Innbetalinger { get; } = [];

    public List<string> Relatert { get; } = [];

    public NRentebaerende? Rentebaerende { get; init; }

    public NRentekrav? Rentekrav { get; init; }

    public LocalDate? Forfall { get; init; }
}

internal sealed record NRentebaerende(bool Forsinkelsesrente, decimal? AvtaltSats, int? PrioritetFremtidig, string Sti);

internal sealed record NRentekrav(LocalDate? Start, LocalDate? Slutt, decimal? Grunnlag, bool? Forsinkelsesrente, decimal? AvtaltSats, string Sti);

internal sealed record NTvangsgrunnlag(int Indeks, List<(string Ref, string Sti)> Refs);
