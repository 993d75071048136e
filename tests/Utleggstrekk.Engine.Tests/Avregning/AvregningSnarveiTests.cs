using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Avregning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Avregning;

/// <summary>
/// The fast paths of <see cref="Avregner"/> (issue 20: a payment that meets every need is placed without running the
/// fordeling; a claim the payment does not reach is not touched; interest in 64 bits when the product fits) against the
/// plain path: per payment the interest with <see cref="Framskriver.Rente"/>, the needs, and the checked public
/// <see cref="Fordeler.Fordel(Fordelingsplan, Beloep, ReadOnlySpan{Beloep}, ReadOnlySpan{Beloep}, ReadOnlySpan{Beloep}, Span{Beloep}, Span{Beloep}, out Beloep)"/>
/// always run. Payments are chosen from the needs at the moment they are placed, so they land exactly on the edges.
/// </summary>
public class AvregningSnarveiTests
{
    private static readonly LocalDate Dato = new(2026, 10, 12);

    /// <summary>How a payment's amount is chosen from the needs when it is placed.</summary>
    public enum Valg
    {
        /// <summary>Exactly every need.</summary>
        Alt,

        /// <summary>Every need and more (paid back).</summary>
        Mer,

        /// <summary>One øre short of every need.</summary>
        EttOereMindre,

        /// <summary>Exactly the needs of the first parts in the order of cover.</summary>
        Forste,

        /// <summary>Nothing.</summary>
        Null,

        /// <summary>Any amount.</summary>
        Fritt,
    }

    /// <summary>
    /// The plain path, written out: the state of each claim, interest accrued per period, the needs, and the fordeling
    /// run for every payment.
    /// </summary>
    private sealed class Vanlig
    {
        private readonly Avregningsgrunnlag _g;
        private readonly Trekk _trekk;
        private readonly int _n;
        private readonly long[] _gj;
        private readonly long[] _renter;
        private readonly long[] _bidrag;
        private int _maaned = int.MinValue;

        public Vanlig(Avregningsgrunnlag g)
        {
            _g = g;
            _trekk = g.Trekk;
            _n = g.AntallKrav;
            _gj = [.. _trekk.Krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag ? 0 : k.Gjenstaaende.Oere)];
            _renter = [.. _trekk.Krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag ? 0 : k.PaaloeptRente.Oere)];
            _bidrag = new long[_n];
            Opptjent = new long[_n];
            DekketH = new long[_n];
            DekketR = new long[_n];
            H = new Beloep[_n];
            R = new Beloep[_n];
        }

        public long[] Opptjent { get; }

        public long[] DekketH { get; }

        public long[] DekketR { get; }

        public Beloep[] H { get; }

        public Beloep[] R { get; }

        public bool Antatt { get; private set; }

        public bool Avledet { get; private set; }

        public long Gjenstaaende(int i) => _gj[i];

        public long Renter(int i) => _renter[i];

        /// <summary>Accrues period <paramref name="k"/>'s interest and, for a payment, writes the needs into <see cref="H"/> and <see cref="R"/>.</summary>
        public void Periode(int k)
        {
            for (var i = 0; i < _n; i++)
            {
                var p = _g.Perioder[(k * _n) + i];
                if (p.Teller != 0 && _gj[i] > 0)
                {
                    var r = Framskriver.Rente(_gj[i], p.Teller);
                    _renter[i] += r;
                    Opptjent[i] += r;
                    Antatt |= p.Antatt && r > 0;
                    Avledet |= p.Avledet && r > 0;
                }
            }

            if (k == _g.AntallBetalinger)
            {
                return;
            }

            if (_g.Maanedsnummer[k] != _maaned)
            {
                _maaned = _g.Maanedsnummer[k];
                Array.Clear(_bidrag);
            }

            for (var i = 0; i < _n; i++)
            {
                var k0 = _trekk.Krav[i];
                var deltar = _g.KravDeltar(k, i);
                H[i] = Beloep.FraOere(!deltar ? 0 : k0.Kravtype == Kravtype.LoependeBidrag ? k0.MaanedligBeloep.Oere - _bidrag[i] : _gj[i]);
                R[i] = Beloep.FraOere(deltar ? _renter[i] : 0);
            }
        }

        /// <summary>Places <paramref name="betaling"/> with the needs of <see cref="Periode"/>; returns the placements and the surplus.</summary>
        public Plassering[] Plasser(Beloep betaling, out Beloep overskudd)
        {
            var andeler = new Beloep[_n];
            var renteandeler = new Beloep[_n];
            Fordeler.Fordel(_g.Plan, betaling, H, R, H, andeler, renteandeler, out overskudd);
            var rad = new Plassering[_n];
            for (var i = 0; i < _n; i++)
            {
                var a = andeler[i].Oere;
                long fraRente = 0;
                if (_trekk.Krav[i].Kravtype == Kravtype.LoependeBidrag)
                {
                    _bidrag[i] += a;
                }
                else
                {
                    fraRente = _g.Plan.HarRentedel(i) ? renteandeler[i].Oere : Math.Min(a, _renter[i]);
                    _renter[i] -= fraRente;
                    _gj[i] -= a - fraRente;
                }

                DekketH[i] += a - fraRente;
                DekketR[i] += fraRente;
                rad[i] = new Plassering(Beloep.FraOere(a - fraRente), Beloep.FraOere(fraRente));
            }

            return rad;
        }

        /// <summary>The needs of the first <paramref name="antall"/> parts in the order of cover.</summary>
        public long ForsteDeler(int antall)
        {
            long sum = 0;
            foreach (var d in _g.Plan.Deler[..antall])
            {
                var i = d.KravIndeks;
                sum += d.Del == Kravdel.Renter ? R[i].Oere : _g.Plan.HarRentedel(i) ? H[i].Oere : H[i].Oere + R[i].Oere;
            }

            return sum;
        }
    }

    private sealed record Tilfelle(Trekk Trekk, (Valg Valg, int Tall)[] Betalinger);

    /// <summary>
    /// Trekk of up to 8 claims (some needing nothing, one sometimes with a principal past 2³² øre, see <see cref="Endre"/>) and up to 12 payments
    /// on days 1, 9, 20 and 28 of 18 months from January 2024: several in a month (løpende bidrag), some before a claim's
    /// tidsprioritet or renteFra, some after its trekkperiode.
    /// </summary>
    private static Arbitrary<Tilfelle> Tilfeller() =>
        (from trekk in Innsyn.Testtrekk.Trekk(8)
         from ender in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 900))).ArrayOf(trekk.Krav.Length)
         from tomt in Gen.Choose(-1, trekk.Krav.Length - 1)
         from stort in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, trekk.Krav.Length - 1)))
         from storrelse in Gen.Elements(6_000_000_000L, 2_000_000_000_000L)
         from antall in Gen.Choose(1, 12)
         from maaneder in Gen.Choose(0, 17).ArrayOf(antall)
         from dager in Gen.Elements(1, 9, 20, 28).ArrayOf(antall)
         from valg in Gen.Elements(Valg.Alt, Valg.Alt, Valg.Mer, Valg.EttOereMindre, Valg.Forste, Valg.Forste, Valg.Null, Valg.Fritt).ArrayOf(antall)
         from tall in Gen.Choose(0, 3_000_000).ArrayOf(antall)
         select new Tilfelle(
             trekk with
             {
                 Krav = [.. trekk.Krav.Select((k, i) => Endre(k, i == tomt, i == stort ? storrelse : 0))],
                 TrekkperiodeSlutt = ender.All(e => e < 0) ? [] : [.. ender.Select(e => e < 0 ? (LocalDate?)null : new LocalDate(2024, 1, 1).PlusDays(e))],
                 Mottatt = [.. maaneder.Zip(dager, (m, d) => new Mottak(new LocalDate(2024, 1, d).PlusMonths(m), Beloep.Null))],
             },
             [.. valg.Zip(tall)])).ToArbitrary();

    /// <summary>
    /// A claim needing nothing (<paramref name="tom"/>), or with <paramref name="stor"/> øre more principal and 12 %
    /// interest: past 2³² øre (the 64-bit interest is not used), and at 2·10¹² øre past 2⁶³ once multiplied by a month's
    /// numerator (the general path is needed).
    /// </summary>
    private static Krav Endre(Krav k, bool tom, long stor) =>
        k.Kravtype == Kravtype.LoependeBidrag ? k
        : tom ? k with { Gjenstaaende = Beloep.Null, PaaloeptRente = Beloep.Null }
        : stor > 0 ? k with { Gjenstaaende = Beloep.FraOere(stor + k.Gjenstaaende.Oere), Rentevilkaar = Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(12), new LocalDate(2023, 12, 1)) }
        : k;

    [Property(MaxTest = 300)]
    public Property The_fast_paths_place_every_payment_as_the_plain_fordeling_does() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            // The payment order does not depend on the amounts: prepare once to know it, choose each amount from the
            // needs the plain path has when the payment is placed, then run the engine on the trekk with those amounts.
            var g0 = Avregningsgrunnlag.Forbered(t.Trekk, Dato, Rentetabell);
            var vanlig = new Vanlig(g0);
            var m = g0.AntallBetalinger;
            var n = g0.AntallKrav;
            var beloep = new Beloep[m];
            var rader = new Plassering[m][];
            var overskudd = new Beloep[m];
            var dekkerAlt = 0;
            var stopperPaaGrense = 0;
            for (var k = 0; k < m; k++)
            {
                vanlig.Periode(k);
                var behov = vanlig.H.Sum(b => b.Oere) + vanlig.R.Sum(b => b.Oere);
                var (valg, tall) = t.Betalinger[k];
                var b = valg switch
                {
                    Valg.Alt => behov,
                    Valg.Mer => behov + 1 + tall,
                    Valg.EttOereMindre => Math.Max(0, behov - 1),
                    Valg.Forste => vanlig.ForsteDeler(tall % (g0.Plan.Deler.Length + 1)),
                    Valg.Null => 0,
                    _ => tall,
                };
                dekkerAlt += b >= behov && behov > 0 ? 1 : 0;
                stopperPaaGrense += valg == Valg.Forste && b < behov ? 1 : 0;
                beloep[g0.MottattIndeks(k)] = Beloep.FraOere(b);
                rader[k] = vanlig.Plasser(Beloep.FraOere(b), out overskudd[k]);
            }

            vanlig.Periode(m);

            var trekk = t.Trekk with { Mottatt = [.. t.Trekk.Mottatt.Select((x, j) => x with { Beloep = beloep[j] })] };
            var a = Avregner.Avregn(trekk, Dato, Rentetabell);
            for (var k = 0; k < m; k++)
            {
                var bet = a.Betalinger[k];
                if (bet.Indeks != g0.MottattIndeks(k) || bet.Tilbakebetales != overskudd[k] || bet.Plassert != bet.Beloep - overskudd[k])
                {
                    return false.Label($"payment {k}: engine {bet}, plain surplus {overskudd[k]}");
                }

                for (var i = 0; i < n; i++)
                {
                    if (a.PlasseringFor(k, i) != rader[k][i])
                    {
                        return false.Label($"payment {k} ({t.Betalinger[k].Valg}), krav {trekk.Krav[i].Id}: engine {a.PlasseringFor(k, i)}, plain {rader[k][i]}");
                    }
                }
            }

            for (var i = 0; i < n; i++)
            {
                var vent = new KravAvregning(
                    Beloep.FraOere(vanlig.DekketH[i]),
                    Beloep.FraOere(vanlig.DekketR[i]),
                    Beloep.FraOere(vanlig.Opptjent[i]),
                    Beloep.FraOere(vanlig.Gjenstaaende(i)),
                    Beloep.FraOere(vanlig.Renter(i)));
                if (a.Krav[i] != vent)
                {
                    return false.Label($"krav {trekk.Krav[i].Id}: engine {a.Krav[i]}, plain {vent}");
                }
            }

            if (a.Sum.Antatt != vanlig.Antatt || a.Sum.Avledet != vanlig.Avledet)
            {
                return false.Label($"flags: engine {a.Sum.Antatt}/{a.Sum.Avledet}, plain {vanlig.Antatt}/{vanlig.Avledet}");
            }

            // And the reference implementation (decimal, its own fordeling and interest) agrees on the totals.
            var r = ReferanseAvregning.Avregn(trekk, Dato, Rentetabell);
            for (var i = 0; i < n; i++)
            {
                if (a.Krav[i].DekketHovedstol.Kroner != r.Krav[i].DekketHovedstol || a.Krav[i].DekketRenter.Kroner != r.Krav[i].DekketRenter || a.Krav[i].Gjenstaaende.Kroner != r.Krav[i].Gjenstaaende)
                {
                    return false.Label($"krav {trekk.Krav[i].Id}: engine {a.Krav[i]}, reference {r.Krav[i]}");
                }
            }

            for (var k = 0; k < m; k++)
            {
                if (a.Betalinger[k].Tilbakebetales.Kroner != r.Betalinger[k].Tilbakebetales)
                {
                    return false.Label($"payment {k}: engine {a.Betalinger[k]}, reference {r.Betalinger[k]}");
                }
            }

            return true.ToProperty()
                .Classify(dekkerAlt > 0, "a payment meets every need")
                .Classify(stopperPaaGrense > 0, "a payment ends on the edge of a part")
                .Classify(trekk.Krav.Any(k => k.Gjenstaaende.Oere > uint.MaxValue), "a principal past 2^32 øre");
        });

    [Fact]
    public void The_generator_reaches_every_fast_path()
    {
        // Not a measurement: the cases above would prove little if they never met every need, never ended on the edge
        // of a part, or never held a principal too large for the 64-bit interest.
        // 1 000 cases (size 300): the 200 drawn before put 9–20 principals in the 2^32..10^12 band where more than 10 are
        // asked, so the test failed now and then (2026-12-06) without telling anything about the generator. 1 000 draw
        // 64–76 there (and 74–82 past 10^12), far above the thresholds, which are kept.
        var tilfeller = Tilfeller().Generator.Sample(1_000, 300).ToList();
        tilfeller.Count(t => t.Betalinger.Any(b => b.Valg is Valg.Alt or Valg.Mer)).Should().BeGreaterThan(100);
        tilfeller.Count(t => t.Betalinger.Any(b => b.Valg == Valg.Forste)).Should().BeGreaterThan(100);
        tilfeller.Count(t => t.Trekk.Krav.Any(k => k.Gjenstaaende.Oere is > uint.MaxValue and < 1_000_000_000_000)).Should().BeGreaterThan(10);
        tilfeller.Count(t => t.Trekk.Krav.Any(k => k.Gjenstaaende.Oere > 1_000_000_000_000)).Should().BeGreaterThan(10);
        tilfeller.Count(t => t.Trekk.Krav.Any(k => k.Kravtype == Kravtype.LoependeBidrag)
            && t.Trekk.Mottatt.GroupBy(x => (x.Dato.Year, x.Dato.Month)).Any(x => x.Count() > 1)).Should().BeGreaterThan(20);
    }

    [Theory]
    [InlineData(Fordelingsregel.Tidsprioritet)]
    [InlineData(Fordelingsregel.Samordnet)]
    public void Payments_that_cover_everything_allocate_nothing_either(Fordelingsregel regel)
    {
        // 120 payments of 200 000 kr over 20 claims: the first covers every claim, the rest meet only the løpende bidrag
        // and are mostly paid back: the fast path, run for nearly every payment, allocates nothing.
        var trekk = AvregningTests.Betalinger(Stort(20, regel: regel), new LocalDate(2025, 1, 15), 120, 200_000_00);
        var g = Avregningsgrunnlag.Forbered(trekk, new LocalDate(2035, 1, 15), Rentetabell);
        var buffer = new Avregningsbuffer(g);
        var krav = new KravAvregning[20];
        var betalinger = new BetalingAvregning[120];
        var plasseringer = new Plassering[20 * 120];
        Avregner.Avregn(g, buffer, krav, betalinger, plasseringer, out var sum);
        Allokering.Minst(() => Avregner.Avregn(g, buffer, krav, betalinger, plasseringer, out _)).Should().Be(0);
        betalinger.Count(b => b.Tilbakebetales.Oere > 0).Should().BeGreaterThan(100, "nearly every payment meets every need");
        krav.Where((_, i) => trekk.Krav[i].Kravtype != Kravtype.LoependeBidrag).Should().OnlyContain(k => k.Gjenstaaende == Beloep.Null);
        sum.Plassert.Should().Be(sum.DekketHovedstol + sum.DekketRenter);
    }

    [Fact]
    public void A_buffer_reused_after_a_run_starts_from_the_stated_claims_again()
    {
        // The fast path writes only the claims a payment reaches: a second run over the same buffer and spans must not see
        // the first run's state or placements.
        var trekk = AvregningTests.Betalinger(Stort(12), new LocalDate(2025, 1, 15), 24, 9_000_00);
        var g = Avregningsgrunnlag.Forbered(trekk, new LocalDate(2027, 1, 15), Rentetabell);
        var buffer = new Avregningsbuffer(g);
        var plasseringer = new Plassering[12 * 24];
        plasseringer.AsSpan().Fill(new Plassering(Beloep.FraOere(7), Beloep.FraOere(7)));
        Avregner.Avregn(g, buffer, new KravAvregning[12], new BetalingAvregning[24], plasseringer, out var foerste);
        var andre = new Plassering[12 * 24];
        Avregner.Avregn(g, buffer, new KravAvregning[12], new BetalingAvregning[24], andre, out var igjen);
        igjen.Should().Be(foerste);
        andre.Should().Equal(plasseringer);
        plasseringer.Should().NotContain(new Plassering(Beloep.FraOere(7), Beloep.FraOere(7)));
    }
}
