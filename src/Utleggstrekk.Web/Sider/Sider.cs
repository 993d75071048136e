using Microsoft.AspNetCore.Http.HttpResults;

namespace Utleggstrekk.Web;

/// <summary>
/// The caseworker pages (Norwegian, Razor components rendered on the server, no script): <c>/</c> (trekk size and
/// what-if, <see cref="HvaOmSide"/>) and <c>/trekk</c> (fordeling and projection, <see cref="TrekkSide"/>). A post
/// is a plain HTML form; its fields keep the names saved links and scripts use.
/// </summary>
/// <remarks>
/// The pages change nothing on the server and carry no credentials (the service is stateless and has no log-in), so
/// a form post cannot be abused across sites; no anti-forgery token is needed.
/// </remarks>
public static class Sider
{
    /// <summary>The path of the TREKK.json page.</summary>
    public const string TrekkSti = "/trekk";

    /// <summary>Maps the pages.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", (Satstjeneste s) => Side<HvaOmSide>(HvaOmModell.Ny(), s)).ExcludeFromDescription();
        app.MapPost("/", (Skjemadata skjema, Satstjeneste s) => Side<HvaOmSide>(HvaOmModell.Behandle(skjema, s.Satser), s)).ExcludeFromDescription();
        app.MapGet(TrekkSti, (Satstjeneste s) => Side<TrekkSide>(TrekkModell.Ny(), s)).ExcludeFromDescription();
        app.MapPost(TrekkSti, (Skjemadata skjema, Satstjeneste s) =>
        {
            var m = TrekkModell.Behandle(skjema, s.Satser);
            var side = Side<TrekkSide>(m, s);
            if (m.OverBudsjett)
            {
                side.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }

            return side;
        }).ExcludeFromDescription();
    }

    private static RazorComponentResult<T> Side<T>(object modell, Satstjeneste s)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(new Dictionary<string, object?> { ["Modell"] = modell, ["Satser"] = s })
        {
            ContentType = "text/html; charset=utf-8",
        };
}
