using System.Runtime.CompilerServices;

namespace Utleggstrekk.Testfelles;

/// <summary>Paths in the repository, for tests that read checked-in files (examples, schemas, docs, sources).</summary>
public static class Repo
{
    /// <summary>The repository root (the folder holding Utleggstrekk.Engine.sln).</summary>
    public static string Rot() => RotOver(DenneFilen());

    /// <summary>A file of docs/eksempler.</summary>
    public static string Eksempel(string navn) => Path.Combine(Rot(), "docs", "eksempler", navn);

    /// <summary>The first folder at or above <paramref name="fil"/>'s folder that holds Utleggstrekk.Engine.sln.</summary>
    public static string RotOver(string fil)
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(fil)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Utleggstrekk.Engine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Fant ikke repo-roten over " + fil + ".");
    }

    private static string DenneFilen([CallerFilePath] string fil = "") => fil;
}
