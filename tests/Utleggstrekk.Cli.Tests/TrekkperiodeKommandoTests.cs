using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class TrekkperiodeKommandoTests
{
    private static JsonElement Json(params string[] args)
    {
        var (kode, ut, feil) = CliKjoering.Kjoer([.. args, "--json"]);
        kode.Should().Be(0, feil);
        return JsonDocument.Parse(ut).RootElement;
    }

    [Fact]
    public void Ordinary_claim_runs_at_most_two_years_from_the_decision()
    {
        // tvangsl. § 7-21: 2024-03-15 + 2 years = 2026-03-15 (exclusive), last day 2026-03-14.
        var svar = Json("trekkperiode", "--kravtype", "ordinaer", "--beslutningsdato", "2024-03-15");
        svar.GetProperty("fra").GetString().Should().Be("2024-03-15");
        svar.GetProperty("til").GetString().Should().Be("2026-03-15");
        svar.GetProperty("sisteDag").GetString().Should().Be("2026-03-14");
        svar.GetProperty("grunn").GetString().Should().Be("ORDINAER_2_AAR");
        svar.GetProperty("kilde").GetString().Should().Contain("§");
    }

    [Fact]
    public void Tax_claim_counts_five_years_from_the_end_of_the_income_year()
    {
        // SPEC §7: restskatt 2021 runs from 1.1.2022, so the last day is 31.12.2026.
        var svar = Json("trekkperiode", "--kravtype", "skatt", "--beslutningsdato", "2022-03-01", "--inntektsaar", "2021");
        svar.GetProperty("til").GetString().Should().Be("2027-01-01");
        svar.GetProperty("sisteDag").GetString().Should().Be("2026-12-31");
    }

    [Fact]
    public void Bidrag_has_no_limit_written_as_null()
    {
        var svar = Json("trekkperiode", "--kravtype", "bidrag", "--beslutningsdato", "2022-03-01");
        svar.GetProperty("til").ValueKind.Should().Be(JsonValueKind.Null);
        svar.GetProperty("sisteDag").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Human_output_shows_the_inclusive_last_day_and_the_source()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("trekkperiode", "--kravtype", "bot", "--beslutningsdato", "2024-01-10");
        kode.Should().Be(0);
        ut.Should().Contain("2029-01-09").And.Contain("BOT_5_AAR").And.Contain("Siste dag (inklusiv)");
    }

    [Fact]
    public void Unknown_kravtype_and_malformed_date_are_both_named() =>
        CliKjoering.Kjoer("trekkperiode", "--kravtype", "skat", "--beslutningsdato", "2022-02-30")
            .SkalVaereUgyldig("--kravtype = 'skat'", "ordinaer, bot, skatt, bidrag", "--beslutningsdato = '2022-02-30'");

    [Fact]
    public void Malformed_year_is_named() =>
        CliKjoering.Kjoer("trekkperiode", "--kravtype", "skatt", "--beslutningsdato", "2022-03-01", "--inntektsaar", "tjue")
            .SkalVaereUgyldig("--inntektsaar = 'tjue'", "UGYLDIG_AAR");

    [Fact]
    public void Unknown_option_is_a_parse_error() =>
        CliKjoering.Kjoer("trekkperiode", "--kravtype", "bot", "--beslutningsdato", "2024-01-10", "--ukjent").SkalVaereUgyldig("--ukjent");

    [Fact]
    public void Later_start_gives_only_the_rest_of_the_period()
    {
        // LG-2019-124144: decided 2024-01-10, starting 2024-07-01 → still ends 2 years from the decision, 2026-01-10.
        var svar = Json("trekkperiode", "--kravtype", "ordinaer", "--beslutningsdato", "2024-01-10", "--start", "2024-07-01");
        svar.GetProperty("fra").GetString().Should().Be("2024-07-01");
        svar.GetProperty("til").GetString().Should().Be("2026-01-10");
    }

    [Fact]
    public void Missing_required_option_is_a_parse_error() =>
        CliKjoering.Kjoer("trekkperiode", "--kravtype", "bot").SkalVaereUgyldig("--beslutningsdato");

    [Fact]
    public void Engine_validation_reaches_the_user_with_exit_2() =>
        CliKjoering.Kjoer("trekkperiode", "--kravtype", "skatt", "--beslutningsdato", "2022-03-01").Kode.Should().Be(2);
}
