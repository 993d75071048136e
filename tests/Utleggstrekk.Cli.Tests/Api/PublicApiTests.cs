using System.Reflection;
using PublicApiGenerator;

namespace Utleggstrekk.Cli.Tests.Api;

/// <summary>
/// Pins the public surface of every package in a checked-in file (<c>tests/Utleggstrekk.Cli.Tests/Api/*.verified.txt</c>):
/// an accidental API change fails here. After an intended change, regenerate the files with
/// <c>UTLEGGSTREKK_OPPDATER_API=1 dotnet test tests/Utleggstrekk.Cli.Tests -c Release --filter PublicApiTests</c>,
/// review the diff and add a line to CHANGELOG.md.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Pakker() =>
    [
        "Utleggstrekk.Engine", "Utleggstrekk.Json", "Utleggstrekk.Satser.Csv", "Utleggstrekk.Elan", "Utleggstrekk.Grafikk",
    ];

    [Theory]
    [MemberData(nameof(Pakker))]
    public void The_public_api_is_the_checked_in_one(string pakke)
    {
        var assembly = Assembly.Load(pakke);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);
        var fil = Path.Combine(CliKjoering.Rot(), "tests", "Utleggstrekk.Cli.Tests", "Api", pakke + ".verified.txt");
        if (Environment.GetEnvironmentVariable("UTLEGGSTREKK_OPPDATER_API") == "1")
        {
            File.WriteAllText(fil, api);
        }

        File.Exists(fil).Should().BeTrue($"{fil} pins the API; create it with UTLEGGSTREKK_OPPDATER_API=1");
        var forventet = File.ReadAllText(fil).Replace("\r\n", "\n", StringComparison.Ordinal);
        api.Should().Be(forventet, $"the public API of {pakke} changed; if intended, regenerate with UTLEGGSTREKK_OPPDATER_API=1 dotnet test tests/Utleggstrekk.Cli.Tests -c Release --filter PublicApiTests and note it in CHANGELOG.md");
    }
}
