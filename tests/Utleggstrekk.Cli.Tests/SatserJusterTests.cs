using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// <c>satser juster</c> (issue 17, SPEC §3): the rule, the catalogue it writes, and the round trip
/// juster → satser valider → beregn --katalog.
/// </summary>
public sealed class SatserJusterTests : IDisposable
{
    private readonly string _rot = Path.Combine(Path.GetTempPath(), "juster-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_rot))
        {
            Directory.Delete(_rot, recursive: true);
        }
    }

    private string Ut(string navn = "ut") => Path.Combine(_rot, navn);

    /// <summary>
    /// The published steps from the year before, with SSB's 12-month KPI change for May (2023: 6.7 %, 2024: 3.0 %): every
    /// category of the embedded (published) 2022-07-01 and 2023-07-01 periods × (1 + KPI/100), whole kroner half up, gives
    /// the published figure of the next year. (The 2023 youth band barn_15_pluss is new that year and has no predecessor;
    /// barn_11_14 continues barn_11_pluss.)
    /// </summary>
    [Theory]
    [InlineData(2022, 2023, "6.7")]
    [InlineData(2023, 2024, "3.0")]
    [InlineData(2024, 2025, "3.0")] // the embedded derived 2025 figures are this rule's output
    public void The_rule_reproduces_each_published_step_from_the_year_before(int fraAar, int tilAar, string kpi)
    {
        var tabell = SatserLaster.LastInnebygde().Livsopphold;
        var foer = Periode(tabell, fraAar);
        var etter = Periode(tabell, tilAar);
        var p = decimal.Parse(kpi, System.Globalization.CultureInfo.InvariantCulture);
        var par = new List<(LivsoppholdKategori Fra, LivsoppholdKategori Til)>
        {
            (LivsoppholdKategori.Enslig, LivsoppholdKategori.Enslig),
            (LivsoppholdKategori.ParPerPerson, LivsoppholdKategori.ParPerPerson),
            (LivsoppholdKategori.Barn0Til5, LivsoppholdKategori.Barn0Til5),
            (LivsoppholdKategori.Barn6Til10, LivsoppholdKategori.Barn6Til10),
            (LivsoppholdKategori.Barn11Til14, LivsoppholdKategori.Barn11Til14),
        };
        if (fraAar >= 2023)
        {
            par.Add((LivsoppholdKategori.Barn15Pluss, LivsoppholdKategori.Barn15Pluss));
        }

        foreach (var (fra, til) in par)
        {
            Satsjustering.Juster(Sats(tabell.Satser(foer), fra), p).Should().Be(Sats(tabell.Satser(etter), til), $"{fra} {fraAar}→{tilAar}");
        }

        // The couple rate is 2 × the per-person rate, so it follows from the per-person step.
        var parSats = Satsjustering.Juster(tabell.Satser(foer).ParPerPerson, p);
        (parSats + parSats).Should().Be(tabell.Satser(etter).ParPerPerson + tabell.Satser(etter).ParPerPerson);
    }

    [Fact]
    public void Half_a_krone_rounds_up()
    {
        Satsjustering.Juster(Beloep.FraKroner(4_142), 6.7m).Should().Be(Beloep.FraKroner(4_420), "4 142 × 1.067 = 4 419.514");
        Satsjustering.Juster(Beloep.FraKroner(1_000), 0.05m).Should().Be(Beloep.FraKroner(1_001), "1 000.5 rounds half up");
        Satsjustering.Juster(Beloep.FraKroner(1_000), -0.5m).Should().Be(Beloep.FraKroner(995));
    }

    [Fact]
    public void Juster_then_valider_then_beregn_with_the_written_catalogue()
    {
        var ut = Ut();
        var (kode, tekst, feil) = CliKjoering.Kjoer("satser", "juster", "--kpi", "2,5", "--fra", "2026-07-01", "--kilde", "SSB KPI mai 2026 (test)", "--ut", ut);
        kode.Should().Be(0, feil);

        // 11 046 × 1.025 = 11 322.15 → 11 322; par_per_person 9 354 × 1.025 = 9 587.85 → 9 588, couple 19 176.
        tekst.Should().Contain(Kr(11_322)).And.Contain(Kr(9_588)).And.Contain(Kr(19_176)).And.Contain("avledet");
        var livs = File.ReadAllLines(Path.Combine(ut, "livsopphold.csv"));
        livs.Should().Contain(l => l.StartsWith("2026-07-01,2027-06-30,enslig,11322,SSB KPI mai 2026 (test),avledet,", StringComparison.Ordinal));
        livs.Where(l => l.StartsWith("2025-07-01,", StringComparison.Ordinal)).Should().HaveCount(6).And.OnlyContain(l => l.StartsWith("2025-07-01,2026-06-30,", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(ut, "manifest.csv")).Should().Contain("livsopphold,livsopphold.csv,2026-07-01,");
        File.ReadAllBytes(Path.Combine(ut, "samvaer.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(CliKjoering.Rot(), "satser", "samvaer.csv")));

        var valider = CliKjoering.Kjoer("satser", "valider", "--katalog", ut);
        valider.Kode.Should().Be(0, valider.Feil);
        valider.Ut.Should().StartWith("OK");

        // Enslig on 2026-09-01 with the written catalogue: 30 000 − (11 322 + 8 000) = 10 678; derived, not assumed.
        var sak = CliKjoering.Midlertidig("""
            { "beregningsdato": "2026-09-01", "skyldner": { "bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 10000 },
              "husstand": { "sivilstand": "enslig" }, "utgifter": { "boutgift": 8000 } }
            """);
        var (bk, bu, bf) = CliKjoering.Kjoer("--katalog", ut, "beregn", sak, "--json");
        bk.Should().Be(0, bf);
        var rot = JsonDocument.Parse(bu).RootElement;
        rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(10_678m);
        rot.GetProperty("antatt").GetArrayLength().Should().Be(0);
        rot.GetProperty("avledet").EnumerateArray().Select(e => e.GetString()).Should().Equal("livsopphold");

        // The embedded set still refuses that date: the new catalogue is only used when named.
        CliKjoering.Kjoer("beregn", sak).Kode.Should().Be(2);
    }

    [Fact]
    public void A_comma_and_a_point_give_the_same_catalogue_and_json_prints_the_figures()
    {
        var a = CliKjoering.Kjoer("satser", "juster", "--kpi", "2,5", "--fra", "2026-07-01", "--kilde", "k", "--ut", Ut("a"), "--json");
        var b = CliKjoering.Kjoer("satser", "juster", "--kpi", "2.5", "--fra", "2026-07-01", "--kilde", "k", "--ut", Ut("b"), "--json");
        a.Kode.Should().Be(0, a.Feil);
        b.Kode.Should().Be(0, b.Feil);
        File.ReadAllBytes(Path.Combine(Ut("a"), "livsopphold.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(Ut("b"), "livsopphold.csv")));
        var rot = JsonDocument.Parse(a.Ut).RootElement;
        rot.GetProperty("fra").GetString().Should().Be("2026-07-01");
        rot.GetProperty("til").GetString().Should().Be("2027-06-30");
        rot.GetProperty("kildegrad").GetString().Should().Be("avledet");
        var satser = rot.GetProperty("satser").EnumerateArray().ToDictionary(s => s.GetProperty("kategori").GetString()!, s => s.GetProperty("ny").GetDecimal());
        satser["enslig"].Should().Be(11_322m);
        satser["barn_0_5"].Should().Be(3_623m, "3 535 × 1.025 = 3 623.375");
        satser["par (2 × par_per_person)"].Should().Be(19_176m);
    }

    [Fact]
    public void From_a_catalogue_given_with_katalog_the_new_period_follows_that_catalogue()
    {
        // First step 2026-07-01 from the embedded set, then 2027-07-01 from the written one: 11 322 × 1.02 = 11 548.44.
        CliKjoering.Kjoer("satser", "juster", "--kpi", "2.5", "--fra", "2026-07-01", "--kilde", "k1", "--ut", Ut("a")).Kode.Should().Be(0);
        var r = CliKjoering.Kjoer("--katalog", Ut("a"), "satser", "juster", "--kpi", "2", "--fra", "2027-07-01", "--kilde", "k2", "--ut", Ut("b"), "--json");
        r.Kode.Should().Be(0, r.Feil);
        JsonDocument.Parse(r.Ut).RootElement.GetProperty("satser")[0].GetProperty("ny").GetDecimal().Should().Be(11_548m);
        SatserLaster.Valider(Ut("b")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("--kpi", "2.55", "2026-07-01")]
    [InlineData("--kpi", "2,5%", "2026-07-01")]
    [InlineData("--kpi", "to", "2026-07-01")]
    [InlineData("--kpi", "1.000,5", "2026-07-01")]
    [InlineData("--fra", "2.5", "2025-07-01")]
    [InlineData("--fra", "2.5", "2024-12-01")]
    [InlineData("--fra", "2.5", "2026-07-02")]
    [InlineData("--fra", "2.5", "1.7.2026")]
    public void Bad_values_are_refused_with_exit_2_naming_the_option(string valg, string kpi, string fra)
    {
        var ut = Ut();
        var r = CliKjoering.Kjoer("satser", "juster", "--kpi", kpi, "--fra", fra, "--kilde", "k", "--ut", ut);
        r.SkalVaereUgyldig(valg);
        Directory.Exists(ut).Should().BeFalse("nothing is written when the request is refused");
    }

    [Fact]
    public void An_existing_non_empty_directory_is_refused_naming_ut()
    {
        var ut = Ut();
        Directory.CreateDirectory(ut);
        File.WriteAllText(Path.Combine(ut, "noe.txt"), "x");
        CliKjoering.Kjoer("satser", "juster", "--kpi", "2.5", "--fra", "2026-07-01", "--kilde", "k", "--ut", ut).SkalVaereUgyldig("--ut");
        File.ReadAllText(Path.Combine(ut, "noe.txt")).Should().Be("x");

        var tom = Ut("tom");
        Directory.CreateDirectory(tom);
        CliKjoering.Kjoer("satser", "juster", "--kpi", "2.5", "--fra", "2026-07-01", "--kilde", "k", "--ut", tom).Kode.Should().Be(0, "an empty directory is fine");
    }

    [Fact]
    public void A_date_inside_the_latest_period_closes_it_the_day_before()
    {
        var ut = Ut();
        CliKjoering.Kjoer("satser", "juster", "--kpi", "1.0", "--fra", "2026-01-01", "--kilde", "k", "--ut", ut).Kode.Should().Be(0);
        var tabell = SatserLaster.LastFraKatalog(ut).Livsopphold;
        tabell.Tidsserie.Til(tabell.Perioder.Count - 2).Should().Be(new LocalDate(2026, 1, 1), "the 2025-07-01 period now ends 2025-12-31 (inclusive)");
        tabell.Tidsserie.Fra(tabell.Perioder.Count - 1).Should().Be(new LocalDate(2026, 1, 1));
        tabell.Tidsserie.SistKjenteDag.Should().Be(new LocalDate(2026, 12, 31));
        tabell.Kildegrad(tabell.Perioder.Count - 1, LivsoppholdKategori.Enslig).Should().Be(Kildegrad.Avledet);
    }

    private static string Kr(long kroner) => Json.Norskformat.Kr(Beloep.FraKroner(kroner));

    private static int Periode(LivsoppholdTabell tabell, int aar) =>
        tabell.Tidsserie.Finn(new LocalDate(aar, 7, 1), tillatAntatt: false, out _);

    private static Beloep Sats(LivsoppholdSatser s, LivsoppholdKategori k) => k switch
    {
        LivsoppholdKategori.Enslig => s.Enslig,
        LivsoppholdKategori.ParPerPerson => s.ParPerPerson,
        LivsoppholdKategori.Barn0Til5 => s.Barn0Til5,
        LivsoppholdKategori.Barn6Til10 => s.Barn6Til10,
        LivsoppholdKategori.Barn11Til14 => s.Barn11Til14,
        _ => s.Barn15Pluss,
    };
}
