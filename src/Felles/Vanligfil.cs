using System.Runtime.InteropServices;

namespace Utleggstrekk.Felles;

/// <summary>What became of reading a file with <see cref="Vanligfil.Les"/>.</summary>
internal enum Lesestatus
{
    /// <summary>The file was read.</summary>
    Ok,

    /// <summary>No file or directory has this path.</summary>
    Mangler,

    /// <summary>The path is a directory.</summary>
    Katalog,

    /// <summary>The path is not a regular file (a FIFO, a device, a socket): reading it could block or never end.</summary>
    IkkeVanligFil,

    /// <summary>The file is larger than the limit.</summary>
    ForStor,
}

/// <summary>
/// Reads a file argument or a satser table safely: a directory, a missing file, a FIFO or a device (<c>/dev/zero</c>)
/// and a file larger than a limit are each recognised before anything is read, so nothing hangs or fills memory.
/// Compiled into both the satser loader and the command line (a linked source file, internal to each).
/// </summary>
/// <remarks>
/// The file type comes from <c>statx(2)</c> on Linux (its <c>stx_mode</c> sits at the same offset on every Linux
/// architecture), following symbolic links; .NET has no managed call that tells a FIFO from an empty regular file, and
/// opening a FIFO without a writer blocks. Elsewhere (or with a C library without <c>statx</c>) the type check is
/// skipped and only the size limit applies, which still ends an endless device after <c>maksBytes</c>.
/// </remarks>
internal static class Vanligfil
{
    private const int AtFdcwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int TypeMaske = 0xF000;
    private const int VanligFilType = 0x8000;

    /// <summary>
    /// Reads <paramref name="sti"/> into <paramref name="innhold"/> when it is a regular file of at most
    /// <paramref name="maksBytes"/> bytes; otherwise returns why not (and <paramref name="innhold"/> is null).
    /// A file that cannot be opened (no permission) throws the usual <see cref="UnauthorizedAccessException"/> or
    /// <see cref="IOException"/>.
    /// </summary>
    public static Lesestatus Les(string sti, long maksBytes, out byte[]? innhold)
    {
        innhold = null;
        if (Directory.Exists(sti))
        {
            return Lesestatus.Katalog;
        }

        if (!File.Exists(sti))
        {
            return Lesestatus.Mangler;
        }

        if (ErVanligFil(sti) == false)
        {
            return Lesestatus.IkkeVanligFil;
        }

        using var stroem = new FileStream(sti, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stroem.CanSeek && stroem.Length > maksBytes)
        {
            return Lesestatus.ForStor;
        }

        var lest = LesBegrenset(stroem, maksBytes);
        if (lest is null)
        {
            return Lesestatus.ForStor;
        }

        innhold = lest;
        return Lesestatus.Ok;
    }

    /// <summary>Every byte of <paramref name="kilde"/>, or null when there are more than <paramref name="maksBytes"/>.</summary>
    public static byte[]? LesBegrenset(Stream kilde, long maksBytes)
    {
        ArgumentNullException.ThrowIfNull(kilde);
        using var minne = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            var igjen = maksBytes + 1 - minne.Length;
            var n = kilde.Read(buffer, 0, (int)Math.Min(buffer.Length, igjen));
            if (n == 0)
            {
                return minne.ToArray();
            }

            minne.Write(buffer, 0, n);
            if (minne.Length > maksBytes)
            {
                return null;
            }
        }
    }

    /// <summary>True for a regular file, false for anything else, null when the type cannot be told (not Linux).</summary>
    public static bool? ErVanligFil(string sti)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var buffer = new byte[256];
            if (Statx(AtFdcwd, sti, 0, StatxType, buffer) != 0)
            {
                return null;
            }

            var modus = BitConverter.ToUInt16(buffer, StatxModeOffset);
            return (modus & TypeMaske) == VanligFilType;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int mappe, [MarshalAs(UnmanagedType.LPUTF8Str)] string sti, int flagg, uint maske, byte[] buffer);
}
