using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Reference.Prioritet;

namespace Utleggstrekk.Tests.Prioritet;

public class FordelingEgenskaperTests
{
    /// <summary>A generated distribution case.</summary>
    public sealed record Tilfelle(Krav[] Krav, Beloep Betaling, Fordelingsregel Regel, int[] Permutasjon)
    {
        public override string ToString() =>
            $"{Regel}, betaling {Betaling}: " + string.Join("; ", Krav.Select(k =>
                $"{k.Id} {k.Artsprioritet} {k.Tidsprioritet:uuuu-MM-dd} {k.Sak}/{k.PrioritetISak} {k.Kravtype} behov {k.Behov}{(k.BevartTidsprioritet ? " bevart" : string.Empty)}"));
    }

    private static readonly LocalDate Start = new(2023, 1, 1);

    /// <summary>One claim; few dates, cases and amounts (classes a and f weighted up) so ties and equal remainders are common.</summary>
    private static Gen<Func<string, Krav>> EttKrav() =>
        from art in Gen.Elements(1, 1, 2, 3, 4, 5, 6, 6)
        from dag in Gen.Choose(0, 4)
        from sak in Gen.Choose(1, 3)
        from prio in Gen.Choose(1, 3)
        from beloep in Gen.Elements(0, 1, 3, 100, 100, 100, 333, 1_000).Or(Gen.Choose(0, 2_000_000))
        from rente in Gen.Elements(0, 0, 0, 7, 5_000)
        from bevart in Gen.Elements(true, false)
        from loepende in Gen.Elements(true, false)
        select (Func<string, Krav>)(id => Lag(id, (Artsprioritet)art, Start.PlusDays(dag * 30), sak, prio, beloep, rente, bevart, loepende));

    private static Krav Lag(string id, Artsprioritet art, LocalDate dato, int sak, int prio, int beloep, int rente, bool bevart, bool loepende)
    {
        var erA = art == Artsprioritet.A;
        var type = erA ? (loepende ? Kravtype.LoependeBidrag : Kravtype.Bidragsgjeld) : (Kravtype)(1 + (prio % 4));
        return new Krav
        {
            Id = id,
            Artsprioritet = art,
            Tidsprioritet = dato,
            Sak = "S" + sak.ToString(CultureInfo.InvariantCulture),
            PrioritetISak = prio,
            Kravtype = type,
            Gjenstaaende = Beloep.FraOere(beloep),
            MaanedligBeloep = type == Kravtype.LoependeBidrag ? Beloep.FraOere(Math.Max(1, beloep)) : Beloep.Null,
            PaaloeptRente = type == Kravtype.LoependeBidrag ? Beloep.Null : Beloep.FraOere(rente),
            BevartTidsprioritet = bevart,
        };
    }

    private static Arbitrary<Tilfelle> Tilfeller(Fordelingsregel? fast = null) =>
        (from n in Gen.Choose(0, 24)
         from lagere in EttKrav().ArrayOf(n)
         from idRekke in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
         from andel in Gen.Elements(0, 1, 500, 999, 1_000, 1_001, 2_000).Or(Gen.Choose(0, 1_300))
         from ekstra in Gen.Choose(0, 3)
         from regel in fast is { } f ? Gen.Constant(f) : Gen.Elements(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)
         from perm in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
         let krav = lagere.Select((lag, i) => lag("K" + idRekke[i].ToString(CultureInfo.InvariantCulture))).ToArray()
         let sum = krav.Sum(k => k.Behov.Oere)
         select new Tilfelle(krav, Beloep.FraOere((sum * andel / 1_000) + ekstra), regel, perm)).ToArbitrary();

    private static Beloep[] Fordel(Tilfelle t, out Beloep overskudd)
    {
        var plan = Fordeler.Planlegg(t.Krav, t.Regel);
        var andeler = new Beloep[t.Krav.Length];
        Fordeler.Fordel(plan, t.Betaling, andeler, out overskudd);
        return andeler;
    }

    [Property(MaxTest = 300)]
    public Property Handed_out_plus_surplus_is_the_payment() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var andeler = Fordel(t, out var overskudd);
            return andeler.Sum(a => a.Oere) + overskudd.Oere == t.Betaling.Oere && !overskudd.ErNegativt;
        });

    [Property(MaxTest = 300)]
    public Property No_claim_gets_more_than_it_needs_and_surplus_only_when_all_are_covered() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var andeler = Fordel(t, out var overskudd);
            var innenforBehov = andeler.Select((a, i) => !a.ErNegativt && a <= t.Krav[i].Behov).All(x => x);
            var alleDekket = andeler.Select((a, i) => a == t.Krav[i].Behov).All(x => x);
            return innenforBehov && (overskudd.ErNull || alleDekket);
        });

    [Property(MaxTest = 300)]
    public Property No_worse_class_gets_anything_while_a_better_class_is_short() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var andeler = Fordel(t, out _);
            var n = t.Krav.Length;
            for (var x = 0; x < n; x++)
            {
                for (var y = 0; y < n; y++)
                {
                    if (t.Krav[x].Artsprioritet < t.Krav[y].Artsprioritet && andeler[y].Oere > 0 && andeler[x] != t.Krav[x].Behov)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Input_order_does_not_change_any_share() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var andeler = Fordel(t, out var overskudd);
            var permutert = t with { Krav = [.. t.Permutasjon.Select(i => t.Krav[i])] };
            var andeler2 = Fordel(permutert, out var overskudd2);
            return overskudd == overskudd2 && t.Permutasjon.Select((fra, til) => andeler2[til] == andeler[fra]).All(x => x);
        });

    [Property(MaxTest = 300)]
    public Property Pro_rata_shares_are_within_one_oere_of_exact() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var plan = Fordeler.Planlegg(t.Krav, t.Regel);
            var andeler = new Beloep[t.Krav.Length];
            Fordeler.Fordel(plan, t.Betaling, andeler, out _);
            foreach (var g in plan.Grupper)
            {
                if (!g.ProRata)
                {
                    continue;
                }

                var medlemmer = plan.Rekkefoelge.Slice(g.Start, g.Lengde).ToArray();
                var pott = (Int128)medlemmer.Sum(i => andeler[i].Oere);
                var samlet = (Int128)medlemmer.Sum(i => t.Krav[i].Behov.Oere);
                foreach (var i in medlemmer)
                {
                    // exact share = pott · behov / samlet; |andel − exact| < 1 øre  ⇔  |andel · samlet − pott · behov| < samlet
                    if (samlet > 0 && Int128.Abs((andeler[i].Oere * samlet) - (pott * t.Krav[i].Behov.Oere)) >= samlet)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 1_000)]
    public Property Engine_agrees_with_the_reference_under_Tidsprioritet() =>
        Prop.ForAll(Tilfeller(Fordelingsregel.Tidsprioritet), SammeSomReferansen);

    [Property(MaxTest = 1_000)]
    public Property Engine_agrees_with_the_reference_under_Samordnet() =>
        Prop.ForAll(Tilfeller(Fordelingsregel.Samordnet), SammeSomReferansen);

    private static bool SammeSomReferansen(Tilfelle t)
    {
        var motor = Fordeler.Fordel(t.Krav, t.Betaling, t.Regel);
        var reference = ReferanseFordeling.Fordel(t.Krav, t.Betaling.Kroner, t.Regel);
        return motor.Overskudd.Kroner == reference.Overskudd
            && motor.Andeler.Select(a => a.Andel.Kroner).SequenceEqual(reference.Andeler);
    }
}
