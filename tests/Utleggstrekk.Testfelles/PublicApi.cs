using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using PublicApiGenerator;

namespace Utleggstrekk.Testfelles;

/// <summary>
/// Pins a package's public surface in a checked-in <c>&lt;package&gt;.verified.txt</c> beside the calling test (each
/// package's in its own test project's <c>Api/</c> folder): an accidental API change fails there. After an intended
/// change, regenerate every file with <see cref="Regenerer"/> and review the diff (breaking changes go to CHANGELOG.md).
/// </summary>
public static class PublicApi
{
    /// <summary>The command that rewrites the files from the built assemblies.</summary>
    public const string Regenerer = "UTLEGGSTREKK_OPPDATER_API=1 dotnet test Utleggstrekk.Engine.sln -c Release --filter PublicApiTests";

    /// <summary>
    /// The public API of the loaded assembly <paramref name="pakke"/> equals <c>&lt;pakke&gt;.verified.txt</c> in the folder of
    /// <paramref name="testfil"/>; with <c>UTLEGGSTREKK_OPPDATER_API=1</c> the file is written first.
    /// </summary>
    public static void SkalVaereDenInnsjekkede(string pakke, [CallerFilePath] string testfil = "")
    {
        var api = Assembly.Load(pakke).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        var fil = Path.Combine(Path.GetDirectoryName(testfil)!, pakke + ".verified.txt");
        if (Environment.GetEnvironmentVariable("UTLEGGSTREKK_OPPDATER_API") == "1")
        {
            File.WriteAllText(fil, api);
        }

        File.Exists(fil).Should().BeTrue($"{fil} pins the API; create it with {Regenerer}");
        var forventet = File.ReadAllText(fil).Replace("\r\n", "\n", StringComparison.Ordinal);
        api.Should().Be(forventet, $"the public API of {pakke} changed; if intended, regenerate with {Regenerer} and note it in CHANGELOG.md");
    }
}
