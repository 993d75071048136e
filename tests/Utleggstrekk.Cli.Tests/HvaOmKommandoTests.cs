using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class HvaOmKommandoTests
{
    private static readonly string Spec = CliKjoering.Eksempel("enslig-spec-eksempel.json");

    [Fact]
    public void Several_variants_side_by_side_with_differences()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer(
            "hva-om", Spec,
            "--sett", "utgifter.boutgift=11000",
            "--sett", "regler.tak=utvidet;regler.takBegrunnelse=Konkret vurdering\\; høy inntekt",
            "--sett", "skyldner.forskuddstrekkPerMaaned=16000",
            "--sett", "husstand.barn[0]={\"foedselsdato\":\"2021-09-10\"}",
            "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("grunnlag").GetProperty("trekkPerMaaned").GetDecimal().Should().Be(11_276m);
        rot.GetProperty("satserVersjon").GetString().Should().StartWith("satser-");
        var v = rot.GetProperty("varianter").EnumerateArray().ToList();
        v.Select(x => x.GetProperty("sett").GetString()).Should().Equal(
            "utgifter.boutgift=11000", "regler.tak=utvidet;regler.takBegrunnelse=Konkret vurdering\\; høy inntekt", "skyldner.forskuddstrekkPerMaaned=16000", "husstand.barn[0]={\"foedselsdato\":\"2021-09-10\"}");

        // Rent 8 000 → 11 000: share 21 724, raw 30 000 − 21 724 = 8 276, room 14 000 → 8 276 (−3 000).
        Rad(v[0], 8276m, "Livsopphold", -3000m);

        // The 80 % ceiling changes nothing while livsopphold binds: 11 276, difference 0.
        Rad(v[1], 11_276m, "Livsopphold", 0m);

        // Forskuddstrekk 16 000: available 24 000, raw 24 000 − 18 724 = 5 276; room 24 000 − 16 000 = 8 000 → 5 276.
        Rad(v[2], 5276m, "Livsopphold", -6000m);

        // A child born 2021-09-10 (3 years on 2025-03-01): + barn_0_5 3 432 → share 22 156, raw 7 844.
        Rad(v[3], 7844m, "Livsopphold", -3432m);
    }

    [Fact]
    public void The_80_percent_ceiling_needs_a_reason_in_the_same_variant()
    {
        // SPEC §4: Utvidet is a caseworker's explicit choice with a reason; without one the variant is refused.
        var (kode, _, feil) = CliKjoering.Kjoer("hva-om", Spec, "--sett", "regler.tak=utvidet");
        kode.Should().Be(2);
        feil.Should().Contain("regler.takBegrunnelse").And.Contain("PAAKREVD").And.Contain("--sett regler.tak=utvidet");

        // With the reason in the same variant (assignments separated by ';') it is computed; the ceiling room grows
        // from 60 % to 80 % of 40 000 − 10 000 = 22 000, but livsopphold still binds at 11 276.
        var (kode2, ut, feil2) = CliKjoering.Kjoer("hva-om", Spec, "--sett", "regler.tak=utvidet;regler.takBegrunnelse=Konkret vurdering", "--json");
        kode2.Should().Be(0, feil2);
        var v = JsonDocument.Parse(ut).RootElement.GetProperty("varianter")[0];
        Rad(v, 11_276m, "Livsopphold", 0m);
    }

    [Theory]
    [InlineData("a=1", new[] { "a=1" })]
    [InlineData("a=1;b=2", new[] { "a=1", "b=2" })]
    [InlineData("a=x\\;y;b=2", new[] { "a=x;y", "b=2" })]
    public void A_variant_splits_into_assignments_at_unescaped_semicolons(string variant, string[] forventet) =>
        Utleggstrekk.Json.JsonSti.Tildelinger(variant).Should().Equal(forventet);

    [Fact]
    public void A_variant_without_rates_for_its_date_is_named()
    {
        // Livsopphold rates are known to 2026-06-30 (SPEC §3 staleness); the baseline is fine, the variant is not.
        var (kode, ut, feil) = CliKjoering.Kjoer("hva-om", Spec, "--sett", "beregningsdato=2026-07-01");
        kode.Should().Be(2);
        ut.Should().BeEmpty();
        feil.Should().Contain("(--sett beregningsdato=2026-07-01)").And.Contain("2026-07-01").And.Contain("mangler").And.NotContain("   at ");
    }

    [Fact]
    public void Table_output_lists_baseline_and_variants()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("hva-om", Spec, "--sett", "utgifter.boutgift=11000");
        kode.Should().Be(0);
        ut.Should().Contain("grunnlag").And.Contain("11 276").And.Contain("utgifter.boutgift=11000").And.Contain("8 276").And.Contain("-3 000");
    }

    [Fact]
    public void Output_is_deterministic()
    {
        string[] args = ["hva-om", Spec, "--sett", "utgifter.boutgift=11000", "--sett", "regler.tak=utvidet;regler.takBegrunnelse=x", "--json"];
        CliKjoering.Kjoer(args).Ut.Should().Be(CliKjoering.Kjoer(args).Ut);
    }

    [Theory]
    [InlineData("skyldner.brutto=50000", "skyldner.brutto", "UKJENT_FELT")]
    [InlineData("husstand.barn[3].foedselsdato=2020-01-01", "husstand.barn[3].foedselsdato", "UKJENT_STI")]
    [InlineData("utgifter.boutgift.x=1", "utgifter.boutgift.x", "UKJENT_STI")]
    [InlineData("utgifter.boutgift=-5", "utgifter.boutgift = '-5'", "UGYLDIG_BELOEP")]
    [InlineData("regler.tak=maks", "regler.tak = 'maks'", "normal, utvidet")]
    [InlineData("beregningsdato=2025-02-30", "beregningsdato = '2025-02-30'", "UGYLDIG_DATO")]
    [InlineData("utgifter.boutgift", "--sett = 'utgifter.boutgift'", "UGYLDIG_SETT")]
    public void Bad_variant_exits_2_naming_the_path(string sett, string forventet1, string forventet2) =>
        CliKjoering.Kjoer("hva-om", Spec, "--sett", "utgifter.boutgift=9000", "--sett", sett).SkalVaereUgyldig(forventet1, forventet2);

    [Fact]
    public void Sett_is_required() =>
        CliKjoering.Kjoer("hva-om", Spec).SkalVaereUgyldig("--sett");

    private static void Rad(JsonElement rad, decimal trekk, string begrensning, decimal differanse)
    {
        rad.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(trekk);
        rad.GetProperty("begrensning").GetString().Should().Be(begrensning);
        rad.GetProperty("differanse").GetDecimal().Should().Be(differanse);
        rad.GetProperty("trekkprosent").ValueKind.Should().Be(JsonValueKind.Number);
    }
}
