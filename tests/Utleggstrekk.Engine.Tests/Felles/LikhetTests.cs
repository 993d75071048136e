using System.Reflection;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// Every public value type of the engine that implements <see cref="IEquatable{T}"/> must also define
/// <c>==</c> and <c>!=</c>, and every one that implements <see cref="IComparable{T}"/> the four ordering operators,
/// so callers never fall back to reference or boxing semantics.
/// </summary>
public class LikhetTests
{
    private static readonly Type[] Typer = typeof(Beloep).Assembly.GetExportedTypes();

    public static TheoryData<Type> EquatableTypes() => [.. Implementing(typeof(IEquatable<>))];

    public static TheoryData<Type> ComparableTypes() => [.. Implementing(typeof(IComparable<>))];

    private static IEnumerable<Type> Implementing(Type generiskGrensesnitt) =>
        Typer.Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition
            && t.GetInterfaces().Contains(generiskGrensesnitt.MakeGenericType(t)));

    [Fact]
    public void The_core_value_types_are_covered()
    {
        Implementing(typeof(IEquatable<>)).Should().Contain([typeof(Beloep), typeof(Prosent)]);
        Implementing(typeof(IComparable<>)).Should().Contain([typeof(Beloep), typeof(Prosent)]);
    }

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Equatable_value_types_define_equality_operators(Type type)
    {
        Operator(type, "op_Equality").Should().NotBeNull($"{type.Name} is IEquatable<{type.Name}>");
        Operator(type, "op_Inequality").Should().NotBeNull($"{type.Name} is IEquatable<{type.Name}>");
    }

    [Theory]
    [MemberData(nameof(ComparableTypes))]
    public void Comparable_value_types_define_ordering_operators(Type type)
    {
        foreach (var op in new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            Operator(type, op).Should().NotBeNull($"{type.Name} is IComparable<{type.Name}> and needs {op}");
        }
    }

    private static MethodInfo? Operator(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);
}
