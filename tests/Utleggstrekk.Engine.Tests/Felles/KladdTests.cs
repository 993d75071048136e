using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

public class KladdTests
{
    [Fact]
    public void A_length_that_fits_uses_the_callers_buffer()
    {
        Span<long> stakk = stackalloc long[8];
        var kladd = new Kladd<long>(stakk, 5);
        kladd.ErLeid.Should().BeFalse();
        kladd.Span.Length.Should().Be(5);
        Unsafe.AreSame(ref MemoryMarshal.GetReference(kladd.Span), ref MemoryMarshal.GetReference(stakk)).Should().BeTrue();
        kladd.Dispose();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 5)]
    [InlineData(0, 10_000)]
    public void A_longer_length_is_rented_with_exactly_that_length_and_returned(int stakklengde, int lengde)
    {
        Span<int> stakk = stackalloc int[stakklengde];
        var kladd = new Kladd<int>(stakk, lengde);
        kladd.ErLeid.Should().BeTrue();
        kladd.Span.Length.Should().Be(lengde);
        kladd.Span.Fill(3);
        kladd.Dispose();
        kladd.ErLeid.Should().BeFalse();
        kladd.Dispose(); // a second call is a no-op
    }

    [Fact]
    public void Renting_and_returning_allocates_nothing_once_the_pool_holds_an_array()
    {
        static void Leie()
        {
            var kladd = new Kladd<long>(Span<long>.Empty, 3_000);
            kladd.Span[^1] = 1;
            kladd.Dispose();
        }

        Leie();
        Allokering.Minst(Leie).Should().Be(0);
    }
}
