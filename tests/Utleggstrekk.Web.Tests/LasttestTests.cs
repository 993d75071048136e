using Utleggstrekk.Lasttest;

namespace Utleggstrekk.Web.Tests;

/// <summary>The load tool itself, on a small run (the figures in docs/ytelse.md come from the full run).</summary>
public class LasttestTests(Nettleserfikstur f) : IClassFixture<Nettleserfikstur>
{
    private static readonly string Sak = File.ReadAllText(Repo.Eksempel("enslig-spec-eksempel.json"));

    [Fact]
    public async Task A_small_run_over_several_connections_has_no_errors_and_counts_every_request()
    {
        var r = await Lastkjoering.KjoerAsync(new Uri(f.Adresse), Sak, "\"trekkPerMaaned\": 11276.00", 400, 8);
        r.Feil.Should().Be(0);
        r.Forespoersler.Should().Be(400);
        r.P50Ms.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(r.P99Ms);
        r.P99Ms.Should().BeLessThanOrEqualTo(r.MaksMs);
    }

    [Fact]
    public async Task A_wrong_answer_is_counted_as_an_error()
    {
        var r = await Lastkjoering.KjoerAsync(new Uri(f.Adresse), Sak, "\"trekkPerMaaned\": 1.00", 20, 2);
        r.Feil.Should().Be(20);
    }

    [Fact]
    public async Task Only_the_local_machine_is_a_target()
    {
        var handling = () => Lastkjoering.KjoerAsync(new Uri("http://example.com/"), Sak, "x", 1, 1);
        await handling.Should().ThrowAsync<ArgumentException>();
    }
}
