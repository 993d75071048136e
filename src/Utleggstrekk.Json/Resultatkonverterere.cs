using System.Text.Json;
using System.Text.Json.Serialization;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Json;

/// <summary>
/// Base of the result converters: writes an engine result as its documented result document (mapped with the public
/// <c>Fra</c> method of the document type and serialized with the same options). Results are output only.
/// </summary>
/// <typeparam name="TResultat">The engine's result type.</typeparam>
/// <typeparam name="TDokument">The document type it is written as.</typeparam>
public abstract class ResultatKonverter<TResultat, TDokument> : JsonConverter<TResultat>
{
    /// <summary>Maps the result to its document.</summary>
    protected abstract TDokument Dokument(TResultat resultat);

    /// <summary>Not supported: results are output only; read input with <see cref="SakJson"/> or <see cref="TrekkJson"/>.</summary>
    public override TResultat Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeof(TResultat).Name} er et resultat og leses ikke fra JSON.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TResultat value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var type = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TDokument>)options.GetTypeInfo(typeof(TDokument));
        JsonSerializer.Serialize(writer, Dokument(value), type);
    }
}

/// <summary>Writes a <see cref="Trekkresultat"/> as the <c>beregn --json</c> document (<see cref="BeregnUtdata"/>).</summary>
public sealed class TrekkresultatKonverter : ResultatKonverter<Trekkresultat, BeregnUtdata>
{
    /// <inheritdoc />
    protected override BeregnUtdata Dokument(Trekkresultat resultat) => BeregnUtdata.Av(resultat);
}

/// <summary>Writes a <see cref="Fordelingsresultat"/> as the <c>fordel --json</c> document (<see cref="FordelUtdata"/>).</summary>
public sealed class FordelingsresultatKonverter : ResultatKonverter<Fordelingsresultat, FordelUtdata>
{
    /// <inheritdoc />
    protected override FordelUtdata Dokument(Fordelingsresultat resultat) => FordelUtdata.Av(resultat);
}

/// <summary>Writes a <see cref="Trekkperiodesvar"/> as the <c>trekkperiode --json</c> document (<see cref="TrekkperiodeUtdata"/>).</summary>
public sealed class TrekkperiodesvarKonverter : ResultatKonverter<Trekkperiodesvar, TrekkperiodeUtdata>
{
    /// <inheritdoc />
    protected override TrekkperiodeUtdata Dokument(Trekkperiodesvar resultat) => TrekkperiodeUtdata.Av(resultat);
}

/// <summary>Writes an explanation trace as the <c>forklaring</c> object of the result documents (<see cref="ForklaringUtdata"/>).</summary>
public sealed class ForklaringKonverter : ResultatKonverter<Forklaring, ForklaringUtdata>
{
    /// <inheritdoc />
    protected override ForklaringUtdata Dokument(Forklaring resultat) => ForklaringUtdata.Av(resultat);
}

/// <summary>
/// Writes a <see cref="Renteresultat"/> as <c>{"rente", "dager", "antatt"}</c> (<see cref="RenteresultatUtdata"/>): the
/// first three properties of the <c>rente --json</c> document. The rest of that document (hovedstol, fra, til,
/// rentetype, sats, satserVersjon) is the request, which the engine's value result does not carry: build the whole
/// document with <see cref="RenteUtdata.Av"/>.
/// </summary>
public sealed class RenteresultatKonverter : ResultatKonverter<Renteresultat, RenteresultatUtdata>
{
    /// <inheritdoc />
    protected override RenteresultatUtdata Dokument(Renteresultat resultat) => RenteresultatUtdata.Av(resultat);
}

/// <summary>Writes an <see cref="Engine.Innsyn.Innsynssvar"/> as the <c>innsyn --json</c> document (<see cref="InnsynUtdata"/>).</summary>
public sealed class InnsynssvarKonverter : ResultatKonverter<Engine.Innsyn.Innsynssvar, InnsynUtdata>
{
    /// <inheritdoc />
    protected override InnsynUtdata Dokument(Engine.Innsyn.Innsynssvar resultat) => InnsynUtdata.Fra(resultat);
}

/// <summary>
/// Writes a <see cref="Engine.Framskriving.Kravinnfrielse"/> as one element of <c>krav</c> in the <c>framskriv --json</c>
/// document (<see cref="KravFramskrivingUtdata"/>: id, the month paid off as <c>ÅÅÅÅ-MM</c>, the start, what remains,
/// interest, received, and the start's flags).
/// </summary>
public sealed class KravinnfrielseKonverter : ResultatKonverter<Engine.Framskriving.Kravinnfrielse, KravFramskrivingUtdata>
{
    /// <inheritdoc />
    protected override KravFramskrivingUtdata Dokument(Engine.Framskriving.Kravinnfrielse resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return new KravFramskrivingUtdata
        {
            Id = resultat.Id,
            Innfridd = resultat.Innfridd is { } d ? FramskrivUtdata.Maaned(d) : null,
            Start = resultat.Start,
            Gjenstaaende = resultat.Gjenstaaende,
            Renter = resultat.Renter,
            Mottatt = resultat.Mottatt,
            StartAntatt = resultat.StartAntatt,
            StartAvledet = resultat.StartAvledet,
        };
    }
}

/// <summary>
/// Reads and writes a <see cref="Engine.Trekkdata.Trekk"/> as TREKK.json (<see cref="TrekkDokument"/>, docs/trekk-json.md):
/// written with <see cref="TrekkDokument.Fra"/>, read and validated with <see cref="TrekkJson.TilTrekk"/> (a violation
/// is an <see cref="UgyldigInndataException"/>), so a trekk makes the round trip unchanged.
/// </summary>
public sealed class TrekkKonverter : JsonConverter<Engine.Trekkdata.Trekk>
{
    /// <inheritdoc />
    public override Engine.Trekkdata.Trekk Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var type = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TrekkDokument>)options.GetTypeInfo(typeof(TrekkDokument));
        var dokument = JsonSerializer.Deserialize(ref reader, type) ?? throw new JsonException("Forventet et TREKK.json-objekt.");
        return TrekkJson.TilTrekk(dokument);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Engine.Trekkdata.Trekk value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var type = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TrekkDokument>)options.GetTypeInfo(typeof(TrekkDokument));
        JsonSerializer.Serialize(writer, TrekkDokument.Fra(value), type);
    }
}

/// <summary>
/// Reads and writes an enumeration as its documented code (<see cref="Koder"/>), e.g. <c>"Tak60"</c> or
/// <c>"tidsprioritet"</c>; an unknown code is a <see cref="JsonException"/> that lists the allowed ones.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
public abstract class KodeKonverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly Verdiliste<T> _koder;

    /// <summary>Creates the converter over the list of codes.</summary>
    protected KodeKonverter(Verdiliste<T> koder) => _koder = koder;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (!_koder.TryFinn(tekst, out var verdi))
        {
            throw new JsonException($"Ukjent verdi; tillatt: {_koder.Tillatte}.");
        }

        return verdi;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_koder.TekstFor(value));
    }
}

/// <summary><see cref="Begrensning"/> as <c>Livsopphold</c>, <c>Tak60</c>, … (<see cref="Koder.Begrensninger"/>).</summary>
public sealed class BegrensningKonverter() : KodeKonverter<Begrensning>(Koder.Begrensninger);

/// <summary><see cref="Loennsperiode"/> as <c>maaned</c>, <c>fjortendager</c>, <c>uke</c>.</summary>
public sealed class LoennsperiodeKonverter() : KodeKonverter<Loennsperiode>(Koder.Loennsperioder);

/// <summary><see cref="Fordelingsregel"/> as <c>tidsprioritet</c>, <c>samordnet</c>.</summary>
public sealed class FordelingsregelKonverter() : KodeKonverter<Fordelingsregel>(Koder.Fordelingsregler);

/// <summary><see cref="Kravkategori"/> as <c>ordinaer</c>, <c>bot</c>, <c>skatt</c>, <c>bidrag</c>.</summary>
public sealed class KravkategoriKonverter() : KodeKonverter<Kravkategori>(Koder.Kravkategorier);

/// <summary><see cref="Kravtype"/> as in TREKK.json (<c>hovedstol</c>, <c>loependeBidrag</c>, …).</summary>
public sealed class KravtypeKonverter() : KodeKonverter<Kravtype>(TrekkJson.Kravtyper);

/// <summary><see cref="Rentetype"/> as in TREKK.json (<c>ingen</c>, <c>forsinkelsesrente</c>, <c>avtalt</c>).</summary>
public sealed class RentetypeKonverter() : KodeKonverter<Rentetype>(TrekkJson.Rentetyper);

/// <summary><see cref="Sivilstand"/> as in SAK.json (<c>enslig</c>, <c>gift</c>, <c>samboer</c>).</summary>
public sealed class SivilstandKonverter() : KodeKonverter<Sivilstand>(SakJson.Sivilstander);

/// <summary><see cref="Kostnadsdeling"/> as in SAK.json (<c>halvpart</c>, <c>forholdsmessig</c>, <c>husstand</c>).</summary>
public sealed class KostnadsdelingKonverter() : KodeKonverter<Kostnadsdeling>(SakJson.Kostnadsdelinger);

/// <summary><see cref="Takregel"/> as in SAK.json (<c>normal</c>, <c>utvidet</c>).</summary>
public sealed class TakregelKonverter() : KodeKonverter<Takregel>(SakJson.Takregler);
