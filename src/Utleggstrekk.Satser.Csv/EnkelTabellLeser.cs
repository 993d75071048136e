using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>Reads a table with one value per period: <c>forsinkelsesrente.csv</c> and <c>rettsgebyr.csv</c>.</summary>
internal static class EnkelTabellLeser
{
    public static readonly string[] ForsinkelsesrenteKolonner = ["gyldig_fra", "gyldig_til", "sats_prosent_pa", "kilde", "kildegrad", "merknad"];

    public static readonly string[] RettsgebyrKolonner = ["gyldig_fra", "gyldig_til", "rettsgebyr_R", "kilde", "kildegrad"];

    public static EnkelTabell<Prosentverdi>? LesForsinkelsesrente(string fil, byte[] innhold, Feilsamler feil) =>
        Les(fil, innhold, feil, ForsinkelsesrenteKolonner, "forsinkelsesrente", static (f, rad) =>
            (f.LesProsent(rad, 3, "sats_prosent_pa", out var prosent), new Prosentverdi(prosent, rad.Felt[3], Grad(f, rad))));

    public static EnkelTabell<Satsverdi>? LesRettsgebyr(string fil, byte[] innhold, Feilsamler feil) =>
        Les(fil, innhold, feil, RettsgebyrKolonner, "rettsgebyr", static (f, rad) =>
            (f.LesBeloep(rad, 3, "rettsgebyr_R", out var beloep), new Satsverdi(beloep, rad.Felt[3], Grad(f, rad))));

    /// <summary>The <c>kildegrad</c> of a row (column 5, after <c>kilde</c>); reported when invalid.</summary>
    private static Kildegrad Grad(Feltleser f, Rad rad)
    {
        f.LesKildegrad(rad, 5, out var grad);
        return grad;
    }

    private static EnkelTabell<T>? Les<T>(
        string fil,
        byte[] innhold,
        Feilsamler feil,
        string[] kolonner,
        string tabell,
        Func<Feltleser, Rad, (bool Ok, T Verdi)> lesVerdi)
        where T : struct
    {
        var foer = feil.Antall;
        var rader = CsvFil.LesTabell(fil, innhold, kolonner, feil);
        if (rader is null)
        {
            return null;
        }

        var f = new Feltleser(fil, feil);

        var daterte = new List<Datert<T>>();
        foreach (var rad in rader)
        {
            var fraOk = f.LesDato(rad, 1, "gyldig_fra", out var fra);
            var tilOk = f.LesSisteDag(rad, 2, "gyldig_til", fraOk ? fra : null, out var sisteDag);
            var (_, verdi) = lesVerdi(f, rad);
            f.SjekkPaakrevd(rad, 4, "kilde");
            if (fraOk && tilOk)
            {
                daterte.Add(new Datert<T>(rad, fra, sisteDag, string.Empty, verdi));
            }
        }

        var perioder = Perioder.Grupper(f, daterte, 1, null);
        Perioder.SjekkSisteKjenteDag(f, perioder, tabell);
        if (feil.Antall != foer)
        {
            return null;
        }

        return EnkelTabell<T>.Lag([.. perioder.Select(p => new Periodeverdi<T>(p.Fra, p.Til, p.Rader[0].Verdi))]);
    }
}
