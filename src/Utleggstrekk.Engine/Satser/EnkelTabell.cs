using NodaTime;

namespace Utleggstrekk.Engine.Satser;

/// <summary>One period of a table with a single value per period.</summary>
/// <typeparam name="T">The value: <see cref="Satsverdi"/> (an amount) or <see cref="Prosentverdi"/> (a percentage).</typeparam>
/// <param name="Fra">First day (inclusive).</param>
/// <param name="Til">End (exclusive), or <c>null</c> when open.</param>
/// <param name="Verdi">The value with its source.</param>
public sealed record Periodeverdi<T>(LocalDate Fra, LocalDate? Til, T Verdi)
    where T : struct;

/// <summary>
/// An effective-dated table with one value per period (forsinkelsesrente, rettsgebyr, each trekkgrense),
/// compiled for allocation-free lookup by date.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class EnkelTabell<T>
    where T : struct
{
    private readonly T[] _verdier;
    private readonly Periodeverdi<T>[] _perioder;

    private EnkelTabell(Tidsserie tidsserie, Periodeverdi<T>[] perioder)
    {
        Tidsserie = tidsserie;
        _perioder = perioder;
        Perioder = Array.AsReadOnly(perioder);
        _verdier = [.. perioder.Select(p => p.Verdi)];
    }

    /// <summary>The periods of the table.</summary>
    public Tidsserie Tidsserie { get; }

    /// <summary>The periods as loaded (a read-only wrapper: a cast-and-write cannot change a loaded table).</summary>
    public IReadOnlyList<Periodeverdi<T>> Perioder { get; }

    /// <summary>Builds the table. Throws <see cref="ArgumentException"/> when periods are unsorted or overlap.</summary>
    public static EnkelTabell<T> Lag(IReadOnlyList<Periodeverdi<T>> perioder)
    {
        ArgumentNullException.ThrowIfNull(perioder);
        var tidsserie = Tidsserie.Lag([.. perioder.Select(p => p.Fra)], [.. perioder.Select(p => p.Til)]);
        return new EnkelTabell<T>(tidsserie, [.. perioder]);
    }

    /// <summary>The value of period <paramref name="indeks"/>.</summary>
    public ref readonly T Verdi(int indeks) => ref _verdier[indeks];

    /// <summary>
    /// The value in force on <paramref name="dato"/>; see <see cref="Tidsserie.Finn(LocalDate, bool, out SatsStatus)"/>.
    /// Returns false (status <see cref="SatsStatus.Mangler"/>) when none is known and none may be assumed.
    /// </summary>
    public bool TryFinn(LocalDate dato, bool tillatAntatt, out T verdi, out SatsStatus status)
    {
        var i = Tidsserie.Finn(dato, tillatAntatt, out status);
        if (i < 0)
        {
            verdi = default;
            return false;
        }

        verdi = _verdier[i];
        return true;
    }
}
