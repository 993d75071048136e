using System.Reflection;
using Utleggstrekk.Felles;

namespace Utleggstrekk.Satser.Csv;

/// <summary>Where the files of a satser set come from: a directory or the resources embedded in this assembly.</summary>
internal abstract class Filkilde
{
    /// <summary>The bytes of a file, exactly as stored, or <c>null</c> when it does not exist.</summary>
    public abstract byte[]? Les(string fil);
}

/// <summary>
/// Files in a directory on disk. Only regular files are read: a FIFO or a device named as a table is refused before it is
/// opened (opening a FIFO would wait forever for a writer), and so is a file over <see cref="MaksBytes"/>.
/// </summary>
internal sealed class Katalogkilde(string katalog) : Filkilde
{
    /// <summary>The largest table or manifest read (64 MiB; the default tables are a few kilobytes).</summary>
    public const long MaksBytes = 64L * 1024 * 1024;

    public override byte[]? Les(string fil)
    {
        var sti = Path.Combine(katalog, fil);
        return Vanligfil.Les(sti, MaksBytes, out var innhold) switch
        {
            Lesestatus.Ok => innhold,
            Lesestatus.Mangler => null,
            Lesestatus.Katalog => throw new FilAvvistException("den er en katalog, ikke en fil."),
            Lesestatus.IkkeVanligFil => throw new FilAvvistException("den er ikke en vanlig fil (men f.eks. en FIFO eller en enhet); bare vanlige filer leses."),
            _ => throw new FilAvvistException("den er større enn 64 MiB."),
        };
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

/// <summary>A file the directory source refuses to read, with the reason in Norwegian.</summary>
internal sealed class FilAvvistException(string melding) : IOException(melding);
