namespace Utleggstrekk.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public void Json_library_names_its_content_type() =>
        Utleggstrekk.Json.JsonInfo.Innholdstype.Should().Be("application/json");
}
