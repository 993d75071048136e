using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>What an avregning refuses before anything is prepared.</summary>
public sealed partial class Avregningsgrunnlag
{
    /// <summary>
    /// Throws every error at once: the trekk's own rules (<see cref="Trekkvalidering"/>), the date's range, and, when
    /// those pass, the payments (<see cref="MottattFeil"/>).
    /// </summary>
    private static void SjekkInndata(Trekk trekk, LocalDate dato)
    {
        var feil = new List<Valideringsfeil>(Trekkvalidering.Valider(trekk));
        Datogrense.Sjekk(dato, "dato", feil);
        if (feil.Count == 0)
        {
            MottattFeil(trekk.Mottatt.AsSpan(), dato, feil);
        }

        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }
    }

    /// <summary>
    /// A payment received after the avregning's date cannot be placed on it (<c>MOTTATT_ETTER_DATO</c>), and the payments
    /// must add up to an amount (the first payment that passes it is the last one read).
    /// </summary>
    private static void MottattFeil(ReadOnlySpan<Mottak> mottatt, LocalDate dato, List<Valideringsfeil> feil)
    {
        long sum = 0;
        for (var i = 0; i < mottatt.Length; i++)
        {
            var m = mottatt[i];
            if (m.Dato > dato)
            {
                feil.Add(new Valideringsfeil(
                    "mottatt[" + i.ToString(CultureInfo.InvariantCulture) + "].dato",
                    Isodato.Tekst(m.Dato),
                    Feilkoder.MottattEtterDato,
                    $"Beløpet er mottatt etter avregningsdatoen {Isodato.Tekst(dato)}; velg en senere dato eller ta det ut."));
            }

            if (long.MaxValue - sum < m.Beloep.Oere)
            {
                feil.Add(new Valideringsfeil("mottatt", null, Feilkoder.UgyldigBeloep, "De mottatte beløpene blir til sammen større enn et beløp kan holde."));
                return;
            }

            sum += m.Beloep.Oere;
        }
    }
}
