using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// Which tidsprioritet has interest accrued in the trekkperiode? The principal's (tvangsl. § 7-21); for skattekrav only
/// when the statement of interest is made at most one month after the rest of the restanse is paid (sktbf. § 14-5-4
/// annet ledd). Source: Retningslinje pkt. 6.2, which applies from 16 December 2020.
/// </summary>
internal static class Rentetidsprioritet
{
    /// <summary>Interest accrued in the trekkperiode keeps the principal's tidsprioritet.</summary>
    internal static readonly Regel Regel = new(
        "Trekkperiode.RenterTidsprioritet",
        "sktbf. § 14-5-4 annet ledd; tvangsl. § 7-21; Retningslinje pkt. 6.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Renter påløpt i trekkperioden har hovedstolens tidsprioritet; for skattekrav bare når oppgaven over renter "
        + "fremsettes senest en måned etter at øvrig restanse er betalt.");

    /// <summary>The answer; see <see cref="Trekkperiodeberegner"/> for the parameters.</summary>
    internal static Rentetidsprioritetsvar Beregn(
        Kravart art,
        LocalDate hovedstolensTidsprioritet,
        LocalDate? restanseFerdigInnbetalt = null,
        LocalDate? renteoppgaveFremsatt = null)
    {
        Valider(art, hovedstolensTidsprioritet, restanseFerdigInnbetalt, renteoppgaveFremsatt);
        var kilde = Regel.Kilde;
        var h = hovedstolensTidsprioritet;
        if (art != Kravart.SkattOgAvgift)
        {
            return new Rentetidsprioritetsvar(
                h,
                null,
                Trekkperiodegrunn.RenterHovedstolensTidsprioritet,
                "tvangsl. § 7-21; Retningslinje pkt. 6.2",
                $"Renter påløpt i trekkperioden dekkes av trekket og har hovedstolens tidsprioritet {Dato(h)}, også "
                + $"når rentekravet sendes etter at hovedstolen er nedbetalt.");
        }

        if (restanseFerdigInnbetalt is not { } betalt)
        {
            return new Rentetidsprioritetsvar(
                h,
                null,
                Trekkperiodegrunn.SkattRenterHovedstolensTidsprioritet,
                kilde,
                $"Renter påløpt i trekkperioden har hovedstolens tidsprioritet {Dato(h)} så lenge oppgave over renter "
                + "fremsettes senest en måned etter at øvrig restanse er ferdig innbetalt (restansen er ikke betalt ennå).");
        }

        var frist = betalt.PlusMonths(1);
        if (renteoppgaveFremsatt is { } oppgave && oppgave > frist)
        {
            return new Rentetidsprioritetsvar(
                null,
                frist,
                Trekkperiodegrunn.SkattRenterOppgaveEtterFrist,
                kilde,
                $"Oppgaven over renter ble fremsatt {Dato(oppgave)}, etter fristen {Dato(frist)} (en måned etter at "
                + $"restansen ble betalt {Dato(betalt)}): rentene har ikke hovedstolens tidsprioritet. Kilden sier ikke "
                + $"hvilken tidsprioritet de da får.");
        }

        return new Rentetidsprioritetsvar(
            h,
            frist,
            Trekkperiodegrunn.SkattRenterHovedstolensTidsprioritet,
            kilde,
            $"Renter påløpt i trekkperioden har hovedstolens tidsprioritet {Dato(h)} når oppgaven fremsettes senest "
            + $"{Dato(frist)} (en måned etter at restansen ble betalt {Dato(betalt)}).");
    }

    /// <summary>Every input rule the question breaks, thrown at once: a known kind, dates in range, none before the principal's.</summary>
    private static void Valider(
        Kravart art, LocalDate hovedstolensTidsprioritet, LocalDate? restanseFerdigInnbetalt, LocalDate? renteoppgaveFremsatt)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        // The dates' range first: dates outside it (or of another calendar) cannot be compared. For the restanse, the
        // deadline is one month later; past HoeyesteAar that could leave NodaTime's range (9999-12-31).
        var hGyldig = SjekkDato(hovedstolensTidsprioritet, "hovedstolensTidsprioritet", feil);
        var rGyldig = restanseFerdigInnbetalt is not { } r || SjekkDato(r, "restanseFerdigInnbetalt", feil);
        var oGyldig = renteoppgaveFremsatt is not { } o || Datogrense.Sjekk(o, "renteoppgaveFremsatt", feil);
        if (hGyldig && rGyldig)
        {
            IkkeFoer(restanseFerdigInnbetalt, hovedstolensTidsprioritet, "restanseFerdigInnbetalt", feil);
        }

        if (hGyldig && oGyldig)
        {
            IkkeFoer(renteoppgaveFremsatt, hovedstolensTidsprioritet, "renteoppgaveFremsatt", feil);
        }

        KastHvisFeil(feil);
    }
}
