namespace Utleggstrekk.Web;

/// <summary>The caseworker page.</summary>
public static class Side
{
    /// <summary>Maps the page.</summary>
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/", () => Results.Content("<!doctype html><title>Utleggstrekk</title>", "text/html; charset=utf-8")).ExcludeFromDescription();
}
