using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Json;

/// <summary>A validated SAK.json: the engine's case and the calculation options it asks for.</summary>
/// <param name="Sak">The case.</param>
/// <param name="Valg">The options (<c>regler.tillatAntatteSatser</c>).</param>
public sealed record SakInndata(Trekksak Sak, Beregningsvalg Valg)
{
    /// <summary>
    /// The ytelser the sums of <see cref="Sak"/> were classified from, when SAK.json gave <c>skyldner.ytelser</c>
    /// instead of the three sums; otherwise null. The explanation trace shows their classification.
    /// </summary>
    public TrekkgrunnlagInndata? Trekkgrunnlag { get; init; }
}

/// <summary>
/// Reads SAK.json (schema in <c>docs/sak-json.md</c>) into the engine's <see cref="Trekksak"/>, collecting every
/// violation with its dotted path before any number is computed.
/// </summary>
public static class SakJson
{
    /// <summary>Allowed values of <c>husstand.sivilstand</c>.</summary>
    public static Verdiliste<Sivilstand> Sivilstander { get; } =
        new(("enslig", Sivilstand.Enslig), ("gift", Sivilstand.Gift), ("samboer", Sivilstand.Samboer));

    /// <summary>Allowed values of <c>regler.kostnadsdeling</c>.</summary>
    public static Verdiliste<Kostnadsdeling> Kostnadsdelinger { get; } =
        new(("halvpart", Kostnadsdeling.Halvpart), ("forholdsmessig", Kostnadsdeling.Forholdsmessig), ("husstand", Kostnadsdeling.Husstand));

    /// <summary>Allowed values of <c>regler.tak</c>.</summary>
    public static Verdiliste<Takregel> Takregler { get; } =
        new(("normal", Takregel.Normal), ("utvidet", Takregel.Utvidet));

    private static readonly string[] RotFelt = ["beregningsdato", "skyldner", "husstand", "utgifter", "regler"];
    private static readonly string[] SkyldnerFelt = ["bruttoPerMaaned", "forskuddstrekkPerMaaned", "trekkMedBedrePrioritetPerMaaned", "andreInntekterPerMaaned", "naeringsinntekt", "ytelser", "kravGjelder"];
    private static readonly string[] HusstandFelt = ["sivilstand", "partnerNettoPerMaaned", "partnerEgenGjeldPerMaaned", "barn", "samvaersbarn"];
    private static readonly string[] BarnFelt = ["foedselsdato", "videregaaende"];
    private static readonly string[] SamvaersbarnFelt = ["foedselsdato", "samvaersklasse"];
    private static readonly string[] UtgifterFelt = ["boutgift", "barnetilsyn", "bidragBetalt", "andre"];
    private static readonly string[] AnnenFelt = ["tekst", "beloep", "egenUtgift"];
    private static readonly string[] ReglerFelt = ["kostnadsdeling", "tak", "takBegrunnelse", "naeringSkjematisk", "tillatAntatteSatser"];

    /// <summary>
    /// Reads and validates SAK.json text. Throws <see cref="UgyldigInndataException"/> with every violation
    /// (syntax, types, missing and unknown fields, amounts, enum values, dates).
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="kilde">Name of the source for a syntax error (e.g. the file name).</param>
    public static SakInndata Les(string json, string kilde = "SAK.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var dokument = JsonLeser.Parse(json, kilde);
        return Les(dokument.RootElement);
    }

    /// <summary>As <see cref="Les(string, string)"/>, for an already parsed document.</summary>
    public static SakInndata Les(JsonElement rot) => JsonLeser.LesOgTilordne<SakDokument, SakInndata>(rot, LesDokument, Tilordne);

    /// <summary>
    /// Maps a typed <see cref="SakDokument"/> (e.g. deserialized with <see cref="UtleggstrekkJsonContext"/>) to the
    /// engine's case, applying the documented defaults. Throws <see cref="UgyldigInndataException"/> with every violation.
    /// </summary>
    public static SakInndata TilInndata(SakDokument dokument) => JsonLeser.Tilordne<SakDokument, SakInndata>(dokument, Tilordne);

    private static SakDokument? LesDokument(JsonLeser l, JsonElement rot)
    {
        if (!l.SjekkObjekt(rot, string.Empty, RotFelt))
        {
            return null;
        }

        var dok = new SakDokument { Beregningsdato = l.Dato(rot, "beregningsdato", string.Empty) };
        if (l.Objekt(rot, "skyldner", string.Empty, SkyldnerFelt) is { } s)
        {
            dok.Skyldner = LesSkyldner(l, s, "skyldner");
        }

        if (l.Objekt(rot, "husstand", string.Empty, HusstandFelt) is { } h)
        {
            dok.Husstand = LesHusstand(l, h, "husstand");
        }

        if (l.Objekt(rot, "utgifter", string.Empty, UtgifterFelt) is { } u)
        {
            dok.Utgifter = LesUtgifter(l, u, "utgifter");
        }

        if (l.Objekt(rot, "regler", string.Empty, ReglerFelt) is { } r)
        {
            dok.Regler = LesRegler(l, r, "regler");
        }

        return dok;
    }

    private static SkyldnerDokument LesSkyldner(JsonLeser l, JsonElement s, string p) => new()
    {
        BruttoPerMaaned = l.Tall(s, "bruttoPerMaaned", p),
        ForskuddstrekkPerMaaned = l.Tall(s, "forskuddstrekkPerMaaned", p),
        TrekkMedBedrePrioritetPerMaaned = l.Tall(s, "trekkMedBedrePrioritetPerMaaned", p),
        AndreInntekterPerMaaned = l.Tall(s, "andreInntekterPerMaaned", p),
        Naeringsinntekt = l.Sannhet(s, "naeringsinntekt", p),
        KravGjelder = l.Tekst(s, "kravGjelder", p),
        Ytelser = l.Liste(s, "ytelser", p, LesYtelse),
    };

    private static YtelseDokument LesYtelse(JsonLeser l, JsonElement e, string sti) => l.SjekkObjekt(e, sti, TrekkgrunnlagJson.YtelseFelt)
        ? new YtelseDokument { Type = l.Tekst(e, "type", sti, paakrevd: true), BruttoPerMaaned = l.Tall(e, "bruttoPerMaaned", sti, paakrevd: true), ForskuddstrekkPerMaaned = l.Tall(e, "forskuddstrekkPerMaaned", sti) }
        : new YtelseDokument();

    private static HusstandDokument LesHusstand(JsonLeser l, JsonElement h, string p) => new()
    {
        Sivilstand = l.Tekst(h, "sivilstand", p),
        PartnerNettoPerMaaned = l.Tall(h, "partnerNettoPerMaaned", p),
        PartnerEgenGjeldPerMaaned = l.Tall(h, "partnerEgenGjeldPerMaaned", p),
        Barn = l.Liste(h, "barn", p, static (l, e, sti) => l.SjekkObjekt(e, sti, BarnFelt)
            ? new BarnDokument { Foedselsdato = l.Dato(e, "foedselsdato", sti), Videregaaende = l.Sannhet(e, "videregaaende", sti) }
            : new BarnDokument()),
        Samvaersbarn = l.Liste(h, "samvaersbarn", p, static (l, e, sti) => l.SjekkObjekt(e, sti, SamvaersbarnFelt)
            ? new SamvaersbarnDokument { Foedselsdato = l.Dato(e, "foedselsdato", sti), Samvaersklasse = l.Heltall(e, "samvaersklasse", sti) }
            : new SamvaersbarnDokument()),
    };

    private static UtgifterDokument LesUtgifter(JsonLeser l, JsonElement u, string p) => new()
    {
        Boutgift = l.Tall(u, "boutgift", p),
        Barnetilsyn = l.Tall(u, "barnetilsyn", p),
        BidragBetalt = l.Tall(u, "bidragBetalt", p),
        Andre = l.Liste(u, "andre", p, static (l, e, sti) => l.SjekkObjekt(e, sti, AnnenFelt)
            ? new AnnenUtgiftDokument { Tekst = l.Tekst(e, "tekst", sti), Beloep = l.Tall(e, "beloep", sti), EgenUtgift = l.Sannhet(e, "egenUtgift", sti) }
            : new AnnenUtgiftDokument()),
    };

    private static ReglerDokument LesRegler(JsonLeser l, JsonElement r, string p) => new()
    {
        Kostnadsdeling = l.Tekst(r, "kostnadsdeling", p),
        Tak = l.Tekst(r, "tak", p),
        TakBegrunnelse = l.Tekst(r, "takBegrunnelse", p),
        NaeringSkjematisk = l.Sannhet(r, "naeringSkjematisk", p),
        TillatAntatteSatser = l.Sannhet(r, "tillatAntatteSatser", p),
    };

    private static SakInndata? Tilordne(SakDokument dok, List<Valideringsfeil> feil)
    {
        SjekkPaakrevde(dok, feil);
        var s = dok.Skyldner;
        var h = dok.Husstand;
        var (brutto, forskudd, bedre, andreInntekter, trekkgrunnlag) = LesInntekt(s, feil);
        var sivilstand = Sivilstander.Les(h?.Sivilstand, "husstand.sivilstand", Sivilstand.Enslig, feil);
        var partnerNetto = Inndataverdi.Beloep(h?.PartnerNettoPerMaaned, "husstand.partnerNettoPerMaaned", feil);
        var partnerGjeld = Inndataverdi.Beloep(h?.PartnerEgenGjeldPerMaaned, "husstand.partnerEgenGjeldPerMaaned", feil);

        var barn = LesBarn(h, feil);
        var samvaer = LesSamvaersbarn(h, feil);

        var u = dok.Utgifter;
        var boutgift = Inndataverdi.Beloep(u?.Boutgift, "utgifter.boutgift", feil);
        var barnetilsyn = Inndataverdi.Beloep(u?.Barnetilsyn, "utgifter.barnetilsyn", feil);
        var bidrag = Inndataverdi.Beloep(u?.BidragBetalt, "utgifter.bidragBetalt", feil);
        var andre = LesAndreUtgifter(u, feil);

        var r = dok.Regler;
        var deling = Kostnadsdelinger.Les(r?.Kostnadsdeling, "regler.kostnadsdeling", Kostnadsdeling.Halvpart, feil);
        var tak = Takregler.Les(r?.Tak, "regler.tak", Takregel.Normal, feil);

        if (feil.Count > 0 || dok.Beregningsdato is not { } dato)
        {
            return null;
        }

        var sak = new Trekksak
        {
            Beregningsdato = dato,
            BruttoPerMaaned = brutto,
            ForskuddstrekkPerMaaned = forskudd,
            TrekkMedBedrePrioritetPerMaaned = bedre,
            AndreInntekterPerMaaned = andreInntekter,
            Naeringsinntekt = s?.Naeringsinntekt ?? false,
            Sivilstand = sivilstand,
            PartnerNettoPerMaaned = partnerNetto,
            PartnerEgenGjeldPerMaaned = partnerGjeld,
            Barn = barn,
            Samvaersbarn = samvaer,
            Boutgift = boutgift,
            Barnetilsyn = barnetilsyn,
            BidragBetalt = bidrag,
            AndreUtgifter = andre,
            Kostnadsdeling = deling,
            Tak = tak,
            TakBegrunnelse = r?.TakBegrunnelse,
            NaeringSkjematisk = r?.NaeringSkjematisk ?? false,
        };
        return new SakInndata(sak, new Beregningsvalg(r?.TillatAntatteSatser ?? false)) { Trekkgrunnlag = trekkgrunnlag };
    }

    /// <summary>
    /// The debtor's income per month: the amounts in <c>skyldner</c>, or, when it lists ytelser, their sums; with the
    /// trekkgrunnlag read.
    /// </summary>
    private static (Beloep Brutto, Beloep Forskudd, Beloep Bedre, Beloep Andre, TrekkgrunnlagInndata? Trekkgrunnlag) LesInntekt(SkyldnerDokument? s, List<Valideringsfeil> feil)
    {
        var brutto = Inndataverdi.Beloep(s?.BruttoPerMaaned, "skyldner.bruttoPerMaaned", feil);
        var forskudd = Inndataverdi.Beloep(s?.ForskuddstrekkPerMaaned, "skyldner.forskuddstrekkPerMaaned", feil);
        var bedre = Inndataverdi.Beloep(s?.TrekkMedBedrePrioritetPerMaaned, "skyldner.trekkMedBedrePrioritetPerMaaned", feil);
        var andre = Inndataverdi.Beloep(s?.AndreInntekterPerMaaned, "skyldner.andreInntekterPerMaaned", feil);
        var trekkgrunnlag = s is null ? null : LesTrekkgrunnlag(s, feil);
        if (trekkgrunnlag is null)
        {
            return (brutto, forskudd, bedre, andre, null);
        }

        var sum = Engine.Trekkgrunnlag.Trekkgrunnlagsberegner.Summer(trekkgrunnlag.Ytelser.AsSpan(), trekkgrunnlag.KravGjelder);
        return (sum.BruttoPerMaaned, sum.ForskuddstrekkPerMaaned, bedre, sum.AndreInntekterPerMaaned, trekkgrunnlag);
    }

    /// <summary>The document's required parts: <c>beregningsdato</c>, <c>skyldner</c> with income or ytelser, <c>husstand</c> with sivilstand.</summary>
    private static void SjekkPaakrevde(SakDokument dok, List<Valideringsfeil> feil)
    {
        if (dok.Beregningsdato is null)
        {
            feil.Add(Paakrevd("beregningsdato"));
        }

        var s = dok.Skyldner;
        if (s is null)
        {
            feil.Add(Paakrevd("skyldner"));
        }
        else if (s.BruttoPerMaaned is null && s.Ytelser is null)
        {
            feil.Add(new Valideringsfeil("skyldner.bruttoPerMaaned", null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd (eller gi skyldner.ytelser i stedet for summene)."));
        }

        var h = dok.Husstand;
        if (h is null)
        {
            feil.Add(Paakrevd("husstand"));
        }
        else if (h.Sivilstand is null)
        {
            feil.Add(Paakrevd("husstand.sivilstand"));
        }
    }

    /// <summary><c>husstand.barn</c>: each child needs a date of birth.</summary>
    private static ImmutableArray<Barn> LesBarn(HusstandDokument? h, List<Valideringsfeil> feil)
    {
        var barn = ImmutableArray.CreateBuilder<Barn>();
        for (var i = 0; i < (h?.Barn?.Count ?? 0); i++)
        {
            var b = h!.Barn![i];
            var sti = "husstand.barn[" + Tall(i) + "]";
            if (b is null)
            {
                feil.Add(Paakrevd(sti));
            }
            else if (b.Foedselsdato is not { } fd)
            {
                feil.Add(Paakrevd(sti + ".foedselsdato"));
            }
            else
            {
                barn.Add(new Barn(fd, b.Videregaaende ?? false));
            }
        }

        return barn.ToImmutable();
    }

    /// <summary><c>husstand.samvaersbarn</c>: each needs a date of birth and a samværsklasse 1–4.</summary>
    private static ImmutableArray<Samvaersbarn> LesSamvaersbarn(HusstandDokument? h, List<Valideringsfeil> feil)
    {
        var samvaer = ImmutableArray.CreateBuilder<Samvaersbarn>();
        for (var i = 0; i < (h?.Samvaersbarn?.Count ?? 0); i++)
        {
            var b = h!.Samvaersbarn![i];
            var sti = "husstand.samvaersbarn[" + Tall(i) + "]";
            if (b is null)
            {
                feil.Add(Paakrevd(sti));
                continue;
            }

            if (b.Foedselsdato is null)
            {
                feil.Add(Paakrevd(sti + ".foedselsdato"));
            }

            if (b.Samvaersklasse is null)
            {
                feil.Add(Paakrevd(sti + ".samvaersklasse"));
            }
            else if (b.Samvaersklasse is < 1 or > 4)
            {
                feil.Add(new Valideringsfeil(sti + ".samvaersklasse", Tall(b.Samvaersklasse.Value), Feilkoder.UgyldigVerdi, "Samværsklasse må være 1, 2, 3 eller 4."));
            }

            if (b is { Foedselsdato: { } fd, Samvaersklasse: { } klasse })
            {
                samvaer.Add(new Samvaersbarn(fd, klasse));
            }
        }

        return samvaer.ToImmutable();
    }

    /// <summary><c>utgifter.andre</c>: each needs a text and an amount.</summary>
    private static ImmutableArray<AnnenUtgift> LesAndreUtgifter(UtgifterDokument? u, List<Valideringsfeil> feil)
    {
        var andre = ImmutableArray.CreateBuilder<AnnenUtgift>();
        for (var i = 0; i < (u?.Andre?.Count ?? 0); i++)
        {
            var a = u!.Andre![i];
            var sti = "utgifter.andre[" + Tall(i) + "]";
            if (a is null)
            {
                feil.Add(Paakrevd(sti));
                continue;
            }

            if (a.Tekst is null)
            {
                feil.Add(Paakrevd(sti + ".tekst"));
            }

            if (a.Beloep is null)
            {
                feil.Add(Paakrevd(sti + ".beloep"));
            }

            var beloep = Inndataverdi.Beloep(a.Beloep, sti + ".beloep", feil);
            andre.Add(new AnnenUtgift(a.Tekst ?? string.Empty, beloep, a.EgenUtgift ?? false));
        }

        return andre.ToImmutable();
    }

    /// <summary>
    /// <c>skyldner.ytelser</c> with <c>skyldner.kravGjelder</c>, checked: not together with the three sums, and
    /// <c>kravGjelder</c> only with <c>ytelser</c>. Null when no ytelser are given or they are invalid.
    /// </summary>
    private static TrekkgrunnlagInndata? LesTrekkgrunnlag(SkyldnerDokument s, List<Valideringsfeil> feil)
    {
        if (s.Ytelser is null)
        {
            if (s.KravGjelder is not null)
            {
                feil.Add(new Valideringsfeil("skyldner.kravGjelder", s.KravGjelder, Jsonfeilkoder.KravgjelderUtenYtelser, "kravGjelder brukes bare sammen med skyldner.ytelser."));
            }

            return null;
        }

        var antall = feil.Count;
        foreach (var (verdi, felt) in new[] { (s.BruttoPerMaaned, "bruttoPerMaaned"), (s.ForskuddstrekkPerMaaned, "forskuddstrekkPerMaaned"), (s.AndreInntekterPerMaaned, "andreInntekterPerMaaned") })
        {
            if (verdi is { } v)
            {
                feil.Add(new Valideringsfeil("skyldner." + felt, v.ToString(CultureInfo.InvariantCulture), Jsonfeilkoder.YtelserOgSummer, "Gi enten skyldner.ytelser eller summene, ikke begge: summene regnes ut av ytelsene."));
            }
        }

        KravGjelder? krav = null;
        if (s.KravGjelder is null)
        {
            feil.Add(new Valideringsfeil("skyldner.kravGjelder", null, Feilkoder.Paakrevd, "Feltet er påkrevd sammen med skyldner.ytelser (skatt eller annet: avgjør om naturalytelser regnes med)."));
        }
        else
        {
            krav = TrekkgrunnlagJson.LesKravGjelder(s.KravGjelder, "skyldner.kravGjelder", feil);
        }

        var ytelser = TrekkgrunnlagJson.TilYtelser(s.Ytelser, "skyldner.ytelser", feil);
        if (feil.Count > antall || krav is not { } k)
        {
            return null;
        }

        TrekkgrunnlagJson.Sjekk(ytelser, k, "skyldner", feil);
        return feil.Count > antall ? null : new TrekkgrunnlagInndata(k, ytelser);
    }

    private static Valideringsfeil Paakrevd(string felt) => new(felt, null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd.");

    private static string Tall(int i) => i.ToString(CultureInfo.InvariantCulture);
}
