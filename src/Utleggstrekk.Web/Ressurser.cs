using System.Reflection;

namespace Utleggstrekk.Web;

/// <summary>
/// The page's static files — the style sheet <c>Ressurser/side.css</c> and the icon <c>Ressurser/favicon.svg</c> —
/// embedded in the assembly (so they travel with it however it is run) and served with long-lived caching.
/// </summary>
internal static class Ressurser
{
    /// <summary>The style sheet's address.</summary>
    public const string Stilark = "/side.css";

    /// <summary>The icon's address.</summary>
    public const string Ikon = "/favicon.svg";

    public static void Map(IEndpointRouteBuilder app)
    {
        Fil(app, Stilark, "side.css", "text/css; charset=utf-8");
        Fil(app, Ikon, "favicon.svg", "image/svg+xml");
        Fil(app, "/favicon.ico", "favicon.svg", "image/svg+xml");
    }

    private static void Fil(IEndpointRouteBuilder app, string sti, string navn, string type)
    {
        var bytes = Les(navn);
        app.MapGet(sti, (HttpContext k) =>
        {
            k.Response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Bytes(bytes, type);
        }).KunParametere([]).ExcludeFromDescription();
    }

    /// <summary>The bytes of an embedded file.</summary>
    public static byte[] Les(string navn)
    {
        using var stroem = Assembly.GetExecutingAssembly().GetManifestResourceStream("Utleggstrekk.Web.Ressurser." + navn)
            ?? throw new InvalidOperationException("Mangler den innebygde filen " + navn);
        using var minne = new MemoryStream();
        stroem.CopyTo(minne);
        return minne.ToArray();
    }
}
