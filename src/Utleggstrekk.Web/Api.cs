using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Utleggstrekk.Applikasjon;
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

        MapSak(api);
        MapTrekk(api);
        MapAndre(api);
        MapOppslag(app, api);
    }

    /// <summary>One case (SAK.json) and one claim's own questions: beregn, hva-om, fordel, rente, trekkperiode.</summary>
    private static void MapSak(RouteGroupBuilder api)
    {
        api.MapPost("/beregn", Beregn)
            .KunParametereFra<BeregnParametere>()
            .WithName("beregn")
            .WithSummary("Trekkets størrelse med bindende begrensning (deknl. § 2-7).")
            .WithDescription("Innhold: SAK.json (docs/sak-json.md). Parametere: forklar=true gir forklaringen med regler og kilder; loennsperiode=maaned|fjortendager|uke; tillatAntatteSatser=true. Svar: samme JSON som `utleggstrekk beregn --json`.")
            .Accepts<SakDokument>(Json)
            .Produces<BeregnUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/hva-om", HvaOm)
            .KunParametereFra<HvaOmParametere>()
            .WithName("hva-om")
            .WithSummary("Trekket i saken og i varianter der felt er endret, side om side.")
            .WithDescription("Innhold: SAK.json. Parameteren sett=felt=verdi (kan gjentas, én variant hver; flere endringer i én variant skilles med ';'), f.eks. sett=utgifter.boutgift%3D9500. tillatAntatteSatser=true. Svar: samme JSON som `utleggstrekk hva-om --json`.")
            .Accepts<SakDokument>(Json)
            .Produces<HvaOmUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/fordel", Fordel)
            .KunParametereFra<FordelParametere>()
            .WithName("fordel")
            .WithSummary("Fordel ett trekkbeløp på kravene i trekket (deknl. § 2-8).")
            .WithDescription("Innhold: TREKK.json (docs/trekk-json.md). Parametere: beloep (påkrevd, kroner skrevet som 6000, 6 000 eller 6 000,50; 6.000 og 6,000.50 avvises som tvetydige), regel=tidsprioritet|samordnet, forklar=true. Svar: samme JSON som `utleggstrekk fordel --json`.")
            .Accepts<TrekkDokument>(Json)
            .Produces<FordelUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/rente", Rente)
            .KunParametere([])
            .WithName("rente")
            .WithSummary("Rente over [fra, til): forsinkelsesrente (forsinkelsesrenteloven § 3) eller en avtalt sats.")
            .WithDescription("Innhold: {\"beloep\": 10000, \"fra\": \"2024-01-01\", \"til\": \"2025-01-01\", \"sats\": 21.99, \"forklar\": false}; uten sats: forsinkelsesrente fra satstabellen. Svar: samme JSON som `utleggstrekk rente --json`.")
            .Accepts<RenteForespoersel>(Json)
            .Produces<RenteUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/trekkperiode", Trekkperiode)
            .KunParametere([])
            .WithName("trekkperiode")
            .WithSummary("Lengste trekkperiode for et krav, med grunn og kilde (tvangsl. § 7-21; deknl. § 2-7 (3)).")
            .WithDescription("Innhold: {\"kravtype\": \"ordinaer|bot|skatt|bidrag\", \"beslutningsdato\": \"2025-01-15\", \"inntektsaar\", \"endringsvedtakaar\", \"forlengelse\", \"start\"}. Svar: samme JSON som `utleggstrekk trekkperiode --json`.")
            .Accepts<TrekkperiodeForespoerselDokument>(Json)
            .Produces<TrekkperiodeUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);
    }

    /// <summary>A whole trekk (TREKK.json) over time: framskriv, ansvar, avregn, innsyn.</summary>
    private static void MapTrekk(RouteGroupBuilder api)
    {
        api.MapPost("/framskriv", Framskriv)
            .KunParametereFra<FramskrivParametere>()
            .WithName("framskriv")
            .WithSummary("Framskriv trekket måned for måned: når blir hvert krav innfridd, og hva om trekket var et annet beløp?")
            .WithDescription("Innhold: TREKK.json (docs/trekk-json.md). Parametere: fra=ÅÅÅÅ-MM-DD (påkrevd, første dag i første måned), maaneder=1–600 (påkrevd), beloep=kroner (kan gjentas, høyst 5: trekk per måned i stedet for trekkpåleggene; flere gir alternativene side om side), brutto=kroner (trengs når et trekkpålegg er i prosent), trekkperiodeSlutt=ÅÅÅÅ-MM-DD (ingen trekk fra og med denne dagen). Kostnadsgrense: høyst 200 krav, og krav × måneder × alternativer høyst 60 000 (ellers 422 over-budsjett). Svar: samme JSON som `utleggstrekk framskriv --json`; med flere beloep: {\"alternativer\": [...]}.")
            .Accepts<TrekkDokument>(Json)
            .Produces<FramskrivUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/ansvar", Ansvar)
            .KunParametere([])
            .WithName("ansvar")
            .WithSummary("Den trekkpliktiges ansvar for trekk som ikke er gjennomført eller innbetalt, og det skyldneren godskrives (tvangsl. § 7-22 (3), sktbl. § 16-20; Retningslinje pkt. 8.3, 8.4).")
            .WithDescription("Innhold: ANSVAR.json (docs/ansvar.md): {\"kravGjelder\": \"skatt|annet\", \"maaneder\": [{\"maaned\": \"ÅÅÅÅ-MM\", \"paalagtTrekk\", \"gjennomfoertTrekk\", \"innbetalt\", \"unnskyldt\", \"ikkeMeldt\", \"bruttoTrekkgrunnlag\"}]}. Svar: samme JSON som `utleggstrekk ansvar --json`.")
            .Accepts<AnsvarDokument>(Json)
            .Produces<AnsvarUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/avregn", Avregn)
            .KunParametereFra<AvregnParametere>()
            .WithName("avregn")
            .WithSummary("Plasser hvert mottatte trekkbeløp i datoorden med trekkets fordeling: hva hvert krav fikk, hva som skal tilbakebetales, og hva som står igjen (Retningslinje pkt. 8.7).")
            .WithDescription("Innhold: TREKK.json med mottatt (docs/trekk-json.md). Parameter: dato=ÅÅÅÅ-MM-DD (påkrevd): det som står igjen, oppgis per denne dagen; et beløp mottatt etter datoen avvises (MOTTATT_ETTER_DATO). Svar: samme JSON som `utleggstrekk avregn --json`.")
            .Accepts<TrekkDokument>(Json)
            .Produces<AvregnUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: true);

        api.MapPost("/innsyn", Innsyn)
            .KunParametereFra<InnsynParametere>()
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
    }

    /// <summary>ELAN import, trekkgrunnlag and samordning.</summary>
    private static void MapAndre(RouteGroupBuilder api)
    {
        api.MapPost("/elan/sjekk", ElanSjekk)
            .KunParametereFra<ElanParametere>()
            .WithName("elan-sjekk")
            .WithSummary("Importer kravene i et ELAN-dokument, kontroller dem med ELANs feilkoder og kontroller krevde renter.")
            .WithDescription("Innhold: et ELAN-dokument (utleggsbegjæring v1 eller v0.9, beslutning om trekk fra kommune, oppslag om samordnet trekk; docs/elan.md). "
                + "Parametere: bokstaver=foer2023|2023 (standard foer2023), tidsprioritet=ÅÅÅÅ-MM-DD. "
                + "Svar: samme JSON som `utleggstrekk elan sjekk --json`, med status 200 også når dokumentet har avvik (gyldig=false og avvikslisten); 400 når innholdet ikke kan leses som et ELAN-dokument.")
            .Accepts<System.Text.Json.Nodes.JsonObject>(Json)
            .Produces<ElanUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/trekkgrunnlag", Trekkgrunnlag)
            .KunParametere([])
            .WithName("trekkgrunnlag")
            .WithSummary("Klassifiser skyldnerens ytelser (deknl. § 2-7): trekkbar, inntekt som ikke er trekkbar, eller holdes utenfor; summene til SAK.json.")
            .WithDescription("Innhold: {\"kravGjelder\": \"skatt|annet\", \"ytelser\": [{\"type\", \"bruttoPerMaaned\", \"forskuddstrekkPerMaaned\"}]} (docs/trekkgrunnlag.md). Svar: samme JSON som `utleggstrekk trekkgrunnlag --json`.")
            .Accepts<TrekkgrunnlagDokument>(Json)
            .Produces<TrekkgrunnlagUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);

        api.MapPost("/samordne", Samordne)
            .KunParametere([])
            .WithName("samordne")
            .WithSummary("Samordne flere trekk i samme ytelse (tvangsl. § 7-24): hvilke trekk må senkes?")
            .WithDescription("Innhold: {\"trekkevne\", \"trekk\": [{\"id\", \"artsprioritet\", \"tidsprioritet\", \"beloepPerMaaned\"}]} (docs/samordning.md). Svar: samme JSON som `utleggstrekk samordne --json`.")
            .Accepts<SamordneDokument>(Json)
            .Produces<SamordneUtdata>(StatusCodes.Status200OK, Json)
            .MedFeilsvar(medSatsmangel: false);
    }

    /// <summary>The GET endpoints: forfall, satser, and the health check outside /api.</summary>
    private static void MapOppslag(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGet("/forfall", Forfall)
            .KunParametereFra<ForfallParametere>()
            .WithName("forfall")
            .WithSummary("Forfall for trekket den trekkpliktige har trukket (Retningslinje pkt. 8.1; sktbl. § 14-5 annet ledd, § 10-10, § 10-2).")
            .WithDescription("Parametere: fra=ÅÅÅÅ-MM og til=ÅÅÅÅ-MM (påkrevd, begge inklusiv), skattetrekkskonto=true. Svar: samme JSON som `utleggstrekk forfall --json`.")
            .Produces<ForfallUtdata>(StatusCodes.Status200OK, Json)
            .Produces<Problem>(StatusCodes.Status400BadRequest, Problemer.Medietype);

        api.MapGet("/satser", (Satstjeneste s) => Svar(s.Dokument, UtleggstrekkJsonContext.Utdata.SatserUtdata))
            .KunParametere([])
            .WithName("satser")
            .WithSummary("Satstabellene: perioder, verdier, kilder, versjoner og siste kjente dag.")
            .WithDescription("Svar: samme JSON som `utleggstrekk satser vis --json`.")
            .Produces<SatserUtdata>(StatusCodes.Status200OK, Json);

        app.MapGet("/helse", (Satstjeneste s) => TypedResults.Json(
                new Helse { Status = "ok", SatserVersjon = s.Satser.Versjon, SistKjenteDag = s.SistKjenteDag is { } d ? Datoformat.Tekst(d) : null },
                WebJsonContext.Default.Helse))
            .KunParametere([])
            .WithName("helse")
            .WithSummary("Helsesjekk: tjenesten svarer og satsene er lastet.")
            .Produces<Helse>(StatusCodes.Status200OK, Json);
    }

    // medSatsmangel: the endpoint can answer 422 (satser missing, or over the cost budget).
    private static RouteHandlerBuilder MedFeilsvar(this RouteHandlerBuilder b, bool medSatsmangel)
    {
        b.Produces<Problem>(StatusCodes.Status400BadRequest, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status415UnsupportedMediaType, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status408RequestTimeout, Problemer.Medietype)
            .Produces<Problem>(StatusCodes.Status503ServiceUnavailable, Problemer.Medietype);
        if (medSatsmangel)
        {
            b.Produces<Problem>(StatusCodes.Status422UnprocessableEntity, Problemer.Medietype);
        }

        return b;
    }

    /// <summary>A result document with the CLI's serialization, byte for byte.</summary>
    internal static ContentHttpResult Svar<T>(T dokument, JsonTypeInfo<T> type) =>
        TypedResults.Text(JsonSkriver.Skriv(dokument, type), "application/json; charset=utf-8");

    private static ContentHttpResult Beregn([AsParameters] BeregnParametere q, JsonKropp kropp, Satstjeneste s)
    {
        var p = new Parameterleser();
        var forklar = p.Flagg("forklar", q.Forklar);
        var tillat = p.Flagg("tillatAntatteSatser", q.TillatAntatteSatser);
        Loennsperiode? lp = q.Loennsperiode is null ? null : p.Valg("loennsperiode", q.Loennsperiode, Koder.Loennsperioder, Loennsperiode.Maaned);
        p.SjekkGyldig();
        var inndata = SakJson.Les(kropp.Tekst);
        return Svar(Resultatdokumenter.Beregn(inndata, s.Satser, tillat, lp, forklar), UtleggstrekkJsonContext.Utdata.BeregnUtdata);
    }

    private static ContentHttpResult HvaOm([AsParameters] HvaOmParametere q, JsonKropp kropp, Satstjeneste s)
    {
        var p = new Parameterleser();
        var tillat = p.Flagg("tillatAntatteSatser", q.TillatAntatteSatser);
        var sett = Parameterleser.Alle(q.Sett);
        if (sett.Count == 0)
        {
            p.Legg(new Valideringsfeil("sett", null, Feilkoder.Paakrevd, "Minst én variant (sett=felt=verdi) er påkrevd."));
        }

        p.SjekkGyldig();
        Grenser.SjekkAlternativer("sett", sett.Count);
        return Svar(Resultatdokumenter.HvaOm(kropp.Tekst, "SAK.json", sett, s.Satser, tillat), UtleggstrekkJsonContext.Utdata.HvaOmUtdata);
    }

    private static ContentHttpResult Fordel([AsParameters] FordelParametere q, JsonKropp kropp)
    {
        var p = new Parameterleser();
        var betaling = p.Beloep("beloep", q.Beloep, paakrevd: true);
        var regel = p.Valg("regel", q.Regel, Koder.Fordelingsregler, Fordelingsregel.Tidsprioritet);
        var forklar = p.Flagg("forklar", q.Forklar);
        p.SjekkGyldig();
        var trekk = TrekkJson.LesTrekk(kropp.Tekst);
        Grenser.SjekkKrav(trekk.Krav.Length);
        return Svar(Resultatdokumenter.Fordel(trekk.Krav, betaling!.Value, regel, forklar), UtleggstrekkJsonContext.Utdata.FordelUtdata);
    }

    private static readonly string[] RenteFelt = ["beloep", "fra", "til", "sats", "forklar"];

    private static ContentHttpResult Rente(JsonKropp kropp, Satstjeneste s)
    {
        var l = new Objektleser(kropp.Tekst, RenteFelt);
        var hovedstol = l.Beloep("beloep", paakrevd: true);
        var fra = l.Dato("fra", paakrevd: true);
        var til = l.Dato("til", paakrevd: true);
        var sats = l.Prosent("sats");
        var forklar = l.Flagg("forklar");
        if (fra is { } f && til is { } t && t < f)
        {
            l.Legg(new Valideringsfeil("til", Datoformat.Tekst(t), Feilkoder.UgyldigPeriode, $"Til-datoen kan ikke være før fra-datoen {Datoformat.Tekst(f)}."));
        }

        l.SjekkGyldig();
        return Svar(Resultatdokumenter.Rente(hovedstol!.Value, fra!.Value, til!.Value, sats, () => s.Satser, forklar), UtleggstrekkJsonContext.Utdata.RenteUtdata);
    }

    private static readonly string[] TrekkperiodeFelt = ["kravtype", "beslutningsdato", "inntektsaar", "endringsvedtakaar", "forlengelse", "start"];

    private static ContentHttpResult Trekkperiode(JsonKropp kropp)
    {
        var l = new Objektleser(kropp.Tekst, TrekkperiodeFelt);
        var feil = new List<Valideringsfeil>();
        var kravtype = l.Tekst("kravtype", paakrevd: true);
        var kategori = Koder.Kravkategorier.Les(kravtype, "kravtype", Kravkategori.Ordinaer, feil);
        feil.ForEach(l.Legg);
        var dato = l.Dato("beslutningsdato", paakrevd: true);
        var aar = l.Aar("inntektsaar");
        var endring = l.Aar("endringsvedtakaar");
        var forlengelse = l.Flagg("forlengelse");
        var start = l.Dato("start", paakrevd: false);
        l.SjekkGyldig();
        var svar = Trekkperiodeberegner.Beregn(new TrekkperiodeForespoersel(kategori, dato!.Value, aar, endring, forlengelse, start));
        return Svar(Resultatdokumenter.Trekkperiode(svar), UtleggstrekkJsonContext.Utdata.TrekkperiodeUtdata);
    }

    private static ContentHttpResult Framskriv([AsParameters] FramskrivParametere q, JsonKropp kropp, Satstjeneste s)
    {
        var p = new Parameterleser();
        var fra = p.Dato("fra", q.Fra, paakrevd: true);
        var maaneder = p.Heltall("maaneder", q.Maaneder, 1, int.MaxValue, paakrevd: true);
        var antallBeloep = Parameterleser.Alle(q.Beloep).Count;
        Grenser.SjekkAlternativer("beloep", antallBeloep);
        var beloep = p.AlleBeloep("beloep", q.Beloep);
        var brutto = p.Beloep("brutto", q.Brutto, paakrevd: false);
        var slutt = p.Dato("trekkperiodeSlutt", q.TrekkperiodeSlutt, paakrevd: false);
        p.SjekkGyldig();
        var trekk = TrekkJson.LesTrekk(kropp.Tekst);
        Grenser.SjekkFramskriving(trekk.Krav.Length, maaneder!.Value, Math.Max(1, antallBeloep));
        var kjoering = Resultatdokumenter.Framskriv(trekk, fra!.Value, maaneder.Value, beloep, s.Satser.Forsinkelsesrente, brutto, slutt);
        return TypedResults.Text(kjoering.Json(), "application/json; charset=utf-8");
    }

    private static ContentHttpResult Ansvar(JsonKropp kropp) =>
        Svar(Resultatdokumenter.Ansvar(kropp.Tekst), UtleggstrekkJsonContext.Utdata.AnsvarUtdata);

    private static ContentHttpResult Avregn([AsParameters] AvregnParametere q, JsonKropp kropp, Satstjeneste s)
    {
        var p = new Parameterleser();
        var dato = p.Dato("dato", q.Dato, paakrevd: true);
        p.SjekkGyldig();
        var trekk = TrekkJson.LesTrekk(kropp.Tekst);
        Grenser.SjekkKrav(trekk.Krav.Length);
        return Svar(Resultatdokumenter.Avregn(trekk, dato!.Value, s.Satser.Forsinkelsesrente).Dokument, UtleggstrekkJsonContext.Utdata.AvregnUtdata);
    }

    private static ContentHttpResult Innsyn([AsParameters] InnsynParametere q, JsonKropp kropp, HttpContext kontekst, Satstjeneste s, Innsynsoppsett oppsett)
    {
        // Who asks: only the header the platform sets after authenticating the caller (docs/drift.md).
        var som = oppsett.Spoerrer(kontekst.Request);
        var p = new Parameterleser();
        foreach (var (navn, verdi) in new[] { ("som", q.Som), ("orgnr", q.Orgnr) })
        {
            if (verdi is { Length: > 0 })
            {
                p.Legg(new Valideringsfeil(navn, Inndatatekst.Kort(verdi[0]), Webfeilkoder.OrgnrBareIHeader, $"Organisasjonsnummeret til den som spør tas bare fra headeren {oppsett.Header}, som plattformen setter."));
            }
        }

        var kravId = p.PaakrevdTekst("krav", q.Krav);
        var dato = p.Dato("dato", q.Dato, paakrevd: true);
        p.SjekkGyldig();
        var trekk = TrekkJson.LesTrekk(kropp.Tekst);
        Grenser.SjekkKrav(trekk.Krav.Length);
        var svar = ForberedtTrekk.Forbered(trekk, dato!.Value, s.Satser.Forsinkelsesrente).Svar(kravId!, som);
        kontekst.Response.Headers.CacheControl = "no-store";
        if (svar.Avslag != Innsynsavslag.Ingen)
        {
            throw Innsynsoppsett.Avslag(svar.Avslag, kravId!, som, oppsett.Header);
        }

        return Svar(InnsynUtdata.Fra(svar), UtleggstrekkJsonContext.Utdata.InnsynUtdata);
    }

    private static ContentHttpResult Trekkgrunnlag(JsonKropp kropp) =>
        Svar(Resultatdokumenter.Trekkgrunnlag(TrekkgrunnlagJson.Les(kropp.Tekst)), UtleggstrekkJsonContext.Utdata.TrekkgrunnlagUtdata);

    private static ContentHttpResult Samordne(JsonKropp kropp) =>
        Svar(Resultatdokumenter.Samordne(SamordningJson.Les(kropp.Tekst)), UtleggstrekkJsonContext.Utdata.SamordneUtdata);

    private static ContentHttpResult Forfall([AsParameters] ForfallParametere q)
    {
        var p = new Parameterleser();
        var fra = Maaned(p, "fra", q.Fra);
        var til = Maaned(p, "til", q.Til);
        var konto = p.Flagg("skattetrekkskonto", q.Skattetrekkskonto);
        p.SjekkGyldig();
        return Svar(Resultatdokumenter.Forfall(fra, til, konto), UtleggstrekkJsonContext.Utdata.ForfallUtdata);
    }

    private static NodaTime.YearMonth Maaned(Parameterleser p, string navn, string[]? verdier)
    {
        var tekst = p.PaakrevdTekst(navn, verdier);
        if (tekst is null)
        {
            return default;
        }

        if (Maanedformat.TryLes(tekst.Trim(), out var m))
        {
            return m;
        }

        p.Legg(new Valideringsfeil(navn, Inndatatekst.Kort(tekst), Feilkoder.UgyldigMaaned, "Forventet en måned på formen ÅÅÅÅ-MM, f.eks. 2025-03."));
        return default;
    }

    private static ContentHttpResult ElanSjekk([AsParameters] ElanParametere q, JsonKropp kropp, Satstjeneste s)
    {
        var p = new Parameterleser();
        var bokstavTekst = p.Tekst("bokstaver", q.Bokstaver) ?? "foer2023";
        if (!Bokstavtolkning.TryLes(bokstavTekst, out var bokstaver))
        {
            p.Legg(new Valideringsfeil("bokstaver", Inndatatekst.Kort(bokstavTekst), Feilkoder.UgyldigVerdi, "Tillatt: foer2023, 2023."));
        }

        var tidsprioritet = p.Dato("tidsprioritet", q.Tidsprioritet, paakrevd: false);
        p.SjekkGyldig();
        var resultat = Elan.ElanSjekk.Sjekk(kropp.Tekst, s.Satser.Forsinkelsesrente, new ElanValg(bokstaver, tidsprioritet));
        return TypedResults.Text(System.Text.Json.JsonSerializer.Serialize(ElanUtdata.Fra(resultat), ElanUtdataContext.Utdata.ElanUtdata) + "\n", "application/json; charset=utf-8");
    }
}

/// <summary>The query of <c>POST /api/beregn</c> (each parameter is described in the endpoint's description).</summary>
public sealed record BeregnParametere(
    [FromQuery(Name = "forklar")] string[]? Forklar,
    [FromQuery(Name = "loennsperiode")] string[]? Loennsperiode,
    [FromQuery(Name = "tillatAntatteSatser")] string[]? TillatAntatteSatser);

/// <summary>The query of <c>POST /api/hva-om</c> (each parameter is described in the endpoint's description).</summary>
public sealed record HvaOmParametere(
    [FromQuery(Name = "sett")] string[]? Sett,
    [FromQuery(Name = "tillatAntatteSatser")] string[]? TillatAntatteSatser);

/// <summary>The query of <c>POST /api/fordel</c> (each parameter is described in the endpoint's description).</summary>
public sealed record FordelParametere(
    [FromQuery(Name = "beloep")] string[]? Beloep,
    [FromQuery(Name = "regel")] string[]? Regel,
    [FromQuery(Name = "forklar")] string[]? Forklar);

/// <summary>The query of <c>POST /api/framskriv</c> (each parameter is described in the endpoint's description).</summary>
public sealed record FramskrivParametere(
    [FromQuery(Name = "fra")] string[]? Fra,
    [FromQuery(Name = "maaneder")] string[]? Maaneder,
    [FromQuery(Name = "beloep")] string[]? Beloep,
    [FromQuery(Name = "brutto")] string[]? Brutto,
    [FromQuery(Name = "trekkperiodeSlutt")] string[]? TrekkperiodeSlutt);

/// <summary>The query of <c>POST /api/innsyn</c> (<c>som</c> and <c>orgnr</c> are named only to be refused) (each parameter is described in the endpoint's description).</summary>
public sealed record InnsynParametere(
    [FromQuery(Name = "krav")] string[]? Krav,
    [FromQuery(Name = "dato")] string[]? Dato,
    [FromQuery(Name = "som")] string[]? Som,
    [FromQuery(Name = "orgnr")] string[]? Orgnr);

/// <summary>The query of <c>POST /api/avregn</c> (each parameter is described in the endpoint's description).</summary>
public sealed record AvregnParametere(
    [FromQuery(Name = "dato")] string[]? Dato);

/// <summary>The query of <c>GET /api/forfall</c> (each parameter is described in the endpoint's description).</summary>
public sealed record ForfallParametere(
    [FromQuery(Name = "fra")] string[]? Fra,
    [FromQuery(Name = "til")] string[]? Til,
    [FromQuery(Name = "skattetrekkskonto")] string[]? Skattetrekkskonto);

/// <summary>The query of <c>POST /api/elan/sjekk</c> (each parameter is described in the endpoint's description).</summary>
public sealed record ElanParametere(
    [FromQuery(Name = "bokstaver")] string[]? Bokstaver,
    [FromQuery(Name = "tidsprioritet")] string[]? Tidsprioritet);

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
