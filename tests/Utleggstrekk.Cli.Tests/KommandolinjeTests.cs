namespace Utleggstrekk.Cli.Tests;

public class KommandolinjeTests
{
    [Fact]
    public void Unknown_option_is_bad_input() =>
        CliKjoering.Kjoer("--finnes-ikke").SkalVaereUgyldig("--finnes-ikke");

    [Fact]
    public void No_command_is_bad_input() =>
        CliKjoering.Kjoer().Kode.Should().Be(2);

    [Fact]
    public void Help_succeeds_and_lists_the_commands()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("--help");
        kode.Should().Be(0);
        ut.Should().Contain("utleggstrekk");
    }
}
