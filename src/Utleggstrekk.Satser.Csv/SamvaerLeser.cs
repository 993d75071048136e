using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>Reads <c>samvaer.csv</c>: one row per period and samværsklasse, one column per age band.</summary>
internal static class SamvaerLeser
{
    public static readonly string[] Kolonner =
        ["gyldig_fra", "gyldig_til", "samvaersklasse", "alder_0_5", "alder_6_10", "alder_11_14", "alder_15_pluss", "kilde", "kildegrad", "merknad"];

    private const int FoersteBandkolonne = 4;

    private static readonly string[] Klasser = ["1", "2", "3", "4"];

    public static SamvaerTabell? Les(string fil, byte[] innhold, Feilsamler feil)
    {
        var foer = feil.Antall;
        var rader = CsvFil.LesTabell(fil, innhold, Kolonner, feil);
        if (rader is null)
        {
            return null;
        }

        var f = new Feltleser(fil, feil);

        var daterte = new List<Datert<Satsverdi[]>>();
        foreach (var rad in rader)
        {
            var fraOk = f.LesDato(rad, 1, "gyldig_fra", out var fra);
            var tilOk = f.LesSisteDag(rad, 2, "gyldig_til", fraOk ? fra : null, out var sisteDag);
            var klasse = rad.Felt[2];
            var klasseOk = Klasser.Contains(klasse, StringComparer.Ordinal);
            if (!klasseOk)
            {
                f.Legg(rad, 3, Satserfeilkoder.UkjentKlasse, $"samvaersklasse '{klasse}' er ukjent; skal være 1, 2, 3 eller 4.");
            }

            var kilde = rad.Felt[7];
            f.LesKildegrad(rad, 9, out var grad);
            var verdier = new Satsverdi[SamvaerTabell.AntallAldersband];
            for (var band = 0; band < SamvaerTabell.AntallAldersband; band++)
            {
                var kolonne = FoersteBandkolonne + band;
                f.LesBeloep(rad, kolonne, Kolonner[kolonne - 1], out var beloep);
                verdier[band] = new Satsverdi(beloep, kilde, grad);
            }

            f.SjekkPaakrevd(rad, 8, "kilde");
            if (fraOk && tilOk && klasseOk)
            {
                daterte.Add(new Datert<Satsverdi[]>(rad, fra, sisteDag, klasse, verdier));
            }
        }

        var perioder = Perioder.Grupper(f, daterte, 3, "samvaersklasse");
        foreach (var periode in perioder)
        {
            foreach (var klasse in Klasser)
            {
                if (periode.Finn(klasse) is null)
                {
                    f.Legg(periode.FoersteRad, 0, Satserfeilkoder.KategoriMangler, $"Perioden fra {Feltleser.Tekst(periode.Fra)} mangler samvaersklasse {klasse}; hver periode må ha alle fire klassene.");
                }
            }
        }

        Perioder.SjekkSisteKjenteDag(f, perioder, "samvaer");
        if (feil.Antall != foer)
        {
            return null;
        }

        return SamvaerTabell.Lag([.. perioder.Select(Bygg)]);
    }

    private static SamvaerPeriode Bygg(Periode<Satsverdi[]> periode)
    {
        var satser = new Satsverdi[SamvaerTabell.AntallKlasser * SamvaerTabell.AntallAldersband];
        for (var klasse = 1; klasse <= SamvaerTabell.AntallKlasser; klasse++)
        {
            var rad = periode.Finn(Klasser[klasse - 1])!;
            for (var band = 0; band < SamvaerTabell.AntallAldersband; band++)
            {
                satser[SamvaerTabell.Indeks(klasse, band)] = rad.Verdi[band];
            }
        }

        return new SamvaerPeriode(periode.Fra, periode.Til, satser);
    }
}
