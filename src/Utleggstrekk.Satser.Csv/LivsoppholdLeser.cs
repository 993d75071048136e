using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>Reads <c>livsopphold.csv</c>: one row per period and category.</summary>
internal static class LivsoppholdLeser
{
    public static readonly string[] Kolonner = ["gyldig_fra", "gyldig_til", "kategori", "beloep_per_maaned", "kilde", "kildegrad", "merknad"];

    /// <summary>CSV names of the categories.</summary>
    public static readonly IReadOnlyDictionary<string, LivsoppholdKategori> Kategorier = new Dictionary<string, LivsoppholdKategori>(StringComparer.Ordinal)
    {
        ["enslig"] = LivsoppholdKategori.Enslig,
        ["par_per_person"] = LivsoppholdKategori.ParPerPerson,
        ["barn_0_5"] = LivsoppholdKategori.Barn0Til5,
        ["barn_6_10"] = LivsoppholdKategori.Barn6Til10,
        ["barn_11_pluss"] = LivsoppholdKategori.Barn11Pluss,
        ["barn_11_14"] = LivsoppholdKategori.Barn11Til14,
        ["barn_15_pluss"] = LivsoppholdKategori.Barn15Pluss,
    };

    /// <summary>
    /// The first day of the split 11–14 / 15+ bands (SPEC §3: <c>barn_11_pluss</c> until 2023-06-30,
    /// <c>barn_11_14</c> and <c>barn_15_pluss</c> from 2023-07-01; forskrift amended 9.6.2023).
    /// </summary>
    private static readonly LocalDate Todelt = new(2023, 7, 1);

    private static readonly string[] Grunnkategorier = ["enslig", "par_per_person", "barn_0_5", "barn_6_10"];

    public static LivsoppholdTabell? Les(string fil, byte[] innhold, Feilsamler feil)
    {
        var foer = feil.Antall;
        var rader = CsvFil.LesTabell(fil, innhold, Kolonner, feil);
        if (rader is null)
        {
            return null;
        }

        var f = new Feltleser(fil, feil);

        var daterte = new List<Datert<Satsverdi>>();
        foreach (var rad in rader)
        {
            var fraOk = f.LesDato(rad, 1, "gyldig_fra", out var fra);
            var tilOk = f.LesSisteDag(rad, 2, "gyldig_til", fraOk ? fra : null, out var sisteDag);
            var kategori = rad.Felt[2];
            var kategoriOk = Kategorier.ContainsKey(kategori);
            if (!kategoriOk)
            {
                f.Legg(rad, 3, Satserfeilkoder.UkjentKategori, $"kategori '{kategori}' er ukjent; kjente kategorier er {string.Join(", ", Kategorier.Keys)}.");
            }

            f.LesBeloep(rad, 4, "beloep_per_maaned", out var beloep);
            f.SjekkPaakrevd(rad, 5, "kilde");
            f.LesKildegrad(rad, 6, out var grad);
            if (fraOk && tilOk && kategoriOk)
            {
                daterte.Add(new Datert<Satsverdi>(rad, fra, sisteDag, kategori, new Satsverdi(beloep, rad.Felt[4], grad)));
            }
        }

        var perioder = Perioder.Grupper(f, daterte, 3, "kategori");
        foreach (var periode in perioder)
        {
            SjekkKategorier(f, periode);
        }

        Perioder.SjekkSisteKjenteDag(f, perioder, "livsopphold");
        if (feil.Antall != foer)
        {
            return null;
        }

        return LivsoppholdTabell.Lag([.. perioder.Select(Bygg)]);
    }

    private static void SjekkKategorier(Feltleser f, Periode<Satsverdi> periode)
    {
        var fra = Feltleser.Tekst(periode.Fra);
        foreach (var kategori in Grunnkategorier)
        {
            if (periode.Finn(kategori) is null)
            {
                f.Legg(periode.FoersteRad, 0, Satserfeilkoder.KategoriMangler, $"Perioden fra {fra} mangler kategorien {kategori}.");
            }
        }

        var ettBand = periode.Finn("barn_11_pluss");
        var band11Til14 = periode.Finn("barn_11_14");
        var band15Pluss = periode.Finn("barn_15_pluss");
        if (ettBand is not null && (band11Til14 is not null || band15Pluss is not null))
        {
            f.Legg(ettBand.Rad, 3, Satserfeilkoder.KategoriBlandet, $"Perioden fra {fra} blander barn_11_pluss med barn_11_14/barn_15_pluss; bruk enten barn_11_pluss (ett bånd, til 2023-06-30) eller både barn_11_14 og barn_15_pluss (fra 2023-07-01).");
        }
        else if (ettBand is null && band11Til14 is null && band15Pluss is null)
        {
            f.Legg(periode.FoersteRad, 0, Satserfeilkoder.KategoriMangler, $"Perioden fra {fra} mangler satsen for barn fra 11 år: enten barn_11_pluss eller både barn_11_14 og barn_15_pluss.");
        }
        else if (ettBand is null && (band11Til14 is null || band15Pluss is null))
        {
            var mangler = band11Til14 is null ? "barn_11_14" : "barn_15_pluss";
            f.Legg(periode.FoersteRad, 0, Satserfeilkoder.KategoriMangler, $"Perioden fra {fra} mangler kategorien {mangler} (barn_11_14 og barn_15_pluss hører sammen).");
        }
        else if (ettBand is not null && (periode.SisteDag is not { } siste || siste >= Todelt))
        {
            f.Legg(ettBand.Rad, 3, Satserfeilkoder.KategoriFeilPeriode, $"Perioden fra {fra} gjelder {(periode.SisteDag is { } s ? "til " + Feltleser.Tekst(s) : "uten sluttdato")}, men barn_11_pluss gjelder bare til {Feltleser.Tekst(Todelt.PlusDays(-1))}; fra {Feltleser.Tekst(Todelt)} brukes barn_11_14 og barn_15_pluss (SPEC §3).");
        }
        else if (ettBand is null && periode.Fra < Todelt)
        {
            var rad = (band11Til14 ?? band15Pluss)!.Rad;
            f.Legg(rad, 3, Satserfeilkoder.KategoriFeilPeriode, $"Perioden fra {fra} begynner før {Feltleser.Tekst(Todelt)}, men barn_11_14 og barn_15_pluss gjelder først fra {Feltleser.Tekst(Todelt)}; før det brukes barn_11_pluss (SPEC §3).");
        }
    }

    private static LivsoppholdPeriode Bygg(Periode<Satsverdi> periode)
    {
        Beloep Sats(string kategori) => periode.Finn(kategori)!.Verdi.Beloep;
        var ettBand = periode.Finn("barn_11_pluss") is not null;
        var satser = new LivsoppholdSatser(
            Sats("enslig"),
            Sats("par_per_person"),
            Sats("barn_0_5"),
            Sats("barn_6_10"),
            ettBand ? Sats("barn_11_pluss") : Sats("barn_11_14"),
            ettBand ? Sats("barn_11_pluss") : Sats("barn_15_pluss"),
            ettBand);
        var kilder = periode.Rader.ToDictionary(r => Kategorier[r.Noekkel], r => r.Verdi.Kilde).AsReadOnly();
        var grader = periode.Rader.ToDictionary(r => Kategorier[r.Noekkel], r => r.Verdi.Kildegrad).AsReadOnly();
        return new LivsoppholdPeriode(periode.Fra, periode.Til, satser, kilder) { Kildegrader = grader };
    }
}
