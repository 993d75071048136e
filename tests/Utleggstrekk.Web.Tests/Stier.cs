namespace Utleggstrekk.Web.Tests;

/// <summary>Paths in the repository beyond <see cref="Repo"/> (the root and docs/eksempler come from Utleggstrekk.Testfelles).</summary>
internal static class Stier
{
    /// <summary>A file under docs/.</summary>
    public static string Docs(string navn) => Path.Combine(Repo.Rot(), "docs", navn);

    /// <summary>True when the tests should rewrite checked-in generated files (UTLEGGSTREKK_OPPDATER_DOCS=1).</summary>
    public static bool Oppdater => Environment.GetEnvironmentVariable("UTLEGGSTREKK_OPPDATER_DOCS") == "1";
}
