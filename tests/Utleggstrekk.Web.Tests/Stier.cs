namespace Utleggstrekk.Web.Tests;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
internal static class Stier
{
    /// <summary>The repository root (the folder holding Utleggstrekk.Engine.sln).</summary>
    public static string Rot { get; } = FinnRot();

    /// <summary>A file under docs/.</summary>
    public static string Docs(string navn) => Path.Combine(Rot, "docs", navn);

    /// <summary>A worked example under docs/eksempler/.</summary>
    public static string Eksempel(string navn) => Path.Combine(Rot, "docs", "eksempler", navn);

    /// <summary>True when the tests should rewrite checked-in generated files (UTLEGGSTREKK_OPPDATER_DOCS=1).</summary>
    public static bool Oppdater => Environment.GetEnvironmentVariable("UTLEGGSTREKK_OPPDATER_DOCS") == "1";

    private static string FinnRot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Utleggstrekk.Engine.sln")))
        {
            d = d.Parent;
        }

        return d?.FullName ?? throw new InvalidOperationException("Fant ikke Utleggstrekk.Engine.sln over " + AppContext.BaseDirectory);
    }
}
