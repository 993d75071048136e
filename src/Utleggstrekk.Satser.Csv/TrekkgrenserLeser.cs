using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>
/// Reads <c>trekkgrenser.csv</c>: one row per parameter and period. The rows of each parameter are sorted by
/// <c>gyldig_fra</c>; parameters may come in any order. The last period of a parameter may be open.
/// </summary>
internal static class TrekkgrenserLeser
{
    public static readonly string[] Kolonner = ["gyldig_fra", "gyldig_til", "parameter", "verdi", "kilde", "kildegrad"];

    public static TrekkgrenserTabell? Les(string fil, byte[] innhold, Feilsamler feil)
    {
        var foer = feil.Antall;
        var rader = CsvFil.LesTabell(fil, innhold, Kolonner, feil);
        if (rader is null)
        {
            return null;
        }

        var f = new Feltleser(fil, feil);
        var perParameter = LesPerParameter(f, rader);
        var tabeller = new Dictionary<Trekkgrense, IReadOnlyList<Periodeverdi<Prosentverdi>>>();
        var gruppert = new List<Periode<Prosentverdi>>[perParameter.Length];
        for (var i = 0; i < perParameter.Length; i++)
        {
            if (perParameter[i].Count == 0)
            {
                feil.Legg(fil, 0, 0, Satserfeilkoder.ParameterMangler, $"Parameteren {TrekkgrenserTabell.Parameternavn[i]} har ingen rad; alle trekkgrenser må være oppgitt.");
                continue;
            }

            var perioder = Perioder.Grupper(f, perParameter[i], 1, null);
            gruppert[i] = perioder;
            tabeller[(Trekkgrense)i] = [.. perioder.Select(p => new Periodeverdi<Prosentverdi>(p.Fra, p.Til, p.Rader[0].Verdi))];
        }

        if (feil.Antall == foer)
        {
            // Only on values that all parsed, so a bad number is not reported twice.
            SjekkTak(f, gruppert[(int)Trekkgrense.TakNormal], gruppert[(int)Trekkgrense.TakMaks]);
        }

        return feil.Antall != foer ? null : TrekkgrenserTabell.Lag(tabeller);
    }

    /// <summary>The valid rows of each parameter, in file order (index as in <see cref="TrekkgrenserTabell.Parameternavn"/>).</summary>
    private static List<Datert<Prosentverdi>>[] LesPerParameter(Feltleser f, List<Rad> rader)
    {
        var perParameter = new List<Datert<Prosentverdi>>[TrekkgrenserTabell.Parameternavn.Count];
        for (var i = 0; i < perParameter.Length; i++)
        {
            perParameter[i] = [];
        }

        foreach (var rad in rader)
        {
            if (LesRad(f, rad) is var (indeks, datert))
            {
                perParameter[indeks].Add(datert);
            }
        }

        return perParameter;
    }

    /// <summary>One row, every field checked; its parameter's index and value, or null when a date or the parameter is invalid.</summary>
    private static (int Indeks, Datert<Prosentverdi> Rad)? LesRad(Feltleser f, Rad rad)
    {
        var navn = TrekkgrenserTabell.Parameternavn;
        var fraOk = f.LesDato(rad, 1, "gyldig_fra", out var fra);
        var tilOk = f.LesSisteDag(rad, 2, "gyldig_til", fraOk ? fra : null, out var sisteDag);
        var parameter = rad.Felt[2];
        var indeks = IndeksAv(navn, parameter);
        if (indeks < 0)
        {
            f.Legg(rad, 3, Satserfeilkoder.UkjentParameter, $"parameter '{parameter}' er ukjent; kjente parametre er {string.Join(", ", navn)}.");
        }

        f.LesProsent(rad, 4, "verdi", out var prosent);
        f.SjekkPaakrevd(rad, 5, "kilde");
        f.LesKildegrad(rad, 6, out var grad);
        return fraOk && tilOk && indeks >= 0
            ? (indeks, new Datert<Prosentverdi>(rad, fra, sisteDag, string.Empty, new Prosentverdi(prosent, rad.Felt[4], grad)))
            : null;
    }

    /// <summary>
    /// Retningslinje pkt. 5.4: on every date <c>tak_normal ≤ tak_maks ≤ 80</c>. (The næring rule and the reductions
    /// are within 0–100 by <see cref="Feltleser.LesProsent"/>.)
    /// </summary>
    private static void SjekkTak(Feltleser f, List<Periode<Prosentverdi>> normal, List<Periode<Prosentverdi>> maks)
    {
        var hoeyeste = TrekkgrenserTabell.HoeyesteTak;
        var overGrense = false;
        foreach (var periode in normal.Concat(maks))
        {
            var rad = periode.FoersteRad;
            if (periode.Rader[0].Verdi.Prosent > hoeyeste)
            {
                overGrense = true;
                f.Legg(rad, 4, Satserfeilkoder.TakOverGrense, $"{rad.Felt[2]} '{rad.Felt[3]}' er over {hoeyeste} prosent; trekket sammen med forskuddstrekket skal aldri overstige {hoeyeste} % (Retningslinje for utleggstrekk pkt. 5.4).");
            }
        }

        if (overGrense)
        {
            return;
        }

        foreach (var n in normal)
        {
            foreach (var m in maks)
            {
                var overlapper = (m.Til is not { } mTil || n.Fra < mTil) && (n.Til is not { } nTil || m.Fra < nTil);
                if (overlapper && n.Rader[0].Verdi.Prosent > m.Rader[0].Verdi.Prosent)
                {
                    f.Legg(n.FoersteRad, 4, Satserfeilkoder.TakNormalOverMaks, $"tak_normal_prosent_av_brutto '{n.FoersteRad.Felt[3]}' er høyere enn tak_maks_prosent_av_brutto '{m.FoersteRad.Felt[3]}' på linje {m.FoersteRad.Linje} for datoer de begge gjelder; normaltaket kan ikke være over det høyeste taket.");
                }
            }
        }
    }

    private static int IndeksAv(IReadOnlyList<string> navn, string parameter)
    {
        for (var i = 0; i < navn.Count; i++)
        {
            if (string.Equals(navn[i], parameter, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
