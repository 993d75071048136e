using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkgrunnlag;

namespace Utleggstrekk.Json;

/// <summary>A validated trekkgrunnlag input: what the claims are for and the debtor's ytelser.</summary>
/// <param name="KravGjelder">Skatt or annet (decides naturalytelser).</param>
/// <param name="Ytelser">The ytelser, in the order given.</param>
public sealed record TrekkgrunnlagInndata(KravGjelder KravGjelder, ImmutableArray<Ytelse> Ytelser);

/// <summary>
/// Reads the input of <c>trekkgrunnlag</c> (<c>{"kravGjelder", "ytelser": [{"type", "bruttoPerMaaned",
/// "forskuddstrekkPerMaaned"}]}</c>, schema <c>docs/schema/trekkgrunnlag.schema.json</c>) and the same two fields in
/// SAK.json's <c>skyldner</c>, collecting every violation with its path.
/// </summary>
public static class TrekkgrunnlagJson
{
    /// <summary>Allowed values of <c>kravGjelder</c>.</summary>
    public static Verdiliste<KravGjelder> KravGjelderVerdier { get; } = new(("skatt", KravGjelder.Skatt), ("annet", KravGjelder.Annet));

    /// <summary>Allowed values of <c>ytelser[].type</c>: the camelCase names (<c>loenn</c>, <c>naeringLoennsdel</c>, …).</summary>
    public static Verdiliste<Ytelsestype> Ytelsestyper { get; } =
        new([.. Enum.GetValues<Ytelsestype>().Select(t => (Trekkgrunnlagsberegner.Ytelsestekst(t), t))]);

    private static readonly string[] RotFelt = ["kravGjelder", "ytelser"];

    /// <summary>The properties of one ytelse.</summary>
    internal static readonly string[] YtelseFelt = ["type", "bruttoPerMaaned", "forskuddstrekkPerMaaned"];

    /// <summary>Reads and validates the document; throws <see cref="UgyldigInndataException"/> with every violation.</summary>
    public static TrekkgrunnlagInndata Les(string json, string kilde = "TREKKGRUNNLAG.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var dokument = JsonLeser.Parse(json, kilde);
        var l = new JsonLeser();
        var rot = dokument.RootElement;
        var feil = new List<Valideringsfeil>();
        KravGjelder? krav = null;
        var ytelser = ImmutableArray<Ytelse>.Empty;
        if (l.SjekkObjekt(rot, string.Empty, RotFelt))
        {
            var kravTekst = l.Tekst(rot, "kravGjelder", string.Empty, paakrevd: true);
            krav = kravTekst is null ? null : LesKravGjelder(kravTekst, "kravGjelder", feil);
            if (l.Finn(rot, "ytelser", string.Empty, paakrevd: true, out _))
            {
                ytelser = LesYtelser(l, rot, string.Empty, feil);
            }
        }

        var alle = JsonLeser.Slaa(l.Feil, feil);
        if (alle.Count == 0 && krav is { } k)
        {
            Sjekk(ytelser, k, string.Empty, alle);
        }

        if (alle.Count > 0 || krav is null)
        {
            throw new UgyldigInndataException(alle);
        }

        return new TrekkgrunnlagInndata(krav.Value, ytelser);
    }

    /// <summary>Reads <c>kravGjelder</c>, recording <c>UGYLDIG_VERDI</c>.</summary>
    internal static KravGjelder? LesKravGjelder(string tekst, string felt, List<Valideringsfeil> feil)
    {
        var antall = feil.Count;
        var k = KravGjelderVerdier.Les(tekst, felt, KravGjelder.Annet, feil);
        return feil.Count == antall ? k : null;
    }

    /// <summary>Reads the list <c>ytelser</c> under <paramref name="forelder"/>; value rules go to <paramref name="feil"/>.</summary>
    internal static ImmutableArray<Ytelse> LesYtelser(JsonLeser l, JsonElement objekt, string forelder, List<Valideringsfeil> feil)
    {
        var dokumenter = l.Liste(objekt, "ytelser", forelder, static (l, e, sti) => l.SjekkObjekt(e, sti, YtelseFelt)
            ? new YtelseDokument { Type = l.Tekst(e, "type", sti, paakrevd: true), BruttoPerMaaned = l.Tall(e, "bruttoPerMaaned", sti, paakrevd: true), ForskuddstrekkPerMaaned = l.Tall(e, "forskuddstrekkPerMaaned", sti) }
            : new YtelseDokument());
        return dokumenter is null ? [] : TilYtelser(dokumenter, JsonLeser.Sti(forelder, "ytelser"), feil);
    }

    /// <summary>Maps typed ytelse documents (e.g. from SAK.json's <c>skyldner.ytelser</c>) to the engine's ytelser.</summary>
    internal static ImmutableArray<Ytelse> TilYtelser(IReadOnlyList<YtelseDokument?> dokumenter, string sti, List<Valideringsfeil> feil)
    {
        var ytelser = ImmutableArray.CreateBuilder<Ytelse>(dokumenter.Count);
        for (var i = 0; i < dokumenter.Count; i++)
        {
            var d = dokumenter[i];
            var p = JsonLeser.Sti(sti, i);
            if (d?.Type is null || d.BruttoPerMaaned is null)
            {
                // The reader has already reported a missing or mistyped field; a typed document is checked here.
                if (d is null)
                {
                    feil.Add(new Valideringsfeil(p, null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd."));
                }
                else
                {
                    if (d.Type is null)
                    {
                        feil.Add(new Valideringsfeil(p + ".type", null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd."));
                    }

                    if (d.BruttoPerMaaned is null)
                    {
                        feil.Add(new Valideringsfeil(p + ".bruttoPerMaaned", null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd."));
                    }
                }

                continue;
            }

            var type = Ytelsestyper.Les(d.Type, p + ".type", Ytelsestype.Loenn, feil);
            var brutto = Inndataverdi.Beloep(d.BruttoPerMaaned, p + ".bruttoPerMaaned", feil);
            var forskudd = Inndataverdi.Beloep(d.ForskuddstrekkPerMaaned, p + ".forskuddstrekkPerMaaned", feil);
            ytelser.Add(new Ytelse(type, brutto, forskudd));
        }

        return ytelser.ToImmutable();
    }

    /// <summary>Runs the engine's check (forskuddstrekk not above gross) and records its violation with the document's path.</summary>
    internal static void Sjekk(ImmutableArray<Ytelse> ytelser, KravGjelder krav, string forelder, List<Valideringsfeil> feil)
    {
        try
        {
            Trekkgrunnlagsberegner.Summer(ytelser.AsSpan(), krav);
        }
        catch (UgyldigInndataException e)
        {
            feil.AddRange(e.Feil.Select(f => f with { Felt = JsonLeser.Sti(forelder, f.Felt) }));
        }
        catch (OverflowException)
        {
            feil.Add(new Valideringsfeil(JsonLeser.Sti(forelder, "ytelser"), null, Feilkoder.UgyldigBeloep, "Summen av ytelsene er for stor."));
        }
    }
}

/// <summary>One ytelse in the input of <c>trekkgrunnlag</c> and in SAK.json's <c>skyldner.ytelser</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class YtelseDokument
{
    /// <summary>The ytelse type (<c>loenn</c>, <c>barnetrygd</c>, …; required).</summary>
    public string? Type { get; set; }

    /// <summary>Gross per month, kroner (required).</summary>
    public decimal? BruttoPerMaaned { get; set; }

    /// <summary>Forskuddstrekk withheld on account of it per month (default 0).</summary>
    public decimal? ForskuddstrekkPerMaaned { get; set; }
}

/// <summary>The input of <c>trekkgrunnlag</c> (the shape, for OpenAPI; read by <see cref="TrekkgrunnlagJson.Les"/>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class TrekkgrunnlagDokument
{
    /// <summary><c>skatt</c> or <c>annet</c> (required).</summary>
    public string? KravGjelder { get; set; }

    /// <summary>The ytelser (required).</summary>
    public List<YtelseDokument>? Ytelser { get; set; }
}

/// <summary>The result document of <c>trekkgrunnlag --json</c>.</summary>
public sealed class TrekkgrunnlagUtdata
{
    /// <summary>SAK.json <c>skyldner.bruttoPerMaaned</c>: Σ gross of the trekkbare ytelser.</summary>
    public required Beloep BruttoPerMaaned { get; init; }

    /// <summary>SAK.json <c>skyldner.forskuddstrekkPerMaaned</c>.</summary>
    public required Beloep ForskuddstrekkPerMaaned { get; init; }

    /// <summary>SAK.json <c>skyldner.andreInntekterPerMaaned</c>: Σ gross of the ytelser counted but not trekkbare.</summary>
    public required Beloep AndreInntekterPerMaaned { get; init; }

    /// <summary>Each ytelse's treatment, in input order.</summary>
    public required IReadOnlyList<YtelsesklassifiseringUtdata> Ytelser { get; init; }
}

/// <summary>One ytelse's treatment.</summary>
public sealed class YtelsesklassifiseringUtdata
{
    /// <summary>The type code.</summary>
    public required string Type { get; init; }

    /// <summary><c>trekkbar</c>, <c>inntektIkkeTrekkbar</c> or <c>holdesUtenfor</c>.</summary>
    public required string Behandling { get; init; }

    /// <summary>The legal source.</summary>
    public required string Kilde { get; init; }

    /// <summary>A note for the caseworker.</summary>
    public required string Merknad { get; init; }
}
