using System.Buffers;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// Scratch memory for a hot path: the caller's stack buffer when the length fits it, else an array rented from
/// <see cref="ArrayPool{T}.Shared"/>, returned by <see cref="Dispose"/>. The caller decides the stack buffer's size
/// (<c>stackalloc</c> must happen in the caller's frame), usually <see cref="Kladd.StackGrense"/> elements per row:
/// <code>var kladd = new Kladd&lt;long&gt;(n &lt;= Kladd.StackGrense ? stackalloc long[3 * n] : default, 3 * n);</code>
/// Forgetting <see cref="Dispose"/> only loses a pooled array to the garbage collector (no wrong result).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal ref struct Kladd<T>
{
    private T[]? _leid;

    /// <summary>Takes <paramref name="lengde"/> elements of <paramref name="stakk"/>, or rents them when it is shorter.</summary>
    public Kladd(Span<T> stakk, int lengde)
    {
        if (lengde <= stakk.Length)
        {
            Span = stakk[..lengde];
        }
        else
        {
            _leid = ArrayPool<T>.Shared.Rent(lengde);
            Span = _leid.AsSpan(0, lengde);
        }
    }

    /// <summary>The scratch memory, exactly the length asked for (contents undefined).</summary>
    public Span<T> Span { get; }

    /// <summary>True when the memory is a rented array, not the stack buffer.</summary>
    public readonly bool ErLeid => _leid is not null;

    /// <summary>Returns a rented array to the pool (no-op for the stack buffer). Call once.</summary>
    public void Dispose()
    {
        if (_leid is not null)
        {
            ArrayPool<T>.Shared.Return(_leid);
            _leid = null;
        }
    }
}

/// <summary>The size rule shared by the users of <see cref="Kladd{T}"/>.</summary>
internal static class Kladd
{
    /// <summary>Rows of up to this many elements are taken from the stack; longer ones are rented.</summary>
    internal const int StackGrense = 256;
}
