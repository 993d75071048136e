using System.Collections;
using System.Reflection;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Satser.Csv;
using Utleggstrekk.Tests.Felles;
using Utleggstrekk.Tests.Trekkberegning;

namespace Utleggstrekk.Tests.Haerding;

/// <summary>
/// A loaded satser set is shared by the whole process (<see cref="SatserLaster.LastInnebygde"/>): no caller may be
/// able to change it. Every public property (and public static field) of the engine's and the satser loader's types
/// is walked from real instances; a runtime value that is a mutable collection — an array, a <see cref="List{T}"/>,
/// a <see cref="Dictionary{TKey, TValue}"/>, anything whose <c>IsReadOnly</c> is false — fails the test, whatever
/// read-only interface the property is declared as.
/// </summary>
public class UforanderligeSatserTests
{
    private static readonly Assembly[] Sammenstillinger = [typeof(Beloep).Assembly, typeof(SatserLaster).Assembly];

    private static IEnumerable<(string Navn, object Rot)> Roetter()
    {
        var satser = SatserLaster.LastInnebygde();
        yield return ("LastInnebygde()", satser);
        yield return ("TestSatser.Standard", TestSatser.Standard);
        var sak = Saker.Spec12Husstand();
        yield return ("Trekkberegner.Forklar", Trekkberegner.Forklar(sak, satser, new Beregningsvalg(TillatAntatteSatser: true)));
        yield return ("Renteberegner.ForklarForsinkelsesrente", Renteberegner.ForklarForsinkelsesrente(Beloep.FraKroner(1000), new(2020, 1, 1), new(2021, 1, 1), satser.Forsinkelsesrente));
        yield return ("UgyldigInndataException", new UgyldigInndataException(new List<Valideringsfeil> { new("f", "v", "R", "m") }));
        yield return ("SatserException", new SatserException(new List<SatserFeil> { new("fil.csv", 1, 1, "R", "m") }));
    }

    [Fact]
    public void No_public_property_of_an_engine_or_satser_instance_is_a_mutable_collection()
    {
        var funn = new List<string>();
        var sett = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (navn, rot) in Roetter())
        {
            Gaa(rot, navn, sett, funn, dybde: 0);
        }

        funn.Should().BeEmpty();
    }

    [Fact]
    public void No_public_static_member_of_an_engine_or_satser_type_is_a_mutable_collection()
    {
        var funn = new List<string>();
        var sett = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var type in Sammenstillinger.SelectMany(a => a.GetExportedTypes()).Where(t => !t.ContainsGenericParameters))
        {
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0))
            {
                Gaa(p.GetValue(null), type.Name + "." + p.Name, sett, funn, dybde: 0);
            }

            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => !f.IsLiteral))
            {
                Gaa(f.GetValue(null), type.Name + "." + f.Name, sett, funn, dybde: 0);
            }
        }

        funn.Should().BeEmpty();
    }

    [Fact]
    public void The_walk_finds_a_mutable_collection_behind_a_read_only_interface()
    {
        // The detector itself: an array or list behind IReadOnlyList is found, a read-only wrapper is not.
        var funn = new List<string>();
        Gaa(new Holder(new[] { 1, 2 }), "array", new HashSet<object>(ReferenceEqualityComparer.Instance), funn, 0);
        Gaa(new Holder(new List<int> { 1 }), "liste", new HashSet<object>(ReferenceEqualityComparer.Instance), funn, 0);
        Gaa(new Holder(new List<int> { 1 }.AsReadOnly()), "innpakket", new HashSet<object>(ReferenceEqualityComparer.Instance), funn, 0);
        funn.Should().Equal("array.Verdier (Int32[])", "liste.Verdier (List`1)");
    }

    [Fact]
    public void A_cast_and_write_on_a_loaded_table_is_impossible()
    {
        var satser = SatserLaster.LastInnebygde();
        var forsoek = new Action[]
        {
            () => ((IList<Periodeverdi<Prosentverdi>>)satser.Forsinkelsesrente.Perioder)[0] = satser.Forsinkelsesrente.Perioder[1],
            () => ((IList<Periodeverdi<Satsverdi>>)satser.Rettsgebyr.Perioder)[0] = satser.Rettsgebyr.Perioder[1],
            () => ((IList<LivsoppholdPeriode>)satser.Livsopphold.Perioder)[0] = satser.Livsopphold.Perioder[1],
            () => ((IList<SamvaerPeriode>)satser.Samvaer.Perioder)[0] = satser.Samvaer.Perioder[1],
            () => ((IList<Satsverdi>)satser.Samvaer.Perioder[0].Satser)[0] = default,
            () => ((IDictionary<LivsoppholdKategori, string>)satser.Livsopphold.Perioder[0].Kilder)[LivsoppholdKategori.Enslig] = "forfalsket",
            () => ((IDictionary<string, string>)satser.Tabellversjoner)["livsopphold"] = "forfalsket",
        };
        foreach (var f in forsoek)
        {
            var e = f.Should().Throw<Exception>().Which;
            (e is NotSupportedException or InvalidCastException).Should().BeTrue(e.ToString());
        }
    }

    private sealed record Holder(IReadOnlyList<int> Verdier);

    private static void Gaa(object? verdi, string sti, HashSet<object> sett, List<string> funn, int dybde)
    {
        if (verdi is null || dybde > 8 || verdi is string || verdi.GetType().IsPrimitive || verdi.GetType().IsEnum || !sett.Add(verdi))
        {
            return;
        }

        var type = verdi.GetType();
        if (verdi is IEnumerable samling)
        {
            if (ErForanderlig(verdi))
            {
                funn.Add($"{sti} ({type.Name})");
            }

            var i = 0;
            foreach (var element in samling)
            {
                if (i++ > 50)
                {
                    break;
                }

                Gaa(element, sti + "[]", sett, funn, dybde + 1);
            }

            return;
        }

        if (!Sammenstillinger.Contains(type.Assembly) && type != typeof(Holder) && !(type.IsGenericType && type.Name.StartsWith("ValueTuple", StringComparison.Ordinal)))
        {
            return; // NodaTime, BCL values: not ours to check
        }

        // Properties inherited from the BCL (Exception.Data, …) are not ours.
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && (p.DeclaringType == typeof(Holder) || Sammenstillinger.Contains(p.DeclaringType!.Assembly))))
        {
            Gaa(p.GetValue(verdi), sti + "." + p.Name, sett, funn, dybde + 1);
        }

        foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            Gaa(f.GetValue(verdi), sti + "." + f.Name, sett, funn, dybde + 1);
        }
    }

    private static bool ErForanderlig(object samling) => samling switch
    {
        Array => true,
        IList l => !l.IsReadOnly,
        IDictionary d => !d.IsReadOnly,
        _ => samling.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
            .Any(i => !(bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(samling)!),
    };
}
