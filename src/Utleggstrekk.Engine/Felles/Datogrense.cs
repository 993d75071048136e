using NodaTime;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// The input policy for dates: years 1–9999 of the ISO calendar. <see cref="LocalDate"/> also allows years 0 and
/// below (down to −9998); no rule or rate table means anything there, and day numbers (<see cref="DateOnly"/>) do not
/// exist for them, so every reader and every public entry point of the engine refuses them with rule
/// <c>UGYLDIG_DATO</c>.
/// </summary>
public static class Datogrense
{
    /// <summary>Rule code of a date outside the allowed range (or not a date).</summary>
    public const string UgyldigDato = Feilkoder.UgyldigDato;

    /// <summary>The first allowed date, 0001-01-01.</summary>
    public static LocalDate Foerste { get; } = new(1, 1, 1);

    /// <summary>The last allowed date, 9999-12-31.</summary>
    public static LocalDate Siste { get; } = new(9999, 12, 31);

    /// <summary>True when <paramref name="dato"/> lies in year 1–9999 of the ISO calendar (another calendar is refused too).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool ErGyldig(LocalDate dato) => dato.Year >= 1 && dato.Calendar == CalendarSystem.Iso;

    /// <summary>Records <c>UGYLDIG_DATO</c> for <paramref name="felt"/> when the date is outside years 1–9999.</summary>
    /// <returns>True when the date is allowed.</returns>
    public static bool Sjekk(LocalDate dato, string felt, ICollection<Valideringsfeil> feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        if (ErGyldig(dato))
        {
            return true;
        }

        feil.Add(Feil(dato, felt));
        return false;
    }

    /// <summary>The <c>UGYLDIG_DATO</c> violation for <paramref name="dato"/> in <paramref name="felt"/>.</summary>
    public static Valideringsfeil Feil(LocalDate dato, string felt) =>
        new(felt, Isodato.Tekst(dato), UgyldigDato, "Datoen må ligge i år 1–9999.");
}
