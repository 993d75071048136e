using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// What the Trekkperiode questions share: the range of dates they compute with, the input checks every question makes
/// (the claim's kind, a date in range), and the formatting of dates and years in the explanations.
/// </summary>
internal static class Trekkperiodefelles
{
    /// <summary>The date the Retningslinje applies from ("Retningslinjene gjelder fra 16. desember 2020").</summary>
    internal static readonly LocalDate RetningslinjeGyldigFra = new(2020, 12, 16);

    /// <summary>The highest year of a date the arithmetic supports (NodaTime ends at year 9999).</summary>
    internal const int HoeyesteAar = 9990;

    /// <summary>Records <c>UKJENT_KRAVART</c> when <paramref name="art"/> is not a defined <see cref="Kravart"/>.</summary>
    internal static void ValiderArt(Kravart art, List<Valideringsfeil> feil)
    {
        if (!Enum.IsDefined(art))
        {
            feil.Add(new Valideringsfeil(
                "art",
                ((int)art).ToString(CultureInfo.InvariantCulture),
                Feilkoder.UkjentKravart,
                "Ukjent kravart."));
        }
    }

    /// <summary>The <c>UGYLDIG_DATO</c> error for a date outside years 1–<see cref="HoeyesteAar"/>.</summary>
    internal static Valideringsfeil UtenforDatoomraade(string felt, LocalDate dato) =>
        new(felt, Dato(dato), Datogrense.UgyldigDato, $"Datoen må ligge i år 1–{Tall(HoeyesteAar)}.");

    /// <summary>
    /// Outside the dates the questions compute with: before year 1 or in another calendar (<see cref="Datogrense"/>),
    /// or after <see cref="HoeyesteAar"/>, where adding the longest period could leave NodaTime's range.
    /// </summary>
    internal static bool UtenforOmraade(LocalDate dato) => !Datogrense.ErGyldig(dato) || dato.Year > HoeyesteAar;

    /// <summary>Records <c>UGYLDIG_DATO</c> when <paramref name="dato"/> is <see cref="UtenforOmraade"/>; true when it is not.</summary>
    internal static bool SjekkDato(LocalDate dato, string felt, List<Valideringsfeil> feil)
    {
        if (UtenforOmraade(dato))
        {
            feil.Add(UtenforDatoomraade(felt, dato));
            return false;
        }

        return true;
    }

    /// <summary>Throws every recorded error at once; returns when there is none.</summary>
    internal static void KastHvisFeil(List<Valideringsfeil> feil)
    {
        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }
    }

    /// <summary>Records <c>DATO_FOER_HOVEDSTOLENS_TIDSPRIORITET</c> when <paramref name="dato"/> is before <paramref name="grense"/>.</summary>
    internal static void IkkeFoer(LocalDate? dato, LocalDate grense, string felt, List<Valideringsfeil> feil)
    {
        if (dato is { } d && d < grense)
        {
            feil.Add(new Valideringsfeil(
                felt,
                Dato(d),
                Feilkoder.DatoFoerHovedstolensTidsprioritet,
                $"Datoen kan ikke være før hovedstolens tidsprioritet {Dato(grense)}."));
        }
    }

    /// <summary>A trekkperiode answer; the last day is the day before the exclusive end.</summary>
    internal static Trekkperiodesvar Svar(LocalDate fra, LocalDate? til, string grunn, string kilde, string forklaring) =>
        new(fra, til, til?.PlusDays(-1), grunn, kilde, forklaring);

    /// <summary>The answer "the trekk goes on".</summary>
    internal static Stanssvar Loeper(string grunn, string kilde, string forklaring) =>
        new(false, null, null, null, grunn, kilde, forklaring);

    /// <summary>A date as the explanations write it (ISO, <c>uuuu-MM-dd</c>).</summary>
    internal static string Dato(LocalDate d) => Isodato.Tekst(d);

    /// <summary>A year or number as the explanations write it (invariant culture).</summary>
    internal static string Tall(int n) => n.ToString(CultureInfo.InvariantCulture);
}
