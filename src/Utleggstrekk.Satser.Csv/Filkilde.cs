using System.Reflection;

namespace Utleggstrekk.Satser.Csv;

/// <summary>Where the files of a satser set come from: a directory or the resources embedded in this assembly.</summary>
internal abstract class Filkilde
{
    /// <summary>The bytes of a file, exactly as stored, or <c>null</c> when it does not exist.</summary>
    public abstract byte[]? Les(string fil);
}

/// <summary>Files in a directory on disk.</summary>
internal sealed class Katalogkilde(string katalog) : Filkilde
{
    public override byte[]? Les(string fil)
    {
        var sti = Path.Combine(katalog, fil);
        return File.Exists(sti) ? File.ReadAllBytes(sti) : null;
    }
}

/// <summary>The default files, embedded byte for byte as resources named <c>satser/&lt;fil&gt;</c>.</summary>
internal sealed class Innebygdkilde : Filkilde
{
    public const string Prefiks = "satser/";

    private static Assembly Assembly => typeof(Innebygdkilde).Assembly;

    /// <summary>The file names of the embedded resources.</summary>
    public static IEnumerable<string> Filer() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefiks, StringComparison.Ordinal))
            .Select(n => n[Prefiks.Length..])
            .Order(StringComparer.Ordinal);

    public override byte[]? Les(string fil)
    {
        using var stroem = Assembly.GetManifestResourceStream(Prefiks + fil);
        if (stroem is null)
        {
            return null;
        }

        using var minne = new MemoryStream();
        stroem.CopyTo(minne);
        return minne.ToArray();
    }
}
