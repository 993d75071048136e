using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// Argument checks whose throws live out of line, so the checked methods stay small enough to inline.
/// </summary>
internal static class Preconditions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgumentNull(string paramName) =>
        throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgumentOutOfRange(string paramName, long value, long minInclusive, long maxInclusive) =>
        throw new ArgumentOutOfRangeException(
            paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}]");
}
