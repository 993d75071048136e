using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkdata;
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
                    && forberedt.RenteAndel(i).Verdi == r.RenteAndel
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
        // For every part (a principal part, or the class-f interest part of a class a–d krav): find the first amount X
        // at which fordel pays the part anything — the amount that covers every part in its (a) set — and pay
        // X − 1 + 100 kr. The part's øre are then its share of 100 kr (10 000 øre) after (a), i.e. its (b) share in
        // hundredths of a percent: the exact fraction · 10 000 is within 0.5 of the rounded percent and fordel within
        // 1 øre of the exact fraction, so the integers differ by at most 1 — as long as the part is still short then
        // (otherwise its step is covered and the share has moved on; such parts are skipped).
        const long P = 10_000;
        var forberedt = ForberedtTrekk.Forbered(trekk, dato, Rentetabell);
        var krav = MedStipulertRente(trekk, forberedt);
        var hele = Fordeler.Fordel(krav, Beloep.FraOere(long.MaxValue / 4), trekk.Regel).Deler;
        var total = hele.Sum(d => d.Behov.Oere);
        foreach (var del in hele)
        {
            if (del.Behov.Oere == 0)
            {
                continue;
            }

            long Betalt(long beloep) => Fordeler.Fordel(krav, Beloep.FraOere(beloep), trekk.Regel).Deler
                .Single(d => d.KravIndeks == del.KravIndeks && d.Del == del.Del).Andel.Oere;
            var (lav, hoey) = (0L, total);
            while (lav < hoey)
            {
                var midt = lav + ((hoey - lav) / 2);
                (lav, hoey) = Betalt(midt) > 0 ? (lav, midt) : (midt + 1, hoey);
            }

            var andel = Betalt(lav - 1 + P);
            if (andel >= del.Behov.Oere)
            {
                continue;
            }

            var i = del.KravIndeks;
            var prosent = del.Del == Kravdel.Renter ? forberedt.RenteAndel(i) : forberedt.AggregaterFor(i).KravetsAndel;
            var hundredeler = prosent.Hundredeler;
            sjekket++;
            delt += hundredeler is > 0 and < 10_000 ? 1 : 0;
            if (Math.Abs(andel - hundredeler) > 1)
            {
                feil = $"krav {krav[i].Id} {del.Del} ({trekk.Regel}): (a) covered at {lav - 1} øre, fordel gives {andel} øre of the next {P}, innsyn says {prosent}";
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public Property The_b_shares_of_the_parts_with_the_same_a_set_add_up_to_100_percent() =>
        Prop.ForAll(Arbitrary(), Gen.Elements(Datoer).ToArbitrary(), (trekk, dato) =>
        {
            // Parts (principal parts, and in class f also the interest parts of class a–d claims, pkt. 6.1) with the same
            // (a) set share the money after it: their shares add up to 100 % (each rounded to 0.01 %: within half of
            // that per part). Where two parts of one class share a sak and a date, a sak's later step has an (a) set of
            // its own while the other saker of its date still receive: there the shares add up to at most 100 %.
            var forberedt = ForberedtTrekk.Forbered(trekk, dato, Rentetabell);
            var krav = trekk.Krav;
            var deler = new List<(Artsprioritet Klasse, int Noekkel, long Basis, int Andel, string Sak, LocalDate Dato)>();
            for (var i = 0; i < krav.Length; i++)
            {
                var a = forberedt.AggregaterFor(i);
                deler.Add((krav[i].Artsprioritet, forberedt.ForanNoekkel(i), a.KravetsDividendegrunnlag.Oere, a.KravetsAndel.Hundredeler, krav[i].Sak, krav[i].Tidsprioritet));
                if (Fordeler.HarRentedel(krav[i]))
                {
                    var rente = krav[i].PaaloeptRente.Oere + forberedt.Stipulert(i).Oere;
                    deler.Add((Artsprioritet.F, forberedt.ForanNoekkel(i, rente: true), rente, forberedt.RenteAndel(i).Hundredeler, krav[i].Sak, krav[i].Tidsprioritet));
                }
            }

            foreach (var sett in deler.GroupBy(d => (d.Klasse, d.Noekkel)))
            {
                var flerTrinn = deler.Where(d => d.Klasse == sett.Key.Klasse).GroupBy(d => (d.Sak, d.Dato)).Any(g => g.Count() > 1);
                var sum = sett.Sum(d => d.Andel);
                var n = sett.Count();
                // A later step of one sak shares the money with the other saker of its date that are still receiving, so its
                // shares may all round to 0.00 % — but only when the step is tiny beside them: under 0.005 % of what the
                // other saker of its class and date have in all (issue 16, FsCheck seed 15291347999690600617: 1.03 kr
                // beside 15 870 kr).
                var basis = sett.Sum(d => d.Basis);
                var foerste = sett.First();
                var andreSaker = deler.Where(d => d.Klasse == foerste.Klasse && d.Dato == foerste.Dato && d.Sak != foerste.Sak).Sum(d => d.Basis);
                var ok = basis == 0 ? sum == 0
                    : flerTrinn ? (sum - 10_000) * 2 <= n && (sum > 0 || basis * 20_000 < andreSaker)
                    : Math.Abs(sum - 10_000) * 2 <= n;
                if (!ok)
                {
                    return false.Label($"class {sett.Key.Klasse}, (a) set {sett.Key.Noekkel}: shares add up to {sum / 100m} %");
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
            return Enumerable.Range(0, trekk.Krav.Length).All(i => a.AggregaterFor(i) == b.AggregaterFor(i) && a.RenteAndel(i) == b.RenteAndel(i));
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
                catch (UgyldigInndataException)
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
