using System.Text.Json.Serialization.Metadata;
using Utleggstrekk.Elan;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkperiode;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// The JSON API: the CLI's operations with the CLI's <c>--json</c> documents. A command's file argument is the
/// request body; its options are query parameters with the same names (<c>forklar</c>, <c>loennsperiode</c>,
/// <c>tillatAntatteSatser</c>, <c>sett</c>, <c>beloep</c>, <c>regel</c>). Operations without a file take a JSON object
/// whose properties are the options. Errors are <c>application/problem+json</c> with the field list.
/// </summary>
public static class Api
{
    private const string Json = "application/json";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");

        api.MapPost("/beregn", BeregnAsync)
            .WithName("beregn")
            .WithSummary("Trekkets størrelse med bindende begrensning (deknl. § 2-7).")
            .WithDescription("Innhold: SAK.json (docs/sak-json.md). Parametere: forklar=true gir forklaringen med regler og kilder; loennsperiode=maaned|fjortendager|uke; tillatAntatteSatser=true. Svar: samme JSON som `utleggstrekk beregn --json`.")
            .Accepts<SakDokument>(Json)
            .Produces<BeregnUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/hva-om", HvaOmAsync)
            .WithName("hva-om")
            .WithSummary("Trekket i saken og i varianter der felt er endret, side om side.")
            .WithDescription("Innhold: SAK.json. Parameteren sett=felt=verdi (kan gjentas, én variant hver; flere endringer i én variant skilles med ';'), f.eks. sett=utgifter.boutgift%3D9500. tillatAntatteSatser=true. Svar: samme JSON som `utleggstrekk hva-om --json`.")
            .Accepts<SakDokument>(Json)
            .Produces<HvaOmUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/fordel", FordelAsync)
            .WithName("fordel")
            .WithSummary("Fordel ett trekkbeløp på kravene i trekket (deknl. § 2-8).")
            .WithDescription("Innhold: TREKK.json (docs/trekk-json.md). Parametere: beloep (påkrevd, kroner), regel=tidsprioritet|samordnet, forklar=true. Svar: samme JSON som `utleggstrekk fordel --json`.")
            .Accepts<TrekkDokument>(Json)
            .Produces<FordelUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/rente", RenteAsync)
            .WithName("rente")
            .WithSummary("Rente over [fra, til): forsinkelsesrente (forsinkelsesrenteloven § 3) eller en avtalt sats.")
            .WithDescription("Innhold: {\"beloep\": 10000, \"fra\": \"2024-01-01\", \"til\": \"2025-01-01\", \"sats\": 21.99, \"forklar\": false}; uten sats: forsinkelsesrente fra satstabellen. Svar: samme JSON som `utleggstrekk rente --json`.")
            .Accepts<RenteForespoersel>(Json)
            .Produces<RenteUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/trekkperiode", TrekkperiodeAsync)
            .WithName("trekkperiode")
            .WithSummary("Lengste trekkperiode for et krav, med grunn og kilde (tvangsl. § 7-21; deknl. § 2-7 (3)).")
            .WithDescription("Innhold: {\"kravtype\": \"ordinaer|bot|skatt|bidrag\", \"beslutningsdato\": \"2025-01-15\", \"inntektsaar\", \"endringsvedtakaar\", \"forlengelse\", \"start\"}. Svar: samme JSON som `utleggstrekk trekkperiode --json`.")
            .Accepts<TrekkperiodeForespoerselDokument>(Json)
            .Produces<TrekkperiodeUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/framskriv", FramskrivAsync)
            .WithName("framskriv")
            .WithSummary("Framskriv trekket måned for måned: når blir hvert krav innfridd, og hva om trekket var et annet beløp?")
            .WithDescription("Innhold: TREKK.json (docs/trekk-json.md). Parametere: fra=ÅÅÅÅ-MM-DD (påkrevd, første dag i første måned), maaneder=1–1200 (påkrevd), beloep=kroner (kan gjentas, høyst 20: trekk per måned i stedet for trekkpåleggene; flere gir alternativene side om side), brutto=kroner (trengs når et trekkpålegg er i prosent), trekkperiodeSlutt=ÅÅÅÅ-MM-DD (ingen trekk fra og med denne dagen). Svar: samme JSON som `utleggstrekk framskriv --json`; med flere beloep: {\"alternativer\": [...]}.")
            .Accepts<TrekkDokument>(Json)
            .Produces<FramskrivUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/ansvar", AnsvarAsync)
            .WithName("ansvar")
            .WithSummary("Den trekkpliktiges ansvar for trekk som ikke er gjennomført eller innbetalt, og det skyldneren godskrives (tvangsl. § 7-22 (3), sktbl. § 16-20; Retningslinje pkt. 8.3, 8.4).")
            .WithDescription("Innhold: ANSVAR.json (docs/ansvar.md): {\"kravGjelder\": \"skatt|annet\", \"maaneder\": [{\"maaned\": \"ÅÅÅÅ-MM\", \"paalagtTrekk\", \"gjennomfoertTrekk\", \"innbetalt\", \"unnskyldt\", \"ikkeMeldt\", \"bruttoTrekkgrunnlag\"}]}. Svar: samme JSON som `utleggstrekk ansvar --json`.")
            .Accepts<AnsvarDokument>(Json)
            .Produces<AnsvarUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/avregn", AvregnAsync)
            .WithName("avregn")
            .WithSummary("Plasser hvert mottatte trekkbeløp i datoorden med trekkets fordeling: hva hvert krav fikk, hva som skal tilbakebetales, og hva som står igjen (Retningslinje pkt. 8.7).")
            .WithDescription("Innhold: TREKK.json med mottatt (docs/trekk-json.md). Parameter: dato=ÅÅÅÅ-MM-DD (påkrevd): det som står igjen, oppgis per denne dagen; et beløp mottatt etter datoen avvises (MOTTATT_ETTER_DATO). Svar: samme JSON som `utleggstrekk avregn --json`.")
            .Accepts<TrekkDokument>(Json)
            .Produces<AvregnUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/innsyn", InnsynAsync)
            .WithName("innsyn")
            .WithSummary("Innsyn i ett trekk for ett krav (forskrift 2025-07-09-1510 § 4): de fem opplysningene a–e.")
            .WithDescription("Innhold: TREKK.json. Parametere: krav=ID (påkrevd), dato=ÅÅÅÅ-MM-DD (påkrevd; stipulerte renter beregnes til denne dagen). "
                + "Organisasjonsnummeret til den som spør tas BARE fra headeren " + Innsynsoppsett.StandardHeader + " (navnet kan konfigureres med Innsyn:OrgnrHeader), "
                + "som plattformens autentisering foran tjenesten skal sette etter å ha fjernet den fra klientens forespørsel; et organisasjonsnummer i innholdet eller i parametrene brukes aldri. "
                + "Uten headeren: 403 innsyn-uten-orgnr. Ugyldig organisasjonsnummer: 400. Ikke saksøker/prosessfullmektig: 403 (INNSYN_IKKE_PART); trekket avsluttet: 403 (INNSYN_TREKK_AVSLUTTET); ukjent krav: 404 (INNSYN_UKJENT_KRAV). "
                + "Svar: samme JSON som `utleggstrekk innsyn --json`.")
            .Accepts<TrekkDokument>(Json)
            .Produces<InnsynUtdata>(StatusCodes.Status200OK, Json)
            .Produces<Problem>(StatusCodes.Status403Forbidden, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status404NotFound, Problemer.Medietype)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/elan/sjekk", ElanSjekkAsync)
            .WithName("elan-sjekk")
            .WithSummary("Importer kravene i et ELAN-dokument, kontroller dem med ELANs feilkoder og kontroller krevde renter.")
            .WithDescription("Innhold: et ELAN-dokument (utleggsbegjæring v1 eller v0.9, beslutning om trekk fra kommune, oppslag om samordnet trekk; docs/elan.md). "
                + "Parametere: bokstaver=foer2023|2023 (standard foer2023), tidsprioritet=ÅÅÅÅ-MM-DD. "
                + "Svar: samme JSON som `utleggstrekk elan sjekk --json`, med status 200 også når dokumentet har avvik (gyldig=false og avvikslisten); 400 når innholdet ikke kan leses som et ELAN-dokument.")
            .Accepts<System.Text.Json.Nodes.JsonObject>(Json)
            .Produces<ElanUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapGet("/satser", (Satstjeneste s) => Svar(s.Dokument, UtleggstrekkJsonContext.Utdata.SatserUtdata))
            .WithName("satser")
            .WithSummary("Satstabellene: perioder, verdier, kilder, versjoner og siste kjente dag.")
            .WithDescription("Svar: samme JSON som `utleggstrekk satser vis --json`.")
            .Produces<SatserUtdata>(StatusCodes.Status200OK, Json);

        app.MapGet("/helse", (Satstjeneste s) => Results.Json(
                new Helse { Status = "ok", SatserVersjon = s.Satser.Versjon, SistKjenteDag = s.SistKjenteDag is { } d ? Datoformat.Tekst(d) : null },
                WebJsonContext.Default.Helse))
            .WithName("helse")
            .WithSummary("Helsesjekk: tjenesten svarer og satsene er lastet.")
            .Produces<Helse>(StatusCodes.Status200OK, Json);
    }

    private static RouteHandlerBuilder MedFeilsvar(this RouteHandlerBuilder b, bool medSatsmangel)
    {
        b.Produces<Problem>(StatusCodes.Status400BadRequest, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status415UnsupportedMediaType, Problemer.Medietype);
        if (medSatsmangel)
        {
            b.Produces<Problem>(StatusCodes.Status422UnprocessableEntity, Problemer.Medietype);
        }

        return b;
    }

    /// <summary>A result document with the CLI's serialization, byte for byte.</summary>
    internal static IResult Svar<T>(T dokument, JsonTypeInfo<T> type) =>
        Results.Text(JsonSkriver.Skriv(dokument, type), "application/json; charset=utf-8");

    private static async Task<IResult> BeregnAsync(HttpRequest request, Satstjeneste s)
    {
        var p = new Parameterleser(request.Query);
        var forklar = p.Flagg("forklar");
        var tillat = p.Flagg("tillatAntatteSatser");
        Loennsperiode? lp = p.Tekst("loennsperiode") is null ? null : p.Valg("loennsperiode", Resultatdokumenter.Loennsperioder, Loennsperiode.Maaned);
        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        var inndata = SakJson.Les(tekst);
        return Svar(Resultatdokumenter.Beregn(inndata, s.Satser, tillat, lp, forklar), UtleggstrekkJsonContext.Utdata.BeregnUtdata);
    }

    private static async Task<IResult> HvaOmAsync(HttpRequest request, Satstjeneste s)
    {
        var p = new Parameterleser(request.Query);
        var tillat = p.Flagg("tillatAntatteSatser");
        var sett = p.Alle("sett");
        if (sett.Count == 0)
        {
            p.Legg(new Valideringsfeil("sett", null, "PAAKREVD", "Minst én variant (sett=felt=verdi) er påkrevd."));
        }
        else if (sett.Count > Grenser.MaksVarianter)
        {
            p.Legg(new Valideringsfeil("sett", sett.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "FOR_MANGE_VARIANTER", $"Høyst {Grenser.MaksVarianter} varianter i én forespørsel."));
        }

        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        return Svar(Resultatdokumenter.HvaOm(tekst, "SAK.json", sett, s.Satser, tillat), UtleggstrekkJsonContext.Utdata.HvaOmUtdata);
    }

    private static async Task<IResult> FordelAsync(HttpRequest request)
    {
        var p = new Parameterleser(request.Query);
        var betaling = p.Beloep("beloep");
        var regel = p.Valg("regel", Resultatdokumenter.Fordelingsregler, Fordelingsregel.Tidsprioritet);
        var forklar = p.Flagg("forklar");
        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        var krav = TrekkJson.Les(tekst);
        return Svar(Resultatdokumenter.Fordel(krav, betaling, regel, forklar), UtleggstrekkJsonContext.Utdata.FordelUtdata);
    }

    private static readonly string[] RenteFelt = ["beloep", "fra", "til", "sats", "forklar"];

    private static async Task<IResult> RenteAsync(HttpRequest request, Satstjeneste s)
    {
        var l = new Objektleser(await Inndata.LesJsonAsync(request).ConfigureAwait(false), RenteFelt);
        var hovedstol = l.Beloep("beloep", paakrevd: true);
        var fra = l.Dato("fra", paakrevd: true);
        var til = l.Dato("til", paakrevd: true);
        var sats = l.Prosent("sats");
        var forklar = l.Flagg("forklar");
        if (fra is { } f && til is { } t && t < f)
        {
            l.Legg(new Valideringsfeil("til", Datoformat.Tekst(t), "UGYLDIG_PERIODE", $"Til-datoen kan ikke være før fra-datoen {Datoformat.Tekst(f)}."));
        }

        l.SjekkGyldig();
        return Svar(Resultatdokumenter.Rente(hovedstol!.Value, fra!.Value, til!.Value, sats, () => s.Satser, forklar), UtleggstrekkJsonContext.Utdata.RenteUtdata);
    }

    private static readonly string[] TrekkperiodeFelt = ["kravtype", "beslutningsdato", "inntektsaar", "endringsvedtakaar", "forlengelse", "start"];

    private static async Task<IResult> TrekkperiodeAsync(HttpRequest request)
    {
        var l = new Objektleser(await Inndata.LesJsonAsync(request).ConfigureAwait(false), TrekkperiodeFelt);
        var feil = new List<Valideringsfeil>();
        var kravtype = l.Tekst("kravtype", paakrevd: true);
        var kategori = Resultatdokumenter.Kravkategorier.Les(kravtype, "kravtype", Kravkategori.Ordinaer, feil);
        feil.ForEach(l.Legg);
        var dato = l.Dato("beslutningsdato", paakrevd: true);
        var aar = l.Aar("inntektsaar");
        var endring = l.Aar("endringsvedtakaar");
        var forlengelse = l.Flagg("forlengelse");
        var start = l.Dato("start", paakrevd: false);
        l.SjekkGyldig();
        var svar = TrekkperiodeBeregner.Beregn(new TrekkperiodeForespoersel(kategori, dato!.Value, aar, endring, forlengelse, start));
        return Svar(Resultatdokumenter.Trekkperiode(svar), UtleggstrekkJsonContext.Utdata.TrekkperiodeUtdata);
    }

    private static async Task<IResult> FramskrivAsync(HttpRequest request, Satstjeneste s)
    {
        var p = new Parameterleser(request.Query);
        var fra = p.Dato("fra", paakrevd: true);
        var maaneder = p.Heltall("maaneder", 1, 1200, paakrevd: true);
        var beloep = p.AlleBeloep("beloep", Grenser.MaksVarianter);
        var brutto = p.BeloepEllerNull("brutto");
        var slutt = p.Dato("trekkperiodeSlutt", paakrevd: false);
        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        var trekk = TrekkJson.LesTrekk(tekst);
        var kjoering = Resultatdokumenter.Framskriv(trekk, fra!.Value, maaneder!.Value, beloep, s.Satser.Forsinkelsesrente, brutto, slutt);
        return Results.Text(kjoering.Json(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> AnsvarAsync(HttpRequest request)
    {
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        return Svar(Resultatdokumenter.Ansvar(tekst), UtleggstrekkJsonContext.Utdata.AnsvarUtdata);
    }

    private static async Task<IResult> AvregnAsync(HttpRequest request, Satstjeneste s)
    {
        var p = new Parameterleser(request.Query);
        var dato = p.Dato("dato", paakrevd: true);
        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        var trekk = TrekkJson.LesTrekk(tekst);
        return Svar(Resultatdokumenter.Avregn(trekk, dato!.Value, s.Satser.Forsinkelsesrente).Dokument, UtleggstrekkJsonContext.Utdata.AvregnUtdata);
    }

    private static async Task<IResult> InnsynAsync(HttpRequest request, Satstjeneste s, Innsynsoppsett oppsett)
    {
        // Who asks: only the header the platform sets after authenticating the caller (docs/drift.md).
        var som = oppsett.Spoerrer(request);
        var p = new Parameterleser(request.Query);
        foreach (var navn in Innsynsoppsett.ForbudteParametere)
        {
            if (request.Query.ContainsKey(navn))
            {
                p.Legg(new Valideringsfeil(navn, p.Tekst(navn), "ORGNR_BARE_I_HEADER", $"Organisasjonsnummeret til den som spør tas bare fra headeren {oppsett.Header}, som plattformen setter."));
            }
        }

        var kravId = p.PaakrevdTekst("krav");
        var dato = p.Dato("dato", paakrevd: true);
        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        var trekk = TrekkJson.LesTrekk(tekst);
        var svar = ForberedtTrekk.Forbered(trekk, dato!.Value, s.Satser.Forsinkelsesrente).Svar(kravId!, som);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (svar.Avslag != Innsynsavslag.Ingen)
        {
            throw Innsynsoppsett.Avslag(svar.Avslag, kravId!, som, oppsett.Header);
        }

        return Svar(InnsynUtdata.Fra(svar), UtleggstrekkJsonContext.Utdata.InnsynUtdata);
    }

    private static async Task<IResult> ElanSjekkAsync(HttpRequest request, Satstjeneste s)
    {
        var p = new Parameterleser(request.Query);
        var bokstavTekst = p.Tekst("bokstaver") ?? "foer2023";
        if (!Bokstavtolkning.TryLes(bokstavTekst, out var bokstaver))
        {
            p.Legg(new Valideringsfeil("bokstaver", bokstavTekst, "UGYLDIG_VERDI", "Tillatt: foer2023, 2023."));
        }

        var tidsprioritet = p.Dato("tidsprioritet", paakrevd: false);
        p.SjekkGyldig();
        var tekst = await Inndata.LesJsonAsync(request).ConfigureAwait(false);
        var resultat = ElanSjekk.Sjekk(tekst, s.Satser.Forsinkelsesrente, new ElanValg(bokstaver, tidsprioritet));
        return Results.Text(System.Text.Json.JsonSerializer.Serialize(ElanUtdata.Fra(resultat), ElanUtdataContext.Utdata.ElanUtdata) + "\n", "application/json; charset=utf-8");
    }
}

/// <summary>The body of <c>POST /api/rente</c> (documentation of the shape; read by <see cref="Objektleser"/>).</summary>
public sealed class RenteForespoersel
{
    /// <summary>The principal in kroner.</summary>
    public required decimal Beloep { get; init; }

    /// <summary>First day (inclusive), <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public required string Fra { get; init; }

    /// <summary>End (exclusive), <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public required string Til { get; init; }

    /// <summary>Agreed percent p.a.; absent for forsinkelsesrente.</summary>
    public decimal? Sats { get; init; }

    /// <summary>Include the explanation trace.</summary>
    public bool? Forklar { get; init; }
}

/// <summary>The body of <c>POST /api/trekkperiode</c> (documentation of the shape; read by <see cref="Objektleser"/>).</summary>
public sealed class TrekkperiodeForespoerselDokument
{
    /// <summary><c>ordinaer</c>, <c>bot</c>, <c>skatt</c> or <c>bidrag</c>.</summary>
    public required string Kravtype { get; init; }

    /// <summary>The day the trekk was decided, <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public required string Beslutningsdato { get; init; }

    /// <summary>Tax: the income year.</summary>
    public int? Inntektsaar { get; init; }

    /// <summary>Tax: the year of an amending decision.</summary>
    public int? Endringsvedtakaar { get; init; }

    /// <summary>Tax: an extension of a running tax trekk.</summary>
    public bool? Forlengelse { get; init; }

    /// <summary>A later start (e.g. when another trekk ends), <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public string? Start { get; init; }
}

/// <summary>The health answer.</summary>
public sealed class Helse
{
    /// <summary><c>ok</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The satser version loaded.</summary>
    public required string SatserVersjon { get; init; }

    /// <summary>The last day the livsopphold and samvær rates are known for, or null when open.</summary>
    public string? SistKjenteDag { get; init; }
}
