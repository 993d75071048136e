using NodaTime;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Reference.Renter;

/// <summary>The reference result of an interest calculation, in kroner.</summary>
/// <param name="Rente">The interest in kroner, rounded once to øre, half away from zero.</param>
/// <param name="Antatt">True when a day past the table's last known day used the carried-forward last rate.</param>
/// <param name="Dager">The number of interest days.</param>
public sealed record ReferanseRente(decimal Rente, bool Antatt, int Dager);

/// <summary>
/// Reference interest (forsinkelsesrenteloven § 3), day by day: every day from <c>fra</c> (inclusive) to <c>til</c>
/// (exclusive) adds rate / days-in-its-year. Plain decimal, no tricks, written without the engine's code.
/// </summary>
public static class ReferanseRenter
{
    /// <summary>Forsinkelsesrente on <paramref name="hovedstol"/> kroner from the rate periods of <paramref name="tabell"/>.</summary>
    public static ReferanseRente Forsinkelsesrente(decimal hovedstol, LocalDate fra, LocalDate til, EnkelTabell<Prosentverdi> tabell)
    {
        ArgumentNullException.ThrowIfNull(tabell);
        var perioder = tabell.Perioder;
        var antatt = false;
        var dager = Dager(fra, til);
        var rentedager = new List<(decimal Prosent, int DagerIAaret)>();
        foreach (var dag in dager)
        {
            var periode = perioder.FirstOrDefault(p => p.Fra <= dag && (p.Til is null || dag < p.Til));
            if (periode is null)
            {
                var siste = perioder[^1];
                if (siste.Til is { } sisteTil && dag >= sisteTil)
                {
                    periode = siste;
                    antatt = true;
                }
                else
                {
                    throw new SatserManglerException("forsinkelsesrente", dag, "sats_prosent_pa", null);
                }
            }

            rentedager.Add((periode.Verdi.Prosent.Verdi, DagerIAaret(dag.Year)));
        }

        return new ReferanseRente(Rente(hovedstol, rentedager), antatt, dager.Count);
    }

    /// <summary>Interest at the agreed rate <paramref name="prosent"/> (percent per year) on <paramref name="hovedstol"/> kroner.</summary>
    public static ReferanseRente AvtaltRente(decimal hovedstol, LocalDate fra, LocalDate til, decimal prosent)
    {
        var dager = Dager(fra, til);
        var rentedager = dager.Select(d => (prosent, DagerIAaret(d.Year))).ToList();
        return new ReferanseRente(Rente(hovedstol, rentedager), false, dager.Count);
    }

    /// <summary>Every interest day: from <paramref name="fra"/> inclusive to <paramref name="til"/> exclusive.</summary>
    private static List<LocalDate> Dager(LocalDate fra, LocalDate til)
    {
        if (til < fra)
        {
            throw new ArgumentException("til is before fra.", nameof(til));
        }

        var dager = new List<LocalDate>();
        for (var d = fra; d < til; d = d.PlusDays(1))
        {
            dager.Add(d);
        }

        return dager;
    }

    private static int DagerIAaret(int aar) => DateTime.IsLeapYear(aar) ? 366 : 365;

    /// <summary>
    /// hovedstol · Σ (prosent / 100 / dagerIAaret), summed exactly: the days of 365-day years and of 366-day years are
    /// added up as whole "percent-days" first, so the only division is the last one, and then rounded once.
    /// </summary>
    private static decimal Rente(decimal hovedstol, List<(decimal Prosent, int DagerIAaret)> rentedager)
    {
        var prosentdager365 = rentedager.Where(r => r.DagerIAaret == 365).Sum(r => r.Prosent);
        var prosentdager366 = rentedager.Where(r => r.DagerIAaret == 366).Sum(r => r.Prosent);
        var eksakt = hovedstol * ((prosentdager365 * 366m) + (prosentdager366 * 365m)) / (100m * 365m * 366m);
        return Math.Round(eksakt, 2, MidpointRounding.AwayFromZero);
    }
}
