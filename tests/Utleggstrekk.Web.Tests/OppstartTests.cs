using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Utleggstrekk.Web.Tests;

/// <summary>Start-up: where the service listens is logged, and a taken port ends in one Norwegian line and exit code 2.</summary>
public class OppstartTests
{
    [Fact]
    public async Task The_start_up_line_says_where_it_listens()
    {
        var fanger = new Loggfanger();
        var app = Tjeneste.Lag(["--urls", "http://127.0.0.1:0"], b => b.Logging.AddProvider(fanger));
        await using (app)
        {
            await app.StartAsync();
            var adresse = app.Urls.First();
            fanger.Linjer.Should().Contain(l => l.Nivaa == LogLevel.Information && l.Tekst == "Lytter på " + adresse);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task A_port_in_use_is_one_norwegian_line_on_stderr_and_exit_code_2()
    {
        using var opptatt = new TcpListener(IPAddress.Loopback, 0);
        opptatt.Start();
        var port = ((IPEndPoint)opptatt.LocalEndpoint).Port;
        var dll = typeof(Tjeneste).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            start.ArgumentList.Add(a);
        }

        using var prosess = Process.Start(start)!;
        var ut = prosess.StandardOutput.ReadToEndAsync();
        var feil = prosess.StandardError.ReadToEndAsync();
        using var tid = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await prosess.WaitForExitAsync(tid.Token);
        }
        catch (OperationCanceledException)
        {
            prosess.Kill();
            throw;
        }

        prosess.ExitCode.Should().Be(2);
        var linjer = (await feil).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().ContainSingle().Which.Should().Be($"feil: adressen http://127.0.0.1:{port} er i bruk av en annen prosess; velg en annen med --urls.");
        (await ut).Should().NotContain("   at ").And.NotContain("Exception");
    }
}
