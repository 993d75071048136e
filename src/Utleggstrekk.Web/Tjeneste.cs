using Microsoft.AspNetCore.Http.Json;
using Utleggstrekk.Applikasjon;
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

    /// <summary>
    /// Runs the service until it is stopped. Exit code 2, with one Norwegian line on standard error, when the satser
    /// directory is refused or the address is taken.
    /// </summary>
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

        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"feil: adressen {app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"] ?? StandardAdresse} er i bruk av en annen prosess; velg en annen med --urls.").ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            return 2;
        }

        await app.WaitForShutdownAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// Builds the application from command-line arguments (<c>--katalog DIR</c>, <c>--urls URL</c>,
    /// <c>--Innsyn:OrgnrHeader NAME</c>, <c>--Grenser:Samtidige N</c>, <c>--Grenser:Koe N</c>, <c>--Grenser:LesetidSekunder S</c>).
    /// </summary>
    public static WebApplication Lag(string[] args, Action<WebApplicationBuilder>? tilpass = null)
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
        builder.Services.Configure<Tjenestegrenser>(builder.Configuration.GetSection("Grenser"));
        builder.Services.AddSingleton(new Satstjeneste(satser, katalog));
        builder.Services.AddSingleton(innsyn);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        builder.Services.AddOpenApi("v1", o => Openapidokument.Konfigurer(o));
        builder.Services.AddRazorComponents();

        // Letters (æ, ø, å, §, –) as they are in the pages; only what HTML requires is escaped.
        builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRateLimiter(Samtidighet.Konfigurer);

        // Our own lines at Information (start-up, one line per refused request); the framework's only from Warning,
        // so no framework line carries a request's details. No body value is ever logged (docs/drift.md).
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Utleggstrekk", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        // A start-up failure is reported by KjoerAsync as one Norwegian line on standard error, not as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        tilpass?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<Feilhaandtering>();
        app.UseMiddleware<Sikkerhetshoder>();
        app.UseStatusCodePages(Problemer.SkrivStatuskodeAsync);
        app.UseRateLimiter();
        app.UseMiddleware<Kroppbuffer>();
        app.MapOpenApi("/openapi/{documentName}.json");
        Ressurser.Map(app);
        Api.Map(app);
        Sider.Map(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logg = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Utleggstrekk.Web");
            foreach (var adresse in app.Urls)
            {
                Oppstartslogg.Lytter(logg, adresse);
            }
        });
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

/// <summary>The start-up line.</summary>
internal static partial class Oppstartslogg
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Lytter på {Adresse}")]
    public static partial void Lytter(ILogger logg, string adresse);
}
