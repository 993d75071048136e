using Utleggstrekk.Benchmarks;

namespace Utleggstrekk.Tests.Benchmarkport;

/// <summary>The CI benchmark gate's decision (<see cref="CiPort.Vurder(IReadOnlyList{Maaling}, out IReadOnlyList{string})"/>) on hand-made rows.</summary>
public class BenchmarkportTests
{
    private static Maaling Ref(string klasse, double ns, string p = "") => new(klasse, p, klasse + ".Referanse", true, ns, ns, 5000);

    private static Maaling Motor(string klasse, double? ns, long? bytes = 0, string p = "") => new(klasse, p, klasse + ".Motor", false, ns, ns, bytes);

    [Fact]
    public void Ten_times_faster_without_allocation_passes()
    {
        CiPort.Vurder([Ref("A", 1000), Motor("A", 100)], out var tabell).Should().BeEmpty();
        tabell.Should().ContainSingle().Which.Should().Contain("10.0× referansen");
    }

    [Fact]
    public void Just_under_ten_times_fails_with_the_ratio()
    {
        CiPort.Vurder([Ref("A", 999), Motor("A", 100)], out _).Should().ContainSingle().Which.Should().Contain("bare 10.0×").And.Contain("A.Motor");
        CiPort.Vurder([Ref("A", 500), Motor("A", 100)], out _).Should().ContainSingle().Which.Should().Contain("bare 5.0×");
    }

    [Fact]
    public void Allocation_of_eight_bytes_or_more_fails_below_is_a_measurement_artefact()
    {
        CiPort.Vurder([Ref("A", 10_000), Motor("A", 100, bytes: 7)], out _).Should().BeEmpty();
        CiPort.Vurder([Ref("A", 10_000), Motor("A", 100, bytes: 8)], out _).Should().ContainSingle().Which.Should().Contain("allokerer 8 B");
        CiPort.Vurder([Ref("A", 10_000), Motor("A", 100, bytes: null)], out _).Should().ContainSingle().Which.Should().Contain("ukjent antall");
    }

    [Fact]
    public void On_a_row_slower_than_eight_microseconds_less_than_one_byte_per_microsecond_is_the_same_artefact()
    {
        // 63 µs fastest iteration: 31 B per operation is the harness spread over few operations; 63 B is not.
        CiPort.Vurder([Ref("A", 10_000_000), Motor("A", 63_000, bytes: 31)], out _).Should().BeEmpty();
        CiPort.Vurder([Ref("A", 10_000_000), Motor("A", 63_000, bytes: 63)], out _).Should().ContainSingle().Which.Should().Contain("allokerer 63 B");
        CiPort.Vurder([Ref("A", 100_000), Motor("A", 7_999, bytes: 8)], out _).Should().ContainSingle().Which.Should().Contain("allokerer 8 B");
    }

    [Fact]
    public void Groups_are_per_class_and_parameter_set_and_a_class_without_baseline_is_checked_for_allocation_only()
    {
        var rader = new[]
        {
            Ref("A", 1000, "Regel=X"), Motor("A", 10, p: "Regel=X"),
            Ref("A", 100, "Regel=Y"), Motor("A", 50, p: "Regel=Y"),
            Motor("B", 1_000_000),
        };
        var brudd = CiPort.Vurder(rader, out var tabell);
        brudd.Should().ContainSingle().Which.Should().Contain("Regel=Y").And.Contain("bare 2.0×");
        tabell.Should().HaveCount(3);
        tabell.Should().Contain(l => l.Contains("B.Motor", StringComparison.Ordinal) && l.Contains("ingen referanse", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_benchmark_or_an_empty_run_fails()
    {
        CiPort.Vurder([Ref("A", 1000), Motor("A", null)], out _).Should().ContainSingle().Which.Should().Contain("ingen måling");
        CiPort.Vurder(Array.Empty<Maaling>(), out _).Should().ContainSingle().Which.Should().Contain("ingen benchmark");
        CiPort.Vurder([new Maaling("A", "", "A.Referanse", true, null, null, 0), Motor("A", 100)], out _)
            .Should().ContainSingle().Which.Should().Contain("raskere enn referansen");
    }
}
