using Microsoft.AspNetCore.Http.Json;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Web;

/// <summary>
/// Builds the service: the satser loaded once at start-up (embedded, or <c>--katalog DIR</c>) and immutable after,
/// the JSON API under <c>/api</c>, the caseworker page at <c>/</c>, the OpenAPI document and a health endpoint.
/// Stateless: every request is answered from its own input and the satser, so instances scale out behind any load
/// balancer. Listens on <c>http://127.0.0.1:5080</c> unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.
/// </summary>
public static class Tjeneste
{
    /// <summary>The address used when none is configured: the local machine only.</summary>
    public const string StandardAdresse = "http://127.0.0.1:5080";

    /// <summary>Runs the service until it is stopped. Exit code 2 when the satser directory is refused.</summary>
    public static async Task<int> KjoerAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Lag(args);
        }
        catch (Exception e) when (e is SatserException or DirectoryNotFoundException or OppsettException)
        {
            await Console.Error.WriteLineAsync((e is OppsettException ? "feil: " : "feil: satsene kunne ikke lastes: ") + e.Message).ConfigureAwait(false);
            return 2;
        }

        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Builds the application from command-line arguments (<c>--katalog DIR</c>, <c>--urls URL</c>, <c>--Innsyn:OrgnrHeader NAME</c>).</summary>
    public static WebApplication Lag(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var katalog = builder.Configuration["katalog"];
        var satser = LastSatser(katalog);
        var innsyn = Innsynsoppsett.Fra(builder.Configuration[Innsynsoppsett.Konfigurasjonsnoekkel]);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(StandardAdresse);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = Grenser.MaksForespoerselBytes;
            k.AddServerHeader = false;
        });
        builder.Services.AddSingleton(new Satstjeneste(satser, katalog));
        builder.Services.AddSingleton(innsyn);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        builder.Services.AddOpenApi("v1", o => Openapidokument.Konfigurer(o));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problemer.SkrivUnntakAsync, StatusCodeSelector = _ => 500 });
        app.UseStatusCodePages(Problemer.SkrivStatuskodeAsync);
        app.MapOpenApi("/openapi/{documentName}.json");
        Api.Map(app);
        Side.Map(app);
        Trekkside.Map(app);
        return app;
    }

    private static Satsgrunnlag LastSatser(string? katalog)
    {
        if (string.IsNullOrEmpty(katalog))
        {
            return SatserLaster.LastInnebygde();
        }

        if (!Directory.Exists(katalog))
        {
            throw new DirectoryNotFoundException($"fant ikke katalogen '{katalog}' (--katalog)");
        }

        return SatserLaster.LastFraKatalog(katalog);
    }
}

/// <summary>The satser of this process, loaded once and never changed, and where they came from.</summary>
/// <param name="Satser">The rate tables.</param>
/// <param name="Katalog">The directory given with <c>--katalog</c>, or null for the embedded satser.</param>
public sealed record Satstjeneste(Satsgrunnlag Satser, string? Katalog)
{
    /// <summary>
    /// The last day the livsopphold and samvær rates are known for (the earlier of the two), or null when both are
    /// open-ended. A calculation date after it uses assumed rates or is refused.
    /// </summary>
    public NodaTime.LocalDate? SistKjenteDag =>
        (Satser.Livsopphold.Tidsserie.SistKjenteDag, Satser.Samvaer.Tidsserie.SistKjenteDag) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };

    /// <summary>The <c>satser vis</c> document, built once.</summary>
    public SatserUtdata Dokument { get; } = Resultatdokumenter.Satser(Satser);
}

/// <summary>Limits on what a request may be.</summary>
public static class Grenser
{
    /// <summary>The largest request body accepted (256 KiB; a SAK.json is well under 2 KiB).</summary>
    public const int MaksForespoerselBytes = 256 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted (SAK.json and TREKK.json need 4).</summary>
    public const int MaksDybde = 16;

    /// <summary>The most what-if variants in one request.</summary>
    public const int MaksVarianter = 20;
}
