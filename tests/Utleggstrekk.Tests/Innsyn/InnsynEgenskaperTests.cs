using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Reference.Innsyn;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Innsyn;

/// <summary>Innsyn properties over generated trekk: the partition, and the engine against the reference implementation.</summary>
public class InnsynEgenskaperTests
{
    private static readonly LocalDate[] Datoer = [new(2025, 3, 1), new(2024, 12, 31), new(2026, 2, 15)];

    [Property(MaxTest = 200)]
    public Property A_b_the_krav_and_the_claims_behind_it_make_up_everything_remaining_with_stipulated_interest() =>
        Prop.ForAll(Arbitrary(), Gen.Elements(Datoer).ToArbitrary(), (trekk, dato) =>
        {
            var forberedt = ForberedtTrekk.Forbered(trekk, dato, Rentetabell);
            var total = ReferanseInnsyn.Totalt(trekk.Krav, dato, Rentetabell);
            for (var i = 0; i < trekk.Krav.Length; i++)
            {
                var a = forberedt.AggregaterFor(i);
                var bak = ReferanseInnsyn.Aggregater(trekk.Krav, trekk.Regel, i, dato, Rentetabell).Bak;
                var sum = a.SumHoeyerePrioritet.Kroner + a.SumSammePrioritet.Kroner + a.KravetsDividendegrunnlag.Kroner + bak;
                if (sum != total)
                {
                    return false.Label($"krav {trekk.Krav[i].Id}: {sum} != {total}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 200)]
    public Property The_engine_agrees_with_the_reference_implementation() =>
        Prop.ForAll(Arbitrary(), Gen.Elements(Datoer).ToArbitrary(), (trekk, dato) =>
        {
            var forberedt = ForberedtTrekk.Forbered(trekk, dato, Rentetabell);
            for (var i = 0; i < trekk.Krav.Length; i++)
            {
                var a = forberedt.AggregaterFor(i);
                var r = ReferanseInnsyn.Aggregater(trekk.Krav, trekk.Regel, i, dato, Rentetabell);
                var lik = a.SumHoeyerePrioritet.Kroner == r.Hoeyere
                    && a.SumSammePrioritet.Kroner == r.Samme
                    && a.AndreKravsDividendegrunnlag.Kroner == r.Samme
                    && a.KravetsDividendegrunnlag.Kroner == r.Egen
                    && a.KravetsAndel.Verdi == r.Andel
                    && a.MaanedligBidragsforpliktelse.Kroner == r.Bidrag;
                if (!lik)
                {
                    return false.Label($"krav {trekk.Krav[i].Id} ({trekk.Regel}): engine {a}, reference {r}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 200)]
    public Property Access_is_given_exactly_to_the_saksoeker_and_prosessfullmektig_of_an_established_trekk() =>
        Prop.ForAll(Arbitrary(), Gen.Choose(0, Orgnr.Length - 1).ToArbitrary(), (trekk, som) =>
        {
            var forberedt = ForberedtTrekk.Forbered(trekk, Datoer[0], Rentetabell);
            for (var i = 0; i < trekk.Krav.Length; i++)
            {
                var parter = trekk.ParterFor(i);
                var part = parter.Saksoeker == Org(som) || parter.Prosessfullmektig == Org(som);
                var forventet = !part ? Innsynsavslag.IkkePart
                    : trekk.Status == Trekkstatus.Avsluttet ? Innsynsavslag.TrekkAvsluttet
                    : Innsynsavslag.Ingen;
                if (forberedt.Aggregater(trekk.Krav[i].Id, Org(som), out _) != forventet)
                {
                    return false.Label($"krav {i}");
                }
            }

            return true.ToProperty();
        });
}
