using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
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

                // In class a, (b) and the krav's own basis weigh each løpende bidrag by the amount due (not remaining).
                var forventet = total + (trekk.Krav[i].Artsprioritet == Artsprioritet.A
                    ? trekk.Krav.Where(k => k.Kravtype == Kravtype.LoependeBidrag).Sum(k => k.MaanedligBeloep.Kroner)
                    : 0m);
                if (sum != forventet)
                {
                    return false.Label($"krav {trekk.Krav[i].Id}: {sum} != {forventet}");
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

    /// <summary>The trekk's claims with the innsyn date's stipulated interest added to their accrued interest: what fordel sees then.</summary>
    private static Krav[] MedStipulertRente(Trekk trekk, ForberedtTrekk forberedt) =>
        [.. trekk.Krav.Select((k, i) => k with { PaaloeptRente = k.PaaloeptRente + forberedt.Stipulert(i), Rentevilkaar = default })];

    [Property(MaxTest = 200)]
    public Property Each_krav_b_share_is_what_fordel_gives_it_of_its_short_class_within_one_oere() =>
        Prop.ForAll(Arbitrary(), Gen.Elements(Datoer).ToArbitrary(), (trekk, dato) =>
        {
            var (sjekket, delt) = (0, 0);
            return SammeAndelSomFordel(trekk, dato, ref sjekket, ref delt, out var feil).Label(feil);
        });

    [Fact]
    public void The_fordel_comparison_checks_many_claims_with_a_share_strictly_between_0_and_100_percent()
    {
        var (sjekket, delt) = (0, 0);
        foreach (var trekk in Testtrekk.Trekk().Sample(150, 20))
        {
            SammeAndelSomFordel(trekk, Datoer[0], ref sjekket, ref delt, out var feil).Should().BeTrue(feil);
        }

        sjekket.Should().BeGreaterThan(300);
        delt.Should().BeGreaterThan(50);
    }

    private static bool SammeAndelSomFordel(Trekk trekk, LocalDate dato, ref int sjekket, ref int delt, out string feil)
    {
        feil = string.Empty;
        // Pay every part of the better classes in full and 100 kr (10 000 øre) into the krav's class. Then the krav's
        // share in øre is its (b) share in hundredths of a percent: exact fraction · 10 000 is within 0.5 of the
        // rounded percent and fordel within 1 øre of the exact fraction, so the integers differ by at most 1 — as
        // long as the class is short and no part of it reaches its need at that level (then the first øre's share
        // is not the share of 100 kr; such classes are skipped).
        const long P = 10_000;
        var forberedt = ForberedtTrekk.Forbered(trekk, dato, Rentetabell);
        var krav = MedStipulertRente(trekk, forberedt);
        var hele = Fordeler.Fordel(krav, Beloep.FraOere(long.MaxValue / 4), trekk.Regel).Deler;
        for (var i = 0; i < krav.Length; i++)
        {
            var klasse = krav[i].Artsprioritet;
            var foran = hele.Where(d => d.Artsprioritet < klasse).Sum(d => d.Behov.Oere);
            var r = Fordeler.Fordel(krav, Beloep.FraOere(foran + P), trekk.Regel);
            var iKlassen = r.Deler.Where(d => d.Artsprioritet == klasse).ToList();
            if (iKlassen.Sum(d => d.Behov.Oere) <= P || iKlassen.Any(d => d.Andel.Oere > 0 && d.Andel == d.Behov))
            {
                continue;
            }

            var andel = r.Deler.Single(d => d.KravIndeks == i && d.Del == Kravdel.Hovedstol).Andel.Oere;
            var hundredeler = forberedt.AggregaterFor(i).KravetsAndel.Hundredeler;
            sjekket++;
            delt += hundredeler is > 0 and < 10_000 ? 1 : 0;
            if (Math.Abs(andel - hundredeler) > 1)
            {
                feil = $"krav {krav[i].Id} ({trekk.Regel}): fordel gives {andel} øre of {P}, innsyn says {forberedt.AggregaterFor(i).KravetsAndel}";
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public Property The_b_shares_of_a_class_add_up_to_100_percent() =>
        Prop.ForAll(Arbitrary(), Gen.Elements(Datoer).ToArbitrary(), (trekk, dato) =>
        {
            // Classes a–e hold only the claims' principal parts; class f also the interest parts of class a–d claims
            // (pkt. 6.1), which share with the class-f claims, so there the claims' shares are checked only when no
            // interest part has anything to receive. Each share is rounded to 0.01 %: the sum is within half of that
            // per claim of 100 %.
            var forberedt = ForberedtTrekk.Forbered(trekk, dato, Rentetabell);
            var krav = trekk.Krav;
            var rentedeler = krav.Select((k, i) => Fordeler.HarRentedel(k) && k.PaaloeptRente + forberedt.Stipulert(i) > Beloep.Null).Any(x => x);
            foreach (var klasse in krav.Select(k => k.Artsprioritet).Distinct())
            {
                if (klasse == Artsprioritet.F && rentedeler)
                {
                    continue;
                }

                var medlemmer = Enumerable.Range(0, krav.Length).Where(i => krav[i].Artsprioritet == klasse).ToList();
                var a = medlemmer.Select(forberedt.AggregaterFor).ToList();
                var sumBasis = a.Sum(x => x.KravetsDividendegrunnlag.Oere);
                var sum = a.Sum(x => x.KravetsAndel.Hundredeler);
                if (sumBasis == 0 ? sum != 0 : Math.Abs(sum - 10_000) * 2 > medlemmer.Count)
                {
                    return false.Label($"class {klasse}: shares add up to {sum / 100m} %");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 150)]
    public Property Renaming_ids_and_saker_changes_no_innsyn_figure() =>
        Prop.ForAll(Arbitrary(), Gen.Shuffle(new[] { "S9", "S10", "A", "zz" }).ToArbitrary(), (trekk, navn) =>
        {
            // (a), (b), the krav's basis and its share (an exact fraction, rounded) do not depend on names at all.
            var omdoept = trekk with
            {
                Krav = [.. trekk.Krav.Select((k, i) => k with
                {
                    Sak = navn[int.Parse(k.Sak[1..], System.Globalization.CultureInfo.InvariantCulture)],
                    Id = "N" + (trekk.Krav.Length - i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                })],
            };
            var a = ForberedtTrekk.Forbered(trekk, Datoer[0], Rentetabell);
            var b = ForberedtTrekk.Forbered(omdoept, Datoer[0], Rentetabell);
            return Enumerable.Range(0, trekk.Krav.Length).All(i => a.AggregaterFor(i) == b.AggregaterFor(i));
        });

    [Property(MaxTest = 200)]
    public Property A_creditor_is_never_answered_for_a_claim_it_is_not_a_party_to_whatever_the_party_list() =>
        Prop.ForAll(
            Arbitrary(),
            Gen.Choose(0, 3).SelectMany(ekstra => Gen.Choose(0, Orgnr.Length - 1).Two().ArrayOf(ekstra)).ToArbitrary(),
            Gen.Choose(-2, 2).ToArbitrary(),
            (trekk, tilfeldige, lengdeavvik) =>
            {
                // Any party list: the generated one, cut or padded by up to two, or entries replaced by random parties.
                var lengde = Math.Max(0, trekk.Krav.Length + lengdeavvik);
                var parter = Enumerable.Range(0, lengde)
                    .Select(i => i < tilfeldige.Length
                        ? new Kravparter(Org(tilfeldige[i].Item1), Org(tilfeldige[i].Item2))
                        : i < trekk.Parter.Length ? trekk.Parter[i] : new Kravparter(Org(i % Orgnr.Length), null))
                    .ToImmutableArray();
                var t = trekk with { Parter = parter, Status = Trekkstatus.Etablert };
                ForberedtTrekk forberedt;
                try
                {
                    forberedt = ForberedtTrekk.Forbered(t, Datoer[0], Rentetabell);
                }
                catch (UgyldigInputException)
                {
                    return true.ToProperty(); // refused: nobody is answered
                }

                for (var i = 0; i < t.Krav.Length; i++)
                {
                    for (var o = 0; o < Orgnr.Length; o++)
                    {
                        var svar = forberedt.Aggregater(t.Krav[i].Id, Org(o), out _);
                        var erPart = parter.Length == t.Krav.Length && (parter[i].Saksoeker == Org(o) || parter[i].Prosessfullmektig == Org(o));
                        if (svar == Innsynsavslag.Ingen && !erPart)
                        {
                            return false.Label($"{Orgnr[o]} answered for {t.Krav[i].Id} with parties {string.Join(", ", parter)}");
                        }
                    }
                }

                return true.ToProperty();
            });
}
