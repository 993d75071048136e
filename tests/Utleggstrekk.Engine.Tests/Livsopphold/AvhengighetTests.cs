using System.Reflection;
using System.Reflection.Emit;
using Utleggstrekk.Engine.Livsopphold;

namespace Utleggstrekk.Tests.Livsopphold;

/// <summary>
/// References between the engine's folders run one way: Trekkberegning uses Livsopphold, never the reverse; Innsyn,
/// Framskriving and Avregning use Trekkdata (the trekk and its validation), never the reverse. The check
/// reads the compiled engine (signatures, generic constraints, locals and every member or type token in the method
/// bodies), so a fully qualified name or a global using is caught as surely as a <c>using</c>.
/// </summary>
public class AvhengighetTests
{
    private const string Motor = "Utleggstrekk.Engine.";

    private static readonly Dictionary<short, OpCode> EnByte = [];
    private static readonly Dictionary<short, OpCode> ToByte = [];

    static AvhengighetTests()
    {
        foreach (var felt in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var kode = (OpCode)felt.GetValue(null)!;
            (kode.Size == 1 ? EnByte : ToByte)[kode.Value] = kode;
        }
    }

    [Fact]
    public void Livsopphold_references_nothing_in_Trekkberegning() =>
        Referanser("Livsopphold", "Trekkberegning")
            .Should().BeEmpty("Livsopphold sits below Trekkberegning (Livsopphold → Felles/Satser; Trekkberegning → Livsopphold)");

    [Theory]
    [InlineData("Innsyn")]
    [InlineData("Framskriving")]
    [InlineData("Avregning")]
    public void Trekkdata_references_none_of_the_folders_that_use_it(string bruker) =>
        Referanser("Trekkdata", bruker)
            .Should().BeEmpty("the trekk and its validation sit below innsyn, framskriving and avregning, which all read it");

    [Fact]
    public void The_users_of_Trekkdata_are_seen_referencing_it()
    {
        // Control for the theory above: the scan finds the references the other way.
        Referanser("Innsyn", "Trekkdata").Should().Contain(r => r.Til == typeof(Engine.Trekkdata.Trekk).FullName);
        Referanser("Framskriving", "Trekkdata").Should().Contain(r => r.Til == typeof(Engine.Trekkdata.Trekk).FullName);
        Referanser("Avregning", "Trekkdata").Should().Contain(r => r.Til == typeof(Engine.Trekkdata.Trekk).FullName);
    }

    [Fact]
    public void The_check_sees_references_made_only_in_method_bodies_and_constraints()
    {
        // Control: the opposite direction exists, through calls (Trekkberegner → LivsoppholdVoksne.Antall), generic
        // constraints (ITrekkinndata extends IHusstandsbarn) and static fields (the rules list); if the scan stopped
        // seeing any of them, the test above would pass for the wrong reason.
        var funnet = Referanser("Trekkberegning", "Livsopphold");

        funnet.Should().Contain(r => r.Til == typeof(LivsoppholdVoksne).FullName);
        funnet.Should().Contain(r => r.Til == typeof(Yngstefoerst).FullName);
        funnet.Should().Contain(r => r.Til == typeof(IHusstandsbarn).FullName);
        Referanser("Livsopphold", "Felles").Should().Contain(r => r.Til == Motor + "Felles.Oeresregning");
    }

    /// <summary>Every (type in <paramref name="fra"/>, type in <paramref name="til"/>) pair the compiled engine holds.</summary>
    private static List<(string Fra, string Til)> Referanser(string fra, string til)
    {
        var assembly = typeof(Alder).Assembly;
        var funnet = new List<(string, string)>();
        foreach (var type in assembly.GetTypes().Where(t => I(t, fra)))
        {
            foreach (var brukt in Brukte(type))
            {
                if (I(brukt, til))
                {
                    funnet.Add((type.FullName!, brukt.FullName ?? brukt.Name));
                }
            }
        }

        return funnet;
    }

    private static bool I(Type type, string mappe) =>
        type.Namespace is { } ns && (ns == Motor + mappe || ns.StartsWith(Motor + mappe + ".", StringComparison.Ordinal));

    private const BindingFlags Alle =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Brukte(Type type)
    {
        var brukte = new List<Type>();
        if (type.BaseType is { } basis)
        {
            brukte.Add(basis);
        }

        brukte.AddRange(type.GetInterfaces());
        brukte.AddRange(type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()));
        brukte.AddRange(type.GetFields(Alle).Select(f => f.FieldType));
        brukte.AddRange(type.GetProperties(Alle).Select(p => p.PropertyType));
        foreach (var metode in type.GetMethods(Alle).Cast<MethodBase>().Concat(type.GetConstructors(Alle)))
        {
            if (metode is MethodInfo m)
            {
                brukte.Add(m.ReturnType);
                if (m.IsGenericMethodDefinition)
                {
                    brukte.AddRange(m.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()));
                }
            }

            brukte.AddRange(metode.GetParameters().Select(p => p.ParameterType));
            if (metode.GetMethodBody() is { } kropp)
            {
                brukte.AddRange(kropp.LocalVariables.Select(l => l.LocalType));
                brukte.AddRange(IlReferanser(metode, kropp.GetILAsByteArray()!));
            }
        }

        return brukte.SelectMany(Utpakket);
    }

    /// <summary>The type itself, its element type and its generic arguments, recursively.</summary>
    private static IEnumerable<Type> Utpakket(Type type)
    {
        if (type.HasElementType)
        {
            return Utpakket(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return Utpakket(type.GetGenericTypeDefinition()).Concat(type.GetGenericArguments().SelectMany(Utpakket));
        }

        return type.IsGenericParameter ? [] : [type];
    }

    /// <summary>The types named by the member and type tokens in a method body.</summary>
    private static IEnumerable<Type> IlReferanser(MethodBase metode, byte[] il)
    {
        var typeArgumenter = metode.DeclaringType!.IsGenericType ? metode.DeclaringType.GetGenericArguments() : null;
        var metodeArgumenter = metode.IsGenericMethod ? metode.GetGenericArguments() : null;
        var modul = metode.Module;
        var i = 0;
        while (i < il.Length)
        {
            var kode = il[i] == 0xFE ? ToByte[unchecked((short)(0xFE00 | il[i + 1]))] : EnByte[il[i]];
            i += kode.Size;
            switch (kode.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    var medlem = modul.ResolveMember(BitConverter.ToInt32(il, i), typeArgumenter, metodeArgumenter)!;
                    foreach (var type in Medlemstyper(medlem))
                    {
                        yield return type;
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Medlemstyper(MemberInfo medlem)
    {
        switch (medlem)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo felt:
                yield return felt.DeclaringType!;
                yield return felt.FieldType;
                break;
            case MethodBase metode:
                yield return metode.DeclaringType!;
                foreach (var parameter in metode.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                if (metode is MethodInfo m)
                {
                    yield return m.ReturnType;
                    foreach (var argument in m.IsGenericMethod ? m.GetGenericArguments() : [])
                    {
                        yield return argument;
                    }
                }

                break;
        }
    }
}
