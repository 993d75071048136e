using NodaTime;

namespace Utleggstrekk.Satser.Csv;

/// <summary>
/// One row whose dates and key parsed: the first day, the inclusive last day as written (null = open), the key that
/// must be unique within a period (category, class; empty for single-value tables) and the value.
/// </summary>
internal sealed record Datert<T>(Rad Rad, LocalDate Fra, LocalDate? SisteDag, string Noekkel, T Verdi);

/// <summary>The rows that share one <c>gyldig_fra</c>: one period of a table.</summary>
internal sealed class Periode<T>(Datert<T> foerste)
{
    public LocalDate Fra { get; } = foerste.Fra;

    /// <summary>The inclusive last day, as the file writes it; null when open.</summary>
    public LocalDate? SisteDag { get; } = foerste.SisteDag;

    /// <summary>The exclusive end used by <see cref="Engine.Satser.Tidsserie"/>: the day after <see cref="SisteDag"/>.</summary>
    public LocalDate? Til => SisteDag?.PlusDays(1);

    public Rad FoersteRad { get; } = foerste.Rad;

    public List<Datert<T>> Rader { get; } = [foerste];

    public Datert<T>? Finn(string noekkel) => Rader.Find(r => string.Equals(r.Noekkel, noekkel, StringComparison.Ordinal));
}

/// <summary>The period rules shared by every table: sorted, no duplicates, one gyldig_til per period, no overlap.</summary>
internal static class Perioder
{
    /// <summary>
    /// Groups rows (in file order) into periods by <c>gyldig_fra</c>, reporting unsorted rows, duplicate keys, rows
    /// of one period that disagree on <c>gyldig_til</c>, and periods that overlap the one before.
    /// </summary>
    /// <param name="f">Where to report.</param>
    /// <param name="rader">The rows whose dates and key parsed, in file order.</param>
    /// <param name="noekkelkolonne">The column a duplicate is reported at.</param>
    /// <param name="noekkelnavn">What the key is called in messages (<c>kategori</c>, <c>samvaersklasse</c>); null when
    /// the table has one row per period.</param>
    public static List<Periode<T>> Grupper<T>(Feltleser f, IEnumerable<Datert<T>> rader, int noekkelkolonne, string? noekkelnavn)
    {
        var perioder = new List<Periode<T>>();
        Periode<T>? naa = null;
        foreach (var r in rader)
        {
            if (naa is not null && r.Fra < naa.Fra)
            {
                f.Legg(r.Rad, 1, Satserfeilkoder.Usortert, $"gyldig_fra {Feltleser.Tekst(r.Fra)} kommer etter {Feltleser.Tekst(naa.Fra)} på linje {naa.FoersteRad.Linje}; radene må stå sortert etter gyldig_fra, med radene for én periode samlet.");
                continue;
            }

            if (naa is not null && r.Fra == naa.Fra)
            {
                if (naa.Finn(r.Noekkel) is { } tidligere)
                {
                    var hva = noekkelnavn is null
                        ? $"Perioden fra {Feltleser.Tekst(r.Fra)}"
                        : $"{noekkelnavn} '{r.Noekkel}' for perioden fra {Feltleser.Tekst(r.Fra)}";
                    f.Legg(r.Rad, noekkelkolonne, Satserfeilkoder.Duplikat, $"{hva} står allerede på linje {tidligere.Rad.Linje}.");
                    continue;
                }

                if (r.SisteDag != naa.SisteDag)
                {
                    f.Legg(r.Rad, 2, Satserfeilkoder.UlikGyldigTil, $"gyldig_til {Tekst(r.SisteDag)} er ulik gyldig_til {Tekst(naa.SisteDag)} på linje {naa.FoersteRad.Linje}; alle rader i perioden fra {Feltleser.Tekst(r.Fra)} må ha samme gyldig_til.");
                }

                naa.Rader.Add(r);
                continue;
            }

            if (naa is not null && (naa.SisteDag is not { } forrigeSiste || r.Fra <= forrigeSiste))
            {
                var hvorfor = naa.SisteDag is null
                    ? $"perioden fra {Feltleser.Tekst(naa.Fra)} på linje {naa.FoersteRad.Linje} er åpen (tom gyldig_til), så ingen periode kan komme etter den"
                    : $"den overlapper perioden {Feltleser.Tekst(naa.Fra)}–{Tekst(naa.SisteDag)} på linje {naa.FoersteRad.Linje}";
                f.Legg(r.Rad, 1, Satserfeilkoder.Overlapp, $"gyldig_fra {Feltleser.Tekst(r.Fra)}: {hvorfor}.");
            }

            naa = new Periode<T>(r);
            perioder.Add(naa);
        }

        return perioder;
    }

    /// <summary>Reports an open last period: the table must state the last day its figures are known for.</summary>
    public static void SjekkSisteKjenteDag<T>(Feltleser f, List<Periode<T>> perioder, string tabell)
    {
        if (perioder.Count > 0 && perioder[^1] is { SisteDag: null } siste)
        {
            f.Legg(siste.FoersteRad, 2, Satserfeilkoder.SistKjenteDagMangler, $"Den siste perioden i {tabell} (fra {Feltleser.Tekst(siste.Fra)}) har tom gyldig_til; tabellen må oppgi siste dag satsene er kjent for, så senere datoer ikke stille bruker gamle satser.");
        }
    }

    private static string Tekst(LocalDate? dato) => dato is { } d ? Feltleser.Tekst(d) : "(tom = åpen)";
}
