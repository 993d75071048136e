using Utleggstrekk.Engine.Livsopphold;

namespace Utleggstrekk.Tests.Livsopphold;

/// <summary>
/// The branch-free youngest-first count over rank keys (<see cref="Yngstefoerst.Rangnoekkel"/>,
/// <see cref="Yngstefoerst.AntallForan"/>) that the trekk uses for up to 16 household children against the pairwise scan
/// (<c>Yngstefoerst.BlantYngste</c>) that it replaced there and that still serves longer lists: the same children are
/// cut for every household, shared dates of birth and children who do not count included.
/// </summary>
public class YngstefoerstTests
{
    [Fact]
    public void Rank_count_picks_the_same_children_as_the_pairwise_scan()
    {
        var tilfeldig = new Random(20_261_206);
        var sjekket = 0;
        for (var runde = 0; runde < 5_000; runde++)
        {
            var n = tilfeldig.Next(1, 17);
            var barn = new Husstand(n, tilfeldig);
            var rang = new int[n];
            for (var i = 0; i < n; i++)
            {
                rang[i] = Yngstefoerst.Rangnoekkel(barn.BarnFoedtNoekkel(i), i, LivsoppholdBarn.Medregnes(barn.BarnAlder(i), barn.BarnVideregaaende(i)));
            }

            for (var antall = 1; antall <= n; antall++)
            {
                for (var i = 0; i < n; i++)
                {
                    if (!LivsoppholdBarn.Medregnes(barn.BarnAlder(i), barn.BarnVideregaaende(i)))
                    {
                        rang[i].Should().Be(int.MinValue);
                        continue;
                    }

                    var forventet = Yngstefoerst.BlantYngste(ref barn, [], [], i, antall);
                    (Yngstefoerst.AntallForan(rang, rang[i]) < antall).Should().Be(forventet, $"child {i} of {n}, {antall} cut, round {runde}");
                    sjekket++;
                }
            }
        }

        sjekket.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void Among_twins_the_later_in_the_input_is_cut_first()
    {
        // Two children born the same day, and an older one: one cut hits the twin later in the input.
        int[] rang = [Yngstefoerst.Rangnoekkel(1000, 0, true), Yngstefoerst.Rangnoekkel(900, 1, true), Yngstefoerst.Rangnoekkel(1000, 2, true)];
        (Yngstefoerst.AntallForan(rang, rang[2]) < 1).Should().BeTrue();
        (Yngstefoerst.AntallForan(rang, rang[0]) < 1).Should().BeFalse();
        (Yngstefoerst.AntallForan(rang, rang[1]) < 3).Should().BeTrue();
        (Yngstefoerst.AntallForan(rang, rang[1]) < 2).Should().BeFalse();
    }

    /// <summary>A household of random children: dates of birth from a few days (so that some share one), ages 0–21, some in upper secondary school.</summary>
    private struct Husstand : IHusstandsbarn
    {
        private readonly int[] _noekkel;
        private readonly int[] _alder;
        private readonly bool[] _videregaaende;

        public Husstand(int n, Random t)
        {
            _noekkel = new int[n];
            _alder = new int[n];
            _videregaaende = new bool[n];
            for (var i = 0; i < n; i++)
            {
                // A later date of birth is a younger child: age falls as the key grows.
                _noekkel[i] = 1_035_000 + (t.Next(0, 8) * 600);
                _alder[i] = 21 - ((_noekkel[i] - 1_035_000) / 200);
                _videregaaende[i] = t.Next(4) == 0;
            }
        }

        public readonly int AntallBarn => _noekkel.Length;

        public readonly int AntallSamvaersbarn => 0;

        public readonly int BarnAlder(int i) => _alder[i];

        public readonly int BarnFoedtNoekkel(int i) => _noekkel[i];

        public readonly bool BarnVideregaaende(int i) => _videregaaende[i];

        public readonly int SamvaersbarnAlder(int i) => throw new NotSupportedException();

        public readonly int SamvaersbarnFoedtNoekkel(int i) => throw new NotSupportedException();

        public readonly int Samvaersklasse(int i) => throw new NotSupportedException();
    }
}
