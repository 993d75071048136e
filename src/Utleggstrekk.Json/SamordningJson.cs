using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Samordning;

namespace Utleggstrekk.Json;

/// <summary>A validated samordning input.</summary>
/// <param name="Trekkevne">The debtor's capacity per month.</param>
/// <param name="Trekk">The trekk in the ytelse, in the order given.</param>
public sealed record SamordneInndata(Beloep Trekkevne, ImmutableArray<Samordningstrekk> Trekk);

/// <summary>
/// Reads the input of <c>samordne</c> (<c>{"trekkevne", "trekk": [{"id", "artsprioritet", "tidsprioritet",
/// "beloepPerMaaned"}]}</c>, schema <c>docs/schema/samordne.schema.json</c>) (the samordning itself: <c>Resultatdokumenter.Samordne</c> in Utleggstrekk.Applikasjon).
/// </summary>
public static class SamordningJson
{
    private static readonly string[] RotFelt = ["trekkevne", "trekk"];
    private static readonly string[] TrekkFelt = ["id", "artsprioritet", "tidsprioritet", "beloepPerMaaned"];

    /// <summary>Reads and validates the document; throws <see cref="UgyldigInndataException"/> with every violation.</summary>
    public static SamordneInndata Les(string json, string kilde = "SAMORDNE.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var dokument = JsonLeser.Parse(json, kilde);
        var l = new JsonLeser();
        var rot = dokument.RootElement;
        var feil = new List<Valideringsfeil>();
        var trekkevne = Beloep.Null;
        var trekk = ImmutableArray.CreateBuilder<Samordningstrekk>();
        if (l.SjekkObjekt(rot, string.Empty, RotFelt))
        {
            trekkevne = Inndataverdi.Beloep(l.Tall(rot, "trekkevne", string.Empty, paakrevd: true), "trekkevne", feil);
            l.Finn(rot, "trekk", string.Empty, paakrevd: true, out _);
            var liste = l.Liste(rot, "trekk", string.Empty, static (l, e, sti) => l.SjekkObjekt(e, sti, TrekkFelt)
                ? (Sti: sti, Id: l.Tekst(e, "id", sti, paakrevd: true), Art: l.Tekst(e, "artsprioritet", sti, paakrevd: true), Tid: l.Dato(e, "tidsprioritet", sti, paakrevd: true), Beloep: l.Tall(e, "beloepPerMaaned", sti, paakrevd: true))
                : (sti, null, null, null, null));
            var sett = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var t in liste ?? [])
            {
                if (t.Art is { } a && !Artsprioriteter.TryFraBokstav(a, out _))
                {
                    feil.Add(new Valideringsfeil(t.Sti + ".artsprioritet", a, Feilkoder.UkjentArtsprioritet, "Ukjent artsprioritet; tillatt: a, b, c, d, e, f (deknl. § 2-8 første ledd)."));
                }

                if (t.Id is { } id)
                {
                    if (string.IsNullOrWhiteSpace(id))
                    {
                        feil.Add(new Valideringsfeil(t.Sti + ".id", id, Feilkoder.Paakrevd, "Trekket må ha en id."));
                    }
                    else if (!sett.TryAdd(id, t.Sti))
                    {
                        feil.Add(new Valideringsfeil(t.Sti + ".id", id, Feilkoder.DuplikatId, $"Id-en er brukt av {sett[id]} også; hvert trekk må ha sin egen id."));
                    }
                }

                var beloep = Inndataverdi.Beloep(t.Beloep, t.Sti + ".beloepPerMaaned", feil);
                if (t is { Id: { } i, Art: { } b, Tid: { } d, Beloep: not null } && Artsprioriteter.TryFraBokstav(b, out var art))
                {
                    trekk.Add(new Samordningstrekk(i, art, d, beloep));
                }
            }
        }

        var alle = JsonLeser.Slaa(l.Feil, feil);
        if (alle.Count > 0)
        {
            throw new UgyldigInndataException(alle);
        }

        return new SamordneInndata(trekkevne, trekk.ToImmutable());
    }
}

/// <summary>The result document of <c>samordne --json</c>.</summary>
public sealed class SamordneUtdata
{
    /// <summary>Each trekk, in input order.</summary>
    public required IReadOnlyList<SamordnetTrekkUtdata> Trekk { get; init; }

    /// <summary>The capacity left when every trekk has its amount.</summary>
    public required Beloep Uutnyttet { get; init; }
}

/// <summary>One trekk after samordning.</summary>
public sealed class SamordnetTrekkUtdata
{
    /// <summary>The trekk's id.</summary>
    public required string Id { get; init; }

    /// <summary>The amount decided.</summary>
    public required Beloep BeloepPerMaaned { get; init; }

    /// <summary>The amount the capacity leaves it.</summary>
    public required Beloep NyttBeloepPerMaaned { get; init; }

    /// <summary><c>uendret</c> or <c>senkes</c>.</summary>
    public required string Endring { get; init; }
}

/// <summary>The input of <c>samordne</c> (the shape, for OpenAPI; read by <see cref="SamordningJson.Les"/>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SamordneDokument
{
    /// <summary>The debtor's capacity per month, kroner (required).</summary>
    public decimal? Trekkevne { get; set; }

    /// <summary>The trekk (required).</summary>
    public List<SamordningstrekkDokument>? Trekk { get; set; }
}

/// <summary>One trekk in the input of <c>samordne</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SamordningstrekkDokument
{
    /// <summary>The trekk's id (required, unique).</summary>
    public string? Id { get; set; }

    /// <summary>Artsprioritet <c>a</c>–<c>f</c> (required).</summary>
    public string? Artsprioritet { get; set; }

    /// <summary>The date of the trekkpålegg (required).</summary>
    public LocalDate? Tidsprioritet { get; set; }

    /// <summary>The trekk per month, kroner (required).</summary>
    public decimal? BeloepPerMaaned { get; set; }
}

/// <summary>The result document of <c>forfall --json</c>.</summary>
public sealed class ForfallUtdata
{
    /// <summary>Whether the terms are those of a skattetrekkskonto.</summary>
    public required bool Skattetrekkskonto { get; init; }

    /// <summary>The terms in month order.</summary>
    public required IReadOnlyList<ForfallsterminUtdata> Terminer { get; init; }
}

/// <summary>One term.</summary>
public sealed class ForfallsterminUtdata
{
    /// <summary>The first month whose trekk is in the term, <c>ÅÅÅÅ-MM</c>.</summary>
    public required string TrukketFra { get; init; }

    /// <summary>The last month (inclusive), <c>ÅÅÅÅ-MM</c>.</summary>
    public required string TrukketTil { get; init; }

    /// <summary>The statutory due date, or null.</summary>
    public required LocalDate? Forfall { get; init; }

    /// <summary>The due date moved to a working day (sktbl. § 10-2), or null.</summary>
    public required LocalDate? Betalingsfrist { get; init; }

    /// <summary>The legal source.</summary>
    public required string Kilde { get; init; }

    /// <summary>A Norwegian note.</summary>
    public required string Merknad { get; init; }
}

/// <summary>Months as text: <c>ÅÅÅÅ-MM</c>.</summary>
public static class Maanedformat
{
    /// <summary>Formats a month as <c>uuuu-MM</c>.</summary>
    public static string Tekst(YearMonth maaned) => NodaTime.Text.YearMonthPattern.Iso.Format(maaned);

    /// <summary>Parses <c>uuuu-MM</c> (years 1–9999); false otherwise.</summary>
    public static bool TryLes(string? tekst, out YearMonth maaned)
    {
        maaned = default;
        if (tekst is null)
        {
            return false;
        }

        var r = NodaTime.Text.YearMonthPattern.Iso.Parse(tekst);
        if (!r.Success || r.Value.Year is < 1 or > 9999)
        {
            return false;
        }

        maaned = r.Value;
        return true;
    }
}
