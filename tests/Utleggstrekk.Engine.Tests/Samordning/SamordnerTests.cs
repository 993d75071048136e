using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Samordning;
using Utleggstrekk.Reference.Samordning;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Samordning;

public class SamordnerTests
{
    private static Samordningstrekk T(string id, Artsprioritet art, string dato, decimal kroner) =>
        new(id, art, LocalDate.FromDateTime(DateTime.Parse(dato, System.Globalization.CultureInfo.InvariantCulture)), Beloep.FraDesimal(kroner));

    // docs/eksempler/samordne.json (input order kept).
    private static readonly Samordningstrekk[] Eksempel =
    [
        T("inkasso-1", Artsprioritet.F, "2024-02-01", 4_000),
        T("skatt-3", Artsprioritet.E, "2024-05-10", 1_000),
        T("skatt-2", Artsprioritet.E, "2024-05-10", 1_000),
        T("skatt-1", Artsprioritet.E, "2024-05-10", 1_000),
        T("bot-1", Artsprioritet.D, "2025-01-15", 2_500),
        T("bidrag-2", Artsprioritet.A, "2025-03-01", 1_000),
        T("bidrag-1", Artsprioritet.A, "2023-01-01", 2_000),
    ];

    private static (decimal[] Nytt, decimal Uutnyttet) Samordne(decimal trekkevne, Samordningstrekk[] trekk)
    {
        var nytt = new Beloep[trekk.Length];
        var uutnyttet = Samordner.Samordne(Beloep.FraDesimal(trekkevne), trekk, nytt);
        return ([.. nytt.Select(b => b.Kroner)], uutnyttet.Kroner);
    }

    [Fact]
    public void Hand_worked_capacity_6500_lowers_the_three_equal_tax_trekk_and_the_ordinary_one()
    {
        // a: 2 000 + 1 000 = 3 000 ≤ 6 500 → 3 500 left; d: 2 500 → 1 000 left; e (same date): 3 000 > 1 000 →
        // 1 000 × 1 000 / 3 000 = 333.333… each: 333.33 each and 1 øre left, the three remainders equal and the dates
        // equal, so it goes to the lowest id, skatt-1; f: nothing left.
        var (nytt, uutnyttet) = Samordne(6_500, Eksempel);
        nytt.Should().Equal(0m, 333.33m, 333.33m, 333.34m, 2_500m, 1_000m, 2_000m);
        uutnyttet.Should().Be(0m);
    }

    [Fact]
    public void Hand_worked_capacity_2400_shares_class_a_pro_rata_whatever_the_date()
    {
        // deknl. § 2-8 third ledd last sentence: 2 400 × 2 000 / 3 000 = 1 600 and 2 400 × 1 000 / 3 000 = 800, although
        // bidrag-1 is two years older; nothing for d, e, f.
        var (nytt, _) = Samordne(2_400, Eksempel);
        nytt.Should().Equal(0m, 0m, 0m, 0m, 0m, 800m, 1_600m);
    }

    [Fact]
    public void Within_classes_b_to_f_the_earlier_trekk_is_covered_in_full_first()
    {
        Samordningstrekk[] trekk = [T("ny", Artsprioritet.F, "2025-06-01", 3_000), T("gammel", Artsprioritet.F, "2024-01-01", 3_000)];
        Samordne(4_000, trekk).Nytt.Should().Equal(1_000m, 3_000m);
    }

    [Fact]
    public void A_new_trekk_of_better_class_lowers_an_earlier_one_and_enough_capacity_leaves_all_unchanged()
    {
        Samordningstrekk[] trekk = [T("inkasso", Artsprioritet.F, "2024-01-01", 5_000), T("skatt", Artsprioritet.E, "2025-05-01", 3_000)];
        Samordne(6_000, trekk).Nytt.Should().Equal(3_000m, 3_000m);
        Samordner.EndringFor(Beloep.FraKroner(5_000), Beloep.FraKroner(3_000)).Should().Be(Endring.Senkes);
        var (alle, uutnyttet) = Samordne(9_000, trekk);
        alle.Should().Equal(5_000m, 3_000m);
        uutnyttet.Should().Be(1_000m);
        Samordner.EndringFor(Beloep.FraKroner(5_000), Beloep.FraKroner(5_000)).Should().Be(Endring.Uendret);
    }

    [Fact]
    public void The_largest_remainder_wins_before_the_tie_break()
    {
        // 100 kr over 300 + 200 + 100 (same class and date): exact 50, 33.333…, 16.666… → 50.00, 33.33, 16.66 and
        // 1 øre to the largest remainder (16.666…: remainder 0.666… beats 0.333…), although its id is the highest.
        Samordningstrekk[] trekk = [T("a", Artsprioritet.E, "2025-01-01", 300), T("b", Artsprioritet.E, "2025-01-01", 200), T("c", Artsprioritet.E, "2025-01-01", 100)];
        Samordne(100, trekk).Nytt.Should().Equal(50m, 33.33m, 16.67m);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_field()
    {
        Samordningstrekk[] dobbel = [T("x", Artsprioritet.F, "2025-01-01", 1), T("x", Artsprioritet.E, "2025-01-01", 1)];
        var handling = () => Samordne(10, dobbel);
        handling.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Should().Match<Valideringsfeil>(f => f.Felt == "trekk[1].id" && f.Regel == "DUPLIKAT_ID");
        Samordningstrekk[] negativ = [new("y", Artsprioritet.F, new LocalDate(2025, 1, 1), Beloep.FraOere(-1))];
        var negativHandling = () => Samordne(10, negativ);
        negativHandling.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("trekk[0].beloepPerMaaned");
        var trekkevne = () => Samordner.Samordne(Beloep.FraOere(-100), [], []);
        trekkevne.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("trekkevne");
    }

    [Fact]
    public void Samordning_allocates_nothing_on_the_stack_path_nor_with_a_rented_buffer()
    {
        var nytt = new Beloep[Eksempel.Length];
        var mange = Enumerable.Range(0, Samordner.MaksPaaStakken + 44)
            .Select(i => T("t" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), (Artsprioritet)(1 + (i % 6)), "2025-01-01", 100 + (i % 7))).ToArray();
        var nyttMange = new Beloep[mange.Length];
        Samordner.Samordne(Beloep.FraKroner(6_500), Eksempel, nytt);
        Samordner.Samordne(Beloep.FraKroner(20_000), mange, nyttMange);
        Allokering.Minst(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                Samordner.Samordne(Beloep.FraKroner(6_500 - i), Eksempel, nytt);
                Samordner.Samordne(Beloep.FraKroner(20_000 - i), mange, nyttMange);
            }
        }).Should().Be(0);
    }

    public sealed record Tilfelle(Samordningstrekk[] Trekk, Beloep Trekkevne, int[] Permutasjon)
    {
        public override string ToString() =>
            $"trekkevne {Trekkevne}: " + string.Join("; ", Trekk.Select(t => $"{t.Id} {t.Artsprioritet} {t.Tidsprioritet:uuuu-MM-dd} {t.BeloepPerMaaned}"));
    }

    private static Arbitrary<Tilfelle> Tilfeller() =>
        (from antall in Gen.Choose(0, 9)
         from deler in Gen.ArrayOf(
             from art in Gen.Elements(1, 1, 2, 5, 6, 6)
             from dag in Gen.Choose(0, 2)
             from oere in Gen.Elements(0L, 1, 3, 100, 100, 333).Or(Gen.Choose(0, 1_000_000).Select(x => (long)x))
             select (art, dag, oere), antall)
         from trekkevne in Gen.Choose(0, 2_000_000)
         from noekler in Gen.ArrayOf(Gen.Choose(0, 1_000_000), antall)
         let trekk = deler.Select((d, i) => new Samordningstrekk("T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (Artsprioritet)d.art, new LocalDate(2024, 1, 1).PlusDays(d.dag * 40), Beloep.FraOere(d.oere))).ToArray()
         select new Tilfelle(trekk, Beloep.FraOere(trekkevne), [.. Enumerable.Range(0, antall).OrderBy(i => noekler[i]).ThenBy(i => i)])).ToArbitrary();

    [Property(MaxTest = 1_000)]
    public Property The_engine_agrees_with_the_reference_and_keeps_the_invariants() => Prop.ForAll(Tilfeller(), t =>
    {
        var nytt = new Beloep[t.Trekk.Length];
        var uutnyttet = Samordner.Samordne(t.Trekkevne, t.Trekk, nytt);
        var (refNytt, refUutnyttet) = ReferanseSamordning.Samordne(t.Trekkevne.Kroner, t.Trekk);
        var sum = nytt.Sum(b => b.Oere);
        var behov = t.Trekk.Sum(x => x.BeloepPerMaaned.Oere);

        // Input order changes nothing.
        var permutert = t.Permutasjon.Select(i => t.Trekk[i]).ToArray();
        var nyttPermutert = new Beloep[permutert.Length];
        Samordner.Samordne(t.Trekkevne, permutert, nyttPermutert);

        // No trekk of worse priority gets anything while a better one is short.
        var rekkefoelgeHolder = t.Trekk.Select((x, i) => (x, i)).All(a => nytt[a.i] == a.x.BeloepPerMaaned
            || t.Trekk.Select((y, j) => (y, j)).All(b => Samordner.Prioritet(a.x, b.y) >= 0 || nytt[b.j].ErNull));

        // Handed out + unused = the capacity; when the capacity covers every trekk, each keeps its amount.
        var bevart = sum + uutnyttet.Oere == t.Trekkevne.Oere && (behov > t.Trekkevne.Oere || sum == behov);
        return nytt.Select(b => b.Kroner).SequenceEqual(refNytt)
            && uutnyttet.Kroner == refUutnyttet
            && bevart
            && t.Trekk.Select((x, i) => nytt[i] <= x.BeloepPerMaaned && !nytt[i].ErNegativt).All(b => b)
            && t.Permutasjon.Select((i, k) => nyttPermutert[k] == nytt[i]).All(b => b)
            && rekkefoelgeHolder;
    });
}
