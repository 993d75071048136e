using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Elan.Tests;

/// <summary>The rentekontroll computes each interest line exactly as the <c>rente</c> command does.</summary>
public class RentekontrollTests
{
    private static void AgreesWithRente(Renteledd ledd, Prosent? sats)
    {
        var args = new List<string>
        {
            "rente", "--beloep", ledd.Grunnlag.ToString(), "--fra", ledd.Fra.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            "--til", ledd.Til.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), "--json",
        };
        if (sats is { } s)
        {
            args.AddRange(["--sats", s.ToString()]);
        }

        var (kode, ut, feil) = Felles.Kjoer([.. args]);
        kode.Should().Be(0, feil);
        using var dok = JsonDocument.Parse(ut);
        dok.RootElement.GetProperty("rente").GetDecimal().Should().Be(ledd.Rente.Kroner, string.Join(' ', args));
        dok.RootElement.GetProperty("antatt").GetBoolean().Should().Be(ledd.Antatt);
        dok.RootElement.GetProperty("avledet").GetBoolean().Should().Be(ledd.Avledet);
    }

    [Fact]
    public void The_v1_example_is_two_lines_split_at_the_payment_each_as_rente_computes_it()
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data("begjaering-v1.json")));
        var k = r.Rentekontroll.Should().ContainSingle().Subject;
        k.Status.Should().Be("lavere");
        k.Krevd.Should().Be(Beloep.FraOere(23_224));
        k.Ledd.Select(l => (l.Grunnlag, l.Fra, l.Til)).Should().Equal(
            (Beloep.FraOere(1_246_914), new NodaTime.LocalDate(2025, 2, 24), new NodaTime.LocalDate(2025, 3, 8)),
            (Beloep.FraOere(1_200_014), new NodaTime.LocalDate(2025, 3, 8), new NodaTime.LocalDate(2025, 9, 22)));
        k.Beregnet.Should().Be(k.Ledd[0].Rente + k.Ledd[1].Rente);
        foreach (var l in k.Ledd)
        {
            AgreesWithRente(l, null);
        }

        r.Informasjon.Should().Contain(i => i.Kode == "RENTEKONTROLL_LAVERE" && i.Melding.Contains("232,24") && i.Melding.Contains(k.Beregnet.ToString().Replace('.', ',')));
    }

    private static JsonObject MedRente(string fra, string til, decimal grunnlag, decimal krevd, decimal? avtalt = null)
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        var r = dok["kravTilInnkreving"]![1]!.AsObject();
        r["rentekrav"] = new JsonObject
        {
            ["rentePeriode"] = new JsonObject { ["startdato"] = fra, ["sluttdato"] = til },
            ["renteGrunnlag"] = new JsonObject { ["beloep"] = grunnlag },
        };
        if (avtalt is { } a)
        {
            r["rentekrav"]!["beregnetMedAvtaltRentesats"] = a;
        }
        else
        {
            r["rentekrav"]!["beregnetMedForsinkelsesrente"] = true;
        }

        r["opprinneligBeloep"]!["beloep"] = krevd;
        return dok;
    }

    [Fact]
    public void The_spec_example_matches_to_the_oere_and_one_oere_more_exceeds_with_both_figures()
    {
        // SPEC § 5: 10 000 kr from 2024-06-15 to 2024-06-27 at 12.50 % = 40.98 kr.
        var lik = Felles.Sjekk(MedRente("2024-06-15", "2024-06-27", 10_000m, 40.98m));
        lik.Rentekontroll.Single().Status.Should().Be("lik");
        lik.Avvik.Should().BeEmpty();
        lik.Informasjon.Should().Contain(i => i.Kode == "RENTEKONTROLL_LIK");

        var over = Felles.Sjekk(MedRente("2024-06-15", "2024-06-27", 10_000m, 40.99m));
        var a = over.Avvik.Should().ContainSingle().Subject;
        a.Kode.Should().Be(Elankoder.RenteOverstiger);
        a.Melding.Should().Contain("krevd 40,99 kr").And.Contain("beregnet 40,98 kr").And.Contain("Differanse 0,01 kr");
        a.Verdi.Should().Be("40.99");
        over.Rentekontroll.Single().Should().Match<Rentekontrollresultat>(k => k.Status == "overstiger" && k.Beregnet == Beloep.FraOere(4098));
    }

    [Fact]
    public void An_agreed_rate_is_used_when_the_claim_says_so()
    {
        var r = Felles.Sjekk(MedRente("2024-01-01", "2025-01-01", 1_000m, 200m, 21.99m));
        var k = r.Rentekontroll.Single();
        k.Rentetype.Should().Be("avtalt");
        k.Beregnet.Should().Be(Beloep.FraOere(21_990));
        k.Status.Should().Be("lavere");
        AgreesWithRente(k.Ledd.Single(), k.AvtaltSats);
    }

    [Fact]
    public void Past_the_tables_end_the_rate_is_antatt_never_an_error()
    {
        var r = Felles.Sjekk(MedRente("2040-01-01", "2040-03-01", 1_000m, 1m));
        r.Avvik.Should().BeEmpty();
        var k = r.Rentekontroll.Single();
        k.Antatt.Should().BeTrue();
        k.Status.Should().Be("lavere");
        r.Informasjon.Should().Contain(i => i.Kode == "RENTEKONTROLL_LAVERE" && i.Melding.Contains("antatt"));
    }

    [Theory]
    [InlineData("2025-07-01", "2025-10-01", true)]
    [InlineData("2026-01-01", "2026-05-01", false)]
    public void A_derived_rate_is_flagged_in_the_result_the_json_and_the_table(string fra, string til, bool avledet)
    {
        // 2025-07-01 – 2025-12-31 is Norges Bank's policy rate + 8 pp (kildegrad avledet); 2026-01-01 – 2026-06-30 is the
        // published 12.00 % (kildegrad sekundaer).
        var dok = MedRente(fra, til, 10_000m, 1m);
        var r = Felles.Sjekk(dok);
        var k = r.Rentekontroll.Single();
        k.Status.Should().Be("lavere");
        k.Avledet.Should().Be(avledet);
        k.Antatt.Should().BeFalse();
        foreach (var l in k.Ledd)
        {
            AgreesWithRente(l, null);
        }

        r.Informasjon.Single(i => i.Kode == "RENTEKONTROLL_LAVERE").Melding.Contains("avledet", StringComparison.Ordinal).Should().Be(avledet);

        var fil = Felles.Midlertidig(dok.ToJsonString());
        var (kode, ut, feil) = Felles.Kjoer("elan", "sjekk", fil, "--json");
        kode.Should().Be(0, feil);
        using var json = JsonDocument.Parse(ut);
        var kontroll = json.RootElement.GetProperty("rentekontroll")[0];
        kontroll.GetProperty("avledet").GetBoolean().Should().Be(avledet);
        kontroll.GetProperty("ledd")[0].GetProperty("avledet").GetBoolean().Should().Be(avledet);

        var tabell = Felles.Kjoer("elan", "sjekk", fil);
        tabell.Kode.Should().Be(0, tabell.Feil);
        const string merk = "MERK: beregningen bruker avledede satser, ikke kunngjorte: forsinkelsesrente";
        if (avledet)
        {
            tabell.Ut.Should().Contain(merk).And.Contain("sats avledet, ikke kunngjort");
        }
        else
        {
            tabell.Ut.Should().NotContain("avledede").And.NotContain("sats avledet");
        }
    }

    [Fact]
    public void A_claim_without_basis_is_reported_as_not_checked()
    {
        var dok = MedRente("2024-01-01", "2024-02-01", 1_000m, 1m);
        dok["kravTilInnkreving"]![1]!["rentekrav"]!.AsObject().Remove("renteGrunnlag");
        var r = Felles.Sjekk(dok);
        r.Avvik.Should().BeEmpty();
        r.Rentekontroll.Single().Status.Should().Be("ikkeKontrollert");
        r.Informasjon.Should().Contain(i => i.Kode == "RENTEKONTROLL_IKKE_MULIG" && i.Melding.Contains("renteGrunnlag"));
    }

    [Property(MaxTest = 25)]
    public Property Every_interest_line_agrees_with_rente() =>
        Prop.ForAll(
            Gen.Choose(0, 5_000).ToArbitrary(),
            Gen.Choose(0, 1_000).ToArbitrary(),
            Gen.Choose(0, 100_000_000).ToArbitrary(),
            (start, lengde, oere) =>
            {
                var fra = new NodaTime.LocalDate(2012, 1, 1).PlusDays(start);
                var dok = MedRente(fra.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), fra.PlusDays(lengde).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), oere / 100m, 0m);
                dok["kravTilInnkreving"]![0]!["innbetaling"] = new JsonArray(new JsonObject
                {
                    ["bokfoertDato"] = fra.PlusDays(lengde / 2).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    ["beloep"] = new JsonObject { ["beloep"] = oere / 300m == decimal.Round(oere / 300m, 2) ? oere / 300m : 1m },
                });
                var k = Felles.Sjekk(dok).Rentekontroll.Single();
                k.Beregnet.Should().Be(k.Ledd.Aggregate(Beloep.Null, (s, l) => s + l.Rente));
                foreach (var l in k.Ledd)
                {
                    AgreesWithRente(l, null);
                }
            });
}
