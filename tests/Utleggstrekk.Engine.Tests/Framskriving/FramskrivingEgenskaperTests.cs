using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Framskriving;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Framskriving;

/// <summary>Projection properties over generated trekk: money is conserved, more trekk never pays later, engine = reference.</summary>
public class FramskrivingEgenskaperTests
{
    private static readonly LocalDate[] Starter = [new(2024, 11, 1), new(2025, 1, 15), new(2025, 6, 30)];

    private static Arbitrary<(Trekk Trekk, LocalDate Fra, int Maaneder, long Beloep)> Tilfeller() =>
        (from trekk in Innsyn.Testtrekk.Trekk(12)
         from ender in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 900))).ArrayOf(trekk.Krav.Length)
         from fra in Gen.Elements(Starter)
         from maaneder in Gen.Choose(1, 30)
         from beloep in Gen.Elements(0L, 100L).Or(Gen.Choose(0, 3_000_000).Select(x => (long)x))
         select (MedEnder(trekk, ender), fra, maaneder, beloep)).ToArbitrary();

    /// <summary>Half the time some claims get their own trekkperiode end (a day from 2024-11-01 on), the rest none.</summary>
    private static Trekk MedEnder(Trekk trekk, int[] ender) =>
        ender.All(e => e < 0) || ender.Length % 2 == 1
            ? trekk
            : trekk with { TrekkperiodeSlutt = [.. ender.Select(e => e < 0 ? (LocalDate?)null : new LocalDate(2024, 11, 1).PlusDays(e))] };

    private static (KravFramskriving[] Krav, Framskrivingsmaaned[] Maaneder, Beloep[] Saldo) Kjoer(Framskrivingsgrunnlag g, Beloep? fast)
    {
        var krav = new KravFramskriving[g.AntallKrav];
        var maaneder = new Framskrivingsmaaned[g.Maaneder];
        var saldo = new Beloep[g.AntallKrav * g.Maaneder];
        Framskriver.Framskriv(g, fast, new Framskrivingsbuffer(g), krav, maaneder, saldo);
        return (krav, maaneder, saldo);
    }

    [Property(MaxTest = 150)]
    public Property Every_month_paid_plus_remaining_equals_start_plus_interest_and_the_payment_is_fully_accounted_for() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var g = Framskrivingsgrunnlag.Forbered(t.Trekk, t.Fra, t.Maaneder, Rentetabell);
            var (krav, maaneder, _) = Kjoer(g, Beloep.FraOere(t.Beloep));
            var start = Enumerable.Range(0, g.AntallKrav).Sum(i => g.Start(i).Oere);
            long betaltGjeld = 0;
            long renter = 0;
            foreach (var m in maaneder)
            {
                betaltGjeld += m.Fordelt.Oere - m.TilLoependeBidrag.Oere;
                renter += m.Renter.Oere;
                if (betaltGjeld + m.Gjenstaaende.Oere != start + renter || m.Fordelt.Oere + m.Overskudd.Oere != m.Betaling.Oere)
                {
                    return false.Label($"month {m.Fra}: paid {betaltGjeld} + remaining {m.Gjenstaaende.Oere} != start {start} + interest {renter}");
                }
            }

            var perKrav = krav.Select((k, i) => t.Trekk.Krav[i].Kravtype == Kravtype.LoependeBidrag || k.Mottatt.Oere + k.Gjenstaaende.Oere == k.Start.Oere + k.Renter.Oere).All(x => x);
            return perKrav.Label("per krav: received + remaining = start + interest");
        });

    [Property(MaxTest = 120)]
    public Property A_larger_trekk_never_pays_any_krav_later() =>
        Prop.ForAll(Tilfeller(), Gen.Choose(1, 500_000).ToArbitrary(), (t, mer) =>
        {
            var g = Framskrivingsgrunnlag.Forbered(t.Trekk, t.Fra, t.Maaneder, Rentetabell);
            var (liten, _, litenSaldo) = Kjoer(g, Beloep.FraOere(t.Beloep));
            var (stor, _, storSaldo) = Kjoer(g, Beloep.FraOere(t.Beloep + mer));
            for (var i = 0; i < liten.Length; i++)
            {
                var a = liten[i].ErInnfridd ? liten[i].InnfriddMaaned : int.MaxValue;
                var b = stor[i].ErInnfridd ? stor[i].InnfriddMaaned : int.MaxValue;
                if (b > a)
                {
                    return false.Label($"krav {t.Trekk.Krav[i].Id}: paid off in month {a} with {t.Beloep}, {b} with {t.Beloep + mer}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 100)]
    public Property The_engine_agrees_with_the_reference_implementation() =>
        Prop.ForAll(Tilfeller(), Gen.Elements(true, false).ToArbitrary(), (t, besluttet) =>
        {
            var brutto = Beloep.FraKroner(45_000);
            var g = Framskrivingsgrunnlag.Forbered(t.Trekk, t.Fra, t.Maaneder, Rentetabell, brutto);
            Beloep? fast = besluttet ? null : Beloep.FraOere(t.Beloep);
            var (krav, maaneder, _) = Kjoer(g, fast);
            var r = ReferanseFramskriving.Framskriv(t.Trekk, t.Fra, t.Maaneder, Rentetabell, brutto.Kroner, null, fast?.Kroner);
            for (var i = 0; i < krav.Length; i++)
            {
                var k = krav[i];
                var rk = r.Krav[i];
                if (k.InnfriddMaaned != rk.Innfridd || k.Start.Kroner != rk.Start || k.Gjenstaaende.Kroner != rk.Gjenstaaende || k.Renter.Kroner != rk.Renter || k.Mottatt.Kroner != rk.Mottatt)
                {
                    return false.Label($"krav {t.Trekk.Krav[i].Id}: engine {k}, reference {rk}");
                }
            }

            for (var j = 0; j < maaneder.Length; j++)
            {
                var m = maaneder[j];
                var rm = r.Maaneder[j];
                if (m.Fra != rm.Fra || m.Betaling.Kroner != rm.Betaling || m.Overskudd.Kroner != rm.Overskudd || m.Renter.Kroner != rm.Renter || m.Gjenstaaende.Kroner != rm.Gjenstaaende)
                {
                    return false.Label($"month {j}: engine {m}, reference {rm}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 150)]
    public Property No_month_after_the_last_payoff_takes_trekk_beyond_the_loepende_bidrag_due() =>
        Prop.ForAll(Tilfeller(), Gen.Elements(true, false).ToArbitrary(), (t, besluttet) =>
        {
            // SPEC §9, pkt. 8.7: once nothing remains of the claims taking part (løpende bidrag aside), a month takes at
            // most what the løpende bidrag taking part are due, and all of it goes to them; only a month in which
            // something was still owed can leave a surplus (tilbakebetales).
            var brutto = Beloep.FraKroner(45_000);
            var g = Framskrivingsgrunnlag.Forbered(t.Trekk, t.Fra, t.Maaneder, Rentetabell, brutto);
            var (_, maaneder, saldo) = Kjoer(g, besluttet ? null : Beloep.FraOere(t.Beloep));
            var n = g.AntallKrav;
            for (var j = 0; j < maaneder.Length; j++)
            {
                // Owed at the start of month j by claims other than løpende bidrag that take part in it.
                var skyldig = Enumerable.Range(0, n)
                    .Where(i => t.Trekk.Krav[i].Kravtype != Kravtype.LoependeBidrag && g.KravDeltar(j, i))
                    .Sum(i => j == 0 ? g.Start(i).Oere : saldo[(i * g.Maaneder) + j - 1].Oere);
                if (skyldig > 0)
                {
                    continue;
                }

                var bidrag = Enumerable.Range(0, n)
                    .Where(i => t.Trekk.Krav[i].Kravtype == Kravtype.LoependeBidrag && g.KravDeltar(j, i) && g.TrekkIKraft(j))
                    .Sum(i => t.Trekk.Krav[i].MaanedligBeloep.Oere);
                var m = maaneder[j];
                if (m.Betaling.Oere > bidrag || m.Tilbakebetales.Oere != 0 || m.TilLoependeBidrag != m.Betaling)
                {
                    return false.Label($"month {j}: nothing owed, bidrag due {bidrag}, but {m}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 150)]
    public Property Renaming_ids_and_saker_moves_no_money_by_more_than_one_oere_per_krav_per_month() =>
        Prop.ForAll(
            Tilfeller(),
            Gen.Shuffle(new[] { "S9", "S10", "A", "zz" }).ToArbitrary(),
            (from regel in Gen.Elements(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)
             from besluttet in Gen.Elements(true, false)
             select (regel, besluttet)).ToArbitrary(),
            (t, navn, valg) =>
            {
                var (regel, besluttet) = valg;
                // SPEC §6: no tie is broken by the spelling of a reference; claims of one sak with the same date and
                // prioritetISak share by need, so a new name (and new id order) moves at most the rounding øre: at
                // most one øre per krav in each month, so after month j a krav's balance, payments and interest are
                // within j + 1 øre, and a month's totals within n × (j + 1).
                var trekk = t.Trekk with { Regel = regel };
                var omdoept = trekk with
                {
                    Krav = [.. trekk.Krav.Select((k, i) => k with
                    {
                        Sak = navn[int.Parse(k.Sak[1..], System.Globalization.CultureInfo.InvariantCulture)],
                        Id = "N" + (trekk.Krav.Length - i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    })],
                };
                var brutto = Beloep.FraKroner(45_000);
                Beloep? fast = besluttet ? null : Beloep.FraOere(t.Beloep);
                var ga = Framskrivingsgrunnlag.Forbered(trekk, t.Fra, t.Maaneder, Rentetabell, brutto);
                var gb = Framskrivingsgrunnlag.Forbered(omdoept, t.Fra, t.Maaneder, Rentetabell, brutto);
                var (ka, ma, sa) = Kjoer(ga, fast);
                var (kb, mb, sb) = Kjoer(gb, fast);
                var n = ga.AntallKrav;
                var mnd = ga.Maaneder;
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < mnd; j++)
                    {
                        var forskjell = Math.Abs(sa[(i * mnd) + j].Oere - sb[(i * mnd) + j].Oere);
                        if (forskjell > j + 1)
                        {
                            return false.Label($"krav {i} month {j}: remaining {sa[(i * mnd) + j]} vs {sb[(i * mnd) + j]} after renaming");
                        }
                    }

                    var (a, b) = (ka[i], kb[i]);
                    if (Math.Abs(a.Mottatt.Oere - b.Mottatt.Oere) > mnd || Math.Abs(a.Renter.Oere - b.Renter.Oere) > mnd
                        || Math.Abs(a.Gjenstaaende.Oere - b.Gjenstaaende.Oere) > mnd || a.Start != b.Start)
                    {
                        return false.Label($"krav {i}: {a} vs {b} after renaming");
                    }
                }

                for (var j = 0; j < mnd; j++)
                {
                    var grense = n * (j + 1);
                    var (a, b) = (ma[j], mb[j]);
                    if (Math.Abs(a.Betaling.Oere - b.Betaling.Oere) > grense || Math.Abs(a.Gjenstaaende.Oere - b.Gjenstaaende.Oere) > grense
                        || Math.Abs(a.Renter.Oere - b.Renter.Oere) > grense || Math.Abs(a.Tilbakebetales.Oere - b.Tilbakebetales.Oere) > grense)
                    {
                        return false.Label($"month {j}: {a} vs {b} after renaming");
                    }
                }

                return true.ToProperty();
            });
}
