using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Innsyn;

/// <summary>
/// Hand-worked innsyn cases (forskrift 2025-07-09-1510 § 4 a–e). The trekk: class a bidragsgjeld B (6 000) and B2
/// (2 000), a løpende bidrag L (2 500/month), a bot D (class d, 3 000 + 150 accrued interest: the interest is a class-f
/// part at D's date 2024-02-01), F1 (class f, 10 000, 2024-01-01) and F2 (class f, 5 000 + 200 interest, 2024-03-01).
/// Class f order under tidsprioritet: F1, D's interest, F2.
/// </summary>
public class InnsynTests
{
    private static readonly LocalDate Dato = new(2025, 3, 1);

    private static Trekk Lag(Fordelingsregel regel = Fordelingsregel.Tidsprioritet, Trekkstatus status = Trekkstatus.Etablert, bool f2Bevart = false) => new()
    {
        Krav =
        [
            Krav("B", Artsprioritet.A, new LocalDate(2024, 1, 1), 6_000, "NAV"),
            Krav("B2", Artsprioritet.A, new LocalDate(2024, 5, 1), 2_000, "NAV2"),
            new Krav { Id = "L", Artsprioritet = Artsprioritet.A, Tidsprioritet = new LocalDate(2024, 1, 1), Sak = "NAV", PrioritetISak = 2, Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraKroner(2_500) },
            Krav("D", Artsprioritet.D, new LocalDate(2024, 2, 1), 3_000, "BOT", paaloept: 150),
            Krav("F1", Artsprioritet.F, new LocalDate(2024, 1, 1), 10_000, "INK1"),
            Krav("F2", Artsprioritet.F, new LocalDate(2024, 3, 1), 5_000, "INK2", paaloept: 200, bevart: f2Bevart),
        ],
        Parter =
        [
            new Kravparter(Org(0), null),
            new Kravparter(Org(1), null),
            new Kravparter(Org(0), null),
            new Kravparter(Org(3), null),
            new Kravparter(Org(4), Org(5)),
            new Kravparter(Org(2), null),
        ],
        Regel = regel,
        Status = status,
        Trekkpaalegg =
        [
            new Trekkpaalegg(Org(6), new LocalDate(2024, 6, 1), new LocalDate(2025, 3, 1), Beloep.FraKroner(5_000), null),
            new Trekkpaalegg(Org(6), new LocalDate(2025, 3, 1), null, Beloep.FraKroner(6_000), null),
            new Trekkpaalegg(Org(7), new LocalDate(2025, 4, 1), new LocalDate(2025, 10, 1), null, Prosent.FraHeleProsent(10)),
            new Trekkpaalegg(Org(7), new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 2), null, Prosent.FraHeleProsent(5)),
        ],
        Mottatt =
        [
            new Mottak(new LocalDate(2025, 1, 31), Beloep.FraKroner(5_000)),
            new Mottak(new LocalDate(2025, 3, 1), Beloep.FraKroner(6_000)),
            new Mottak(new LocalDate(2025, 2, 1), Beloep.FraKroner(5_000)),
            new Mottak(new LocalDate(2025, 3, 2), Beloep.FraKroner(6_000)),
        ],
    };

    private static Innsynsaggregater Aggregater(Trekk trekk, string id, int som)
    {
        var forberedt = ForberedtTrekk.Forbered(trekk, Dato, Rentetabell);
        forberedt.Aggregater(id, Org(som), out var a).Should().Be(Innsynsavslag.Ingen);
        return a;
    }

    [Fact]
    public void A_class_f_claim_sees_every_better_class_and_the_earlier_class_f_parts_including_interest_of_a_class_d_claim()
    {
        var a = Aggregater(Lag(), "F2", 2);
        a.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(6_000 + 2_000 + 3_000 + 10_000 + 150));
        a.SumSammePrioritet.Should().Be(Beloep.Null);
        a.KravetsDividendegrunnlag.Should().Be(Beloep.FraKroner(5_200));
        // F1 (2024-01-01) and D's interest (2024-02-01) are F2's (a) set in class f; the first money after them is F2's
        // alone (nothing else of class f is left beside it): 5 200 / 5 200 = 100 %.
        a.KravetsAndel.Should().Be(Prosent.FraHeleProsent(100));
        a.MaanedligBidragsforpliktelse.Should().Be(Beloep.FraKroner(2_500));
    }

    [Fact]
    public void The_prosessfullmektig_sees_the_claims_of_the_same_class_behind_it_and_the_share()
    {
        var a = Aggregater(Lag(), "F1", 5);
        a.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(11_000));
        a.SumSammePrioritet.Should().Be(Beloep.FraKroner(150 + 5_200));
        a.AndreKravsDividendegrunnlag.Should().Be(Beloep.FraKroner(5_350));
        a.KravetsDividendegrunnlag.Should().Be(Beloep.FraKroner(10_000));
        // F1 is first in class f (2024-01-01): the class's first money is all its own, whatever comes behind it.
        a.KravetsAndel.Should().Be(Prosent.FraHeleProsent(100));
    }

    [Fact]
    public void A_class_a_claim_shares_pro_rata_so_nothing_of_its_class_is_ahead_of_it()
    {
        var a = Aggregater(Lag(), "B2", 1);
        a.SumHoeyerePrioritet.Should().Be(Beloep.Null);
        // Class a weighs each bidrag by its size: B 6 000, L 2 500 (the amount due this period), B2 2 000.
        a.SumSammePrioritet.Should().Be(Beloep.FraKroner(6_000 + 2_500));
        a.KravetsDividendegrunnlag.Should().Be(Beloep.FraKroner(2_000));
        a.KravetsAndel.Should().Be(Prosent.FraHundredeler(1905)); // 2 000 / 10 500 = 19.0476 %
    }

    [Fact]
    public void A_class_d_claims_own_interest_is_its_own_but_not_in_its_class_sum()
    {
        var a = Aggregater(Lag(), "D", 3);
        a.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(8_000));
        a.SumSammePrioritet.Should().Be(Beloep.Null);

        // Its 150 interest is a class-f part (pkt. 6.1): not in its own class-d basis.
        a.KravetsDividendegrunnlag.Should().Be(Beloep.FraKroner(3_000));
        a.KravetsAndel.Should().Be(Prosent.FraHeleProsent(100));
    }

    [Fact]
    public void Under_samordnet_a_preserved_time_priority_comes_first_and_the_rest_share()
    {
        var a = Aggregater(Lag(Fordelingsregel.Samordnet, f2Bevart: true), "F1", 4);
        a.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(11_000 + 5_200));
        a.SumSammePrioritet.Should().Be(Beloep.FraKroner(150));
        // F2 (preserved priority) is in F1's (a) set; after it F1 shares pro rata with D's interest part (150, class f,
        // pkt. 6.1): 10 000 / (10 000 + 150) = 98.522 % -> 98.52 %, and the interest part the rest, 1.48 %.
        a.KravetsAndel.Should().Be(Prosent.FraHundredeler(9852));
        var forberedt = ForberedtTrekk.Forbered(Lag(Fordelingsregel.Samordnet, f2Bevart: true), Dato, Rentetabell);
        forberedt.RenteAndel(forberedt.Finn("D")).Should().Be(Prosent.FraHundredeler(148));

        var f2 = Aggregater(Lag(Fordelingsregel.Samordnet, f2Bevart: true), "F2", 2);
        f2.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(11_000));
        f2.SumSammePrioritet.Should().Be(Beloep.FraKroner(10_150));
        f2.KravetsAndel.Should().Be(Prosent.FraHeleProsent(100));
    }

    [Fact]
    public void Claims_of_the_same_date_in_other_saker_share_so_they_are_in_b_but_the_earlier_claim_of_the_own_sak_is_in_a()
    {
        // Class f, all 2024-05-01: sak S1 has X1 (prioritetISak 1, 1 000) and X2 (2, 2 000); sak S2 has Y (4 000).
        // The saker share pro rata (deknl. § 2-8 third ledd: no "first" on one day); inside S1, X1 is covered before X2.
        var dag = new LocalDate(2024, 5, 1);
        var trekk = new Trekk
        {
            Krav =
            [
                Krav("X1", Artsprioritet.F, dag, 1_000, "S1"),
                Krav("X2", Artsprioritet.F, dag, 2_000, "S1") with { PrioritetISak = 2 },
                Krav("Y", Artsprioritet.F, dag, 4_000, "S2"),
                Krav("E", Artsprioritet.E, new LocalDate(2024, 9, 1), 500, "S3"),
            ],
            Parter = Parter(4),
        };
        var x2 = Aggregater(trekk, "X2", 0);
        x2.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(500 + 1_000));
        x2.SumSammePrioritet.Should().Be(Beloep.FraKroner(4_000));
        var y = Aggregater(trekk, "Y", 0);
        y.SumHoeyerePrioritet.Should().Be(Beloep.FraKroner(500));
        y.SumSammePrioritet.Should().Be(Beloep.FraKroner(3_000));
        y.KravetsAndel.Should().Be(Prosent.FraHundredeler(5714)); // 4 000 / 7 000 = 57.142 %
    }

    [Fact]
    public void Stipulated_interest_runs_from_renteFra_to_the_date_on_top_of_accrued_interest()
    {
        // 10 000 kr at 12 % from 2025-01-01 to 2025-03-01: 10 000 × 0.12 × 59 / 365 = 193.97; plus 50 accrued.
        var trekk = new Trekk
        {
            Krav =
            [
                Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 10_000, rente: Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(12), new LocalDate(2025, 1, 1)), paaloept: 50),
                Krav("Y", Artsprioritet.F, new LocalDate(2024, 2, 1), 1_000),
            ],
            Parter = Parter(2),
        };
        var a = Aggregater(trekk, "Y", 0);
        a.SumHoeyerePrioritet.Should().Be(Beloep.FraDesimal(10_243.97m));
    }

    [Fact]
    public void Interest_stipulated_past_the_table_is_flagged_antatt()
    {
        var trekk = new Trekk
        {
            Krav = [Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 10_000, rente: Rentevilkaar.MedForsinkelsesrente(new LocalDate(2025, 1, 1)))],
            Parter = Parter(1),
        };
        ForberedtTrekk.Forbered(trekk, new LocalDate(2025, 3, 1), Rentetabell).Antatt.Should().BeFalse();
        ForberedtTrekk.Forbered(trekk, new LocalDate(2026, 3, 1), Rentetabell).Antatt.Should().BeFalse("12.00 % is known for the first half of 2026");
        ForberedtTrekk.Forbered(trekk, new LocalDate(2026, 9, 1), Rentetabell).Antatt.Should().BeTrue();
    }

    [Fact]
    public void Refusals_have_their_own_codes_and_a_stranger_learns_nothing_about_the_status()
    {
        var forberedt = ForberedtTrekk.Forbered(Lag(), Dato, Rentetabell);
        forberedt.Aggregater("ZZ", Org(2), out _).Should().Be(Innsynsavslag.UkjentKrav);
        forberedt.Aggregater("F1", Org(2), out var ingenting).Should().Be(Innsynsavslag.IkkePart);
        ingenting.Should().Be(default(Innsynsaggregater));
        forberedt.Aggregater("f1", Org(4), out _).Should().Be(Innsynsavslag.UkjentKrav, "ids are compared ordinally");

        var avsluttet = ForberedtTrekk.Forbered(Lag(status: Trekkstatus.Avsluttet), Dato, Rentetabell);
        avsluttet.Aggregater("F1", Org(4), out _).Should().Be(Innsynsavslag.TrekkAvsluttet);
        avsluttet.Aggregater("F1", Org(2), out _).Should().Be(Innsynsavslag.IkkePart);

        new[] { Innsynsavslag.UkjentKrav, Innsynsavslag.IkkePart, Innsynsavslag.TrekkAvsluttet }
            .Select(Innsynsavslagskoder.Kode).Should().OnlyHaveUniqueItems().And.AllSatisfy(k => k.Should().StartWith("INNSYN_"));
        avsluttet.Svar("F1", Org(4)).Mottatt.Should().BeEmpty();
    }

    [Fact]
    public void Receipts_are_those_from_one_month_back_to_the_date_both_inclusive_by_date()
    {
        var svar = ForberedtTrekk.Forbered(Lag(), Dato, Rentetabell).Svar("F1", Org(4));
        svar.MottattFra.Should().Be(new LocalDate(2025, 2, 1));
        svar.Mottatt.Should().Equal(new Mottak(new LocalDate(2025, 2, 1), Beloep.FraKroner(5_000)), new Mottak(new LocalDate(2025, 3, 1), Beloep.FraKroner(6_000)));
    }

    [Fact]
    public void The_decided_trekk_is_what_is_in_force_on_the_date_or_later_per_trekkpliktig()
    {
        var svar = ForberedtTrekk.Forbered(Lag(), Dato, Rentetabell).Svar("F1", Org(4));
        svar.BesluttetTrekk.Select(b => b.Trekkpliktig).Should().Equal(Org(6), Org(7));
        svar.BesluttetTrekk[0].Perioder.Should().ContainSingle().Which.Beloep.Should().Be(Beloep.FraKroner(6_000));
        svar.BesluttetTrekk[1].Perioder.Select(p => p.Fra).Should().Equal(new LocalDate(2025, 2, 1), new LocalDate(2025, 4, 1));
    }

    [Fact]
    public void The_batch_gives_the_same_aggregates_as_one_call_per_krav()
    {
        var trekk = Stort(60);
        var forberedt = ForberedtTrekk.Forbered(trekk, Dato, Rentetabell);
        var alle = new Innsynsaggregater[trekk.Krav.Length];
        forberedt.AlleAggregater(alle);
        for (var i = 0; i < alle.Length; i++)
        {
            alle[i].Should().Be(forberedt.AggregaterFor(i));
        }
    }

    [Fact]
    public void Aggregates_for_one_krav_among_100_allocate_nothing()
    {
        var trekk = Stort(100);
        var forberedt = ForberedtTrekk.Forbered(trekk, Dato, Rentetabell);
        var ider = trekk.Krav.Select(k => k.Id).ToArray();
        var parter = Enumerable.Range(0, ider.Length).Select(trekk.ParterFor).ToArray();
        long sum = 0;
        for (var i = 0; i < 1_000; i++)
        {
            forberedt.Aggregater(ider[i % ider.Length], parter[i % ider.Length].Saksoeker!.Value, out var a);
            sum += a.SumHoeyerePrioritet.Oere;
        }

        var foer = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            forberedt.Aggregater(ider[i % ider.Length], parter[i % ider.Length].Saksoeker!.Value, out var a);
            sum += a.SumHoeyerePrioritet.Oere;
        }

        (GC.GetAllocatedBytesForCurrentThread() - foer).Should().Be(0);
        sum.Should().BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData("974760673", true)]
    [InlineData("974761076", true)]
    [InlineData("974761077", false)]
    [InlineData("97476107", false)]
    [InlineData("9747610760", false)]
    [InlineData("97476107a", false)]
    [InlineData("000000000", true)]
    public void Organisation_numbers_are_mod11_checked(string tekst, bool gyldig)
    {
        Organisasjonsnummer.TryLes(tekst, out var orgnr).Should().Be(gyldig);
        if (gyldig)
        {
            orgnr.ToString().Should().Be(tekst);
        }
        else
        {
            var feil = () => Organisasjonsnummer.Les(tekst, "krav[0].saksoeker");
            feil.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_ORGNR");
        }
    }

    [Fact]
    public void A_check_digit_of_ten_makes_the_number_invalid()
    {
        // 1·3 + 4·2 = 11: remainder 0 gives check digit 0.
        Organisasjonsnummer.TryLes("100000040", out _).Should().BeTrue();

        // 4·3 = 12: remainder 1 would need check digit 10, so no number with these first eight digits is valid.
        Organisasjonsnummer.TryLes("400000000", out _).Should().BeFalse();
        Organisasjonsnummer.TryLes("400000001", out _).Should().BeFalse();
    }
}
