using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Reference.Trekkberegning;

/// <summary>
/// Reference implementation of the trekk size (SPEC §4), written plainly in kroner as <see cref="decimal"/> with LINQ,
/// one method per rule. It reads the rate tables through their public API and shares no arithmetic with the engine.
/// It assumes valid input (the engine's validation is tested separately).
/// </summary>
public static class ReferanseTrekkberegner
{
    private const decimal Myndighetsalder = 18;

    /// <summary>Computes the trekk per month, the way the rules are written.</summary>
    public static Trekkresultat Beregn(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(satser);
        var dato = sak.Beregningsdato;
        var antatt = AntattSats.Ingen;

        // 1. Livsopphold
        var (livsSatser, livsAntatt) = Livsoppholdssatser(satser, dato, valg.TillatAntatteSatser);
        if (livsAntatt)
        {
            antatt |= AntattSats.Livsopphold;
        }

        var livsopphold = LivsoppholdForHusstanden(sak, satser, livsSatser);
        var (samvaer, samvaerAntatt) = Samvaerstillegg(sak, satser, valg.TillatAntatteSatser);
        if (samvaerAntatt)
        {
            antatt |= AntattSats.Samvaer;
        }

        // 2.–5.
        var e = Husstandsutgifter(sak, livsopphold);
        var nettoTrekkbar = TrekkbarNetto(sak);
        var disponibelt = Disponibelt(sak);
        var andel = AndelAvHusstandsutgifter(sak, e, disponibelt) + EgneUtgifter(sak, samvaer);
        var raa = disponibelt - andel;

        // 6. Limits
        var takProsent = Prosentsats(satser, sak.Tak == Takregel.Utvidet ? Trekkgrense.TakMaks : Trekkgrense.TakNormal, dato);
        var takrom = Takrom(sak, takProsent);
        decimal? naering = sak.NaeringSkjematisk ? Naeringsgrense(sak, Prosentsats(satser, Trekkgrense.NaeringSkjematisk, dato)) : null;
        var (grense, begrensning) = LavesteGrense(sak, raa, nettoTrekkbar, takrom, naering);

        // 7. Rounding
        var trekk = NedTilHeleKroner(Math.Max(0m, grense));
        IkkeHeleNettoinntekten(trekk, nettoTrekkbar);

        return new Trekkresultat
        {
            Beregningsdato = sak.Beregningsdato,
            TrekkPerMaaned = Beloep.FraDesimal(trekk),
            Trekkprosent = Prosent.FraDesimal(Trekkprosent(trekk, sak.BruttoPerMaaned.Kroner)),
            Begrensning = begrensning,
            Livsopphold = Beloep.FraDesimal(livsopphold),
            Samvaerstillegg = Beloep.FraDesimal(samvaer),
            Husstandsutgifter = Beloep.FraDesimal(e),
            Skyldnersandel = Beloep.FraDesimal(andel),
            Disponibelt = Beloep.FraDesimal(disponibelt),
            RaaTrekk = Beloep.FraDesimal(raa),
            TrekkbarInntekt = Beloep.FraDesimal(nettoTrekkbar),
            Takrom = Beloep.FraDesimal(takrom),
            Naeringsgrense = naering is { } n ? Beloep.FraDesimal(n) : null,
            Antatt = antatt,
            Avledet = Avledet(sak, satser, valg),
            SatserVersjon = satser.Versjon,
        };
    }

    /// <summary>
    /// The tables that gave a derived figure (kildegrad <c>avledet</c>) this case used: the adults' and each counted
    /// child's livsopphold category, each counted samvær child's add-on, and each trekkgrense the case used (the ceiling,
    /// the næring rule when chosen, a reduction when someone gets it).
    /// </summary>
    private static AvledetSats Avledet(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg)
    {
        var dato = sak.Beregningsdato;
        var avledet = AvledetSats.Ingen;
        var livs = satser.Livsopphold;
        var periode = livs.Tidsserie.Finn(dato, valg.TillatAntatteSatser, out _);
        var barn = BarnIHusstanden(sak).ToList();
        var kategorier = barn.Select(b => livs.Satser(periode).KategoriForBarn(b.Alder))
            .Append(sak.Sivilstand == Sivilstand.Enslig ? LivsoppholdKategori.Enslig : LivsoppholdKategori.ParPerPerson);
        if (kategorier.Any(k => livs.Kildegrad(periode, k) == Kildegrad.Avledet))
        {
            avledet |= AvledetSats.Livsopphold;
        }

        var samvaersbarn = (sak.Samvaersbarn.IsDefault ? [] : sak.Samvaersbarn)
            .Select(b => (b.Samvaersklasse, Alder: Alder(b.Foedselsdato, dato)))
            .Where(b => b.Alder < Myndighetsalder)
            .ToList();
        if (samvaersbarn.Count > 0)
        {
            var samvaerPeriode = satser.Samvaer.Tidsserie.Finn(dato, valg.TillatAntatteSatser, out _);
            if (samvaersbarn.Any(b => satser.Samvaer.Kildegrad(samvaerPeriode, b.Samvaersklasse, Aldersband(b.Alder)) == Kildegrad.Avledet))
            {
                avledet |= AvledetSats.Samvaer;
            }
        }

        var grenser = new List<Trekkgrense> { sak.Tak == Takregel.Utvidet ? Trekkgrense.TakMaks : Trekkgrense.TakNormal };
        if (sak.NaeringSkjematisk)
        {
            grenser.Add(Trekkgrense.NaeringSkjematisk);
        }

        var voksne = sak.Sivilstand == Sivilstand.Enslig ? 1 : 2;
        if (voksne + barn.Count > 3)
        {
            grenser.Add(Trekkgrense.ReduksjonFraFjerdePerson);
        }

        if (samvaersbarn.Count > 2)
        {
            grenser.Add(Trekkgrense.ReduksjonSamvaerFraTredjeBarn);
        }

        if (grenser.Any(g => satser.Trekkgrenser.TryFinn(g, dato, out var verdi) && verdi.Kildegrad == Kildegrad.Avledet))
        {
            avledet |= AvledetSats.Trekkgrenser;
        }

        return avledet;
    }

    /// <summary>Age in whole years (NodaTime's calendar arithmetic).</summary>
    public static int Alder(LocalDate foedselsdato, LocalDate dato) =>
        Period.Between(foedselsdato, dato, PeriodUnits.Years).Years;

    private static (LivsoppholdSatser Satser, bool Antatt) Livsoppholdssatser(Satsgrunnlag satser, LocalDate dato, bool tillatAntatt)
    {
        var indeks = satser.Livsopphold.Tidsserie.Finn(dato, tillatAntatt, out var status);
        if (indeks < 0)
        {
            throw new SatserManglerException("livsopphold", dato, "livsoppholdssatser", satser.Livsopphold.Tidsserie);
        }

        return (satser.Livsopphold.Satser(indeks), status == SatsStatus.Antatt);
    }

    /// <summary>Rule Livsopphold.Voksne + Livsopphold.Barn + Livsopphold.FjerdePersonReduksjon.</summary>
    private static decimal LivsoppholdForHusstanden(Trekksak sak, Satsgrunnlag satser, LivsoppholdSatser livsSatser)
    {
        var voksne = sak.Sivilstand == Sivilstand.Enslig
            ? [livsSatser.Enslig.Kroner]
            : new[] { livsSatser.ParPerPerson.Kroner, livsSatser.ParPerPerson.Kroner };

        var barn = BarnIHusstanden(sak).ToList();
        var antallMedReduksjon = Math.Max(0, voksne.Length + barn.Count - 3);
        // Youngest first. Children born the same day have the same age and rate, so which of them is cut does not
        // change the sum; the input order only picks one.
        var redusert = barn
            .OrderByDescending(b => b.Foedselsdato)
            .Take(antallMedReduksjon)
            .Select(b => b.Indeks)
            .ToHashSet();
        var reduksjon = antallMedReduksjon > 0
            ? Prosentsats(satser, Trekkgrense.ReduksjonFraFjerdePerson, sak.Beregningsdato)
            : 0m;

        var barnesatser = barn.Select(b =>
        {
            var sats = BarnesatsForAlder(livsSatser, b.Alder);
            return redusert.Contains(b.Indeks) ? Reduser(sats, reduksjon) : sats;
        });

        return voksne.Sum() + barnesatser.Sum();
    }

    private static IEnumerable<(int Indeks, LocalDate Foedselsdato, int Alder)> BarnIHusstanden(Trekksak sak) =>
        (sak.Barn.IsDefault ? [] : sak.Barn)
            .Select((b, i) => (Indeks: i, b.Foedselsdato, Alder: Alder(b.Foedselsdato, sak.Beregningsdato), b.Videregaaende))
            .Where(b => b.Alder < Myndighetsalder || b.Videregaaende)
            .Select(b => (b.Indeks, b.Foedselsdato, b.Alder));

    private static decimal BarnesatsForAlder(LivsoppholdSatser satser, int alder)
    {
        if (alder <= 5)
        {
            return satser.Barn0Til5.Kroner;
        }

        if (alder <= 10)
        {
            return satser.Barn6Til10.Kroner;
        }

        return alder <= 14 ? satser.Barn11Til14.Kroner : satser.Barn15Pluss.Kroner;
    }

    /// <summary>A cut of <paramref name="prosent"/> percent; the cut is rounded down to the øre.</summary>
    private static decimal Reduser(decimal sats, decimal prosent) => sats - NedTilOere(sats * prosent / 100m);

    /// <summary>Rule Livsopphold.Samvaerstillegg + Livsopphold.SamvaerReduksjonTredjeBarn.</summary>
    private static (decimal Sum, bool Antatt) Samvaerstillegg(Trekksak sak, Satsgrunnlag satser, bool tillatAntatt)
    {
        var dato = sak.Beregningsdato;
        var barn = (sak.Samvaersbarn.IsDefault ? [] : sak.Samvaersbarn)
            .Select((b, i) => (Indeks: i, b.Foedselsdato, b.Samvaersklasse, Alder: Alder(b.Foedselsdato, dato)))
            .Where(b => b.Alder < Myndighetsalder)
            .ToList();
        if (barn.Count == 0)
        {
            return (0m, false);
        }

        var periode = satser.Samvaer.Tidsserie.Finn(dato, tillatAntatt, out var status);
        if (periode < 0)
        {
            throw new SatserManglerException("samvaer", dato, "samværstillegg", satser.Samvaer.Tidsserie);
        }

        var medSats = barn
            .Select(b => (b.Indeks, b.Foedselsdato, b.Samvaersklasse, Sats: satser.Samvaer.Sats(periode, b.Samvaersklasse, Aldersband(b.Alder)).Kroner))
            .ToList();

        // Youngest first; twins: the smaller add-on is cut first (the debtor keeps more), then the lower class.
        // Children equal on all three are interchangeable, so their order cannot change the sum.
        var antallMedReduksjon = Math.Max(0, medSats.Count - 2);
        var redusert = medSats
            .OrderByDescending(b => b.Foedselsdato)
            .ThenBy(b => b.Sats)
            .ThenBy(b => b.Samvaersklasse)
            .Take(antallMedReduksjon)
            .Select(b => b.Indeks)
            .ToHashSet();
        var reduksjon = antallMedReduksjon > 0
            ? Prosentsats(satser, Trekkgrense.ReduksjonSamvaerFraTredjeBarn, dato)
            : 0m;

        var sum = medSats.Sum(b => redusert.Contains(b.Indeks) ? Reduser(b.Sats, reduksjon) : b.Sats);
        return (sum, status == SatsStatus.Antatt);
    }

    private static int Aldersband(int alder) => alder switch
    {
        <= 5 => 0,
        <= 10 => 1,
        <= 14 => 2,
        _ => 3,
    };

    /// <summary>Rule Trekkberegning.Husstandsutgifter.</summary>
    private static decimal Husstandsutgifter(Trekksak sak, decimal livsopphold) =>
        livsopphold + sak.Boutgift.Kroner + sak.Barnetilsyn.Kroner
        + AndreUtgifter(sak).Where(u => !u.EgenUtgift).Sum(u => u.Beloep.Kroner);

    private static IEnumerable<AnnenUtgift> AndreUtgifter(Trekksak sak) =>
        sak.AndreUtgifter.IsDefault ? [] : sak.AndreUtgifter;

    /// <summary>Rule Trekkberegning.PartnerDisponibelt.</summary>
    private static decimal PartnerDisponibelt(Trekksak sak) =>
        sak.Sivilstand == Sivilstand.Enslig
            ? 0m
            : Math.Max(0m, sak.PartnerNettoPerMaaned.Kroner - sak.PartnerEgenGjeldPerMaaned.Kroner);

    /// <summary>Rules Trekkberegning.Kostnadsdeling.*.</summary>
    private static decimal AndelAvHusstandsutgifter(Trekksak sak, decimal e, decimal disponibelt)
    {
        if (sak.Sivilstand == Sivilstand.Enslig)
        {
            return e;
        }

        var partner = PartnerDisponibelt(sak);
        switch (sak.Kostnadsdeling)
        {
            case Kostnadsdeling.Forholdsmessig:
                var sum = disponibelt + partner;
                return sum <= 0 ? e : OppTilOere(e * disponibelt / sum);
            case Kostnadsdeling.Husstand:
                return e - partner;
            default:
                var halvpart = e / 2m;
                return partner < halvpart ? e - partner : OppTilOere(halvpart);
        }
    }

    /// <summary>Rule Trekkberegning.EgneUtgifter.</summary>
    private static decimal EgneUtgifter(Trekksak sak, decimal samvaer) =>
        samvaer + sak.BidragBetalt.Kroner + AndreUtgifter(sak).Where(u => u.EgenUtgift).Sum(u => u.Beloep.Kroner);

    /// <summary>Rule Trekkberegning.Grense.TrekkbarInntekt.</summary>
    private static decimal TrekkbarNetto(Trekksak sak) =>
        sak.BruttoPerMaaned.Kroner - sak.ForskuddstrekkPerMaaned.Kroner - sak.TrekkMedBedrePrioritetPerMaaned.Kroner;

    /// <summary>Rule Trekkberegning.Disponibelt.</summary>
    private static decimal Disponibelt(Trekksak sak) => TrekkbarNetto(sak) + sak.AndreInntekterPerMaaned.Kroner;

    /// <summary>Rule Trekkberegning.Grense.Tak.</summary>
    private static decimal Takrom(Trekksak sak, decimal takProsent) =>
        NedTilOere(sak.BruttoPerMaaned.Kroner * takProsent / 100m)
        - sak.ForskuddstrekkPerMaaned.Kroner - sak.TrekkMedBedrePrioritetPerMaaned.Kroner;

    /// <summary>Rule Trekkberegning.Grense.Naering20.</summary>
    private static decimal Naeringsgrense(Trekksak sak, decimal prosent) =>
        NedTilOere(sak.BruttoPerMaaned.Kroner * prosent / 100m);

    /// <summary>Step 5 and 6: no trekkevne, or the lowest limit (ties: the order of the list).</summary>
    private static (decimal Grense, Begrensning Begrensning) LavesteGrense(Trekksak sak, decimal raa, decimal netto, decimal takrom, decimal? naering)
    {
        if (raa <= 0)
        {
            return (0m, Begrensning.IngenTrekkevne);
        }

        var grenser = new List<(decimal Grense, Begrensning Begrensning)>
        {
            (raa, Begrensning.Livsopphold),
            (netto, Begrensning.TrekkbarInntekt),
            (takrom, sak.Tak == Takregel.Utvidet ? Begrensning.Tak80 : Begrensning.Tak60),
        };
        if (naering is { } n)
        {
            grenser.Add((n, Begrensning.Naering20));
        }

        // OrderBy is stable: equal limits keep the list's order.
        return grenser.OrderBy(g => g.Grense).First();
    }

    /// <summary>Retningslinje pkt. 5.4: never the whole net income.</summary>
    private static void IkkeHeleNettoinntekten(decimal trekk, decimal netto)
    {
        if (trekk > 0 && trekk >= netto)
        {
            throw new InvalidOperationException($"The trekk {trekk} would take the whole net income {netto} (pkt. 5.4).");
        }
    }

    /// <summary>Trekk / gross in percent, rounded down to two decimals.</summary>
    private static decimal Trekkprosent(decimal trekk, decimal brutto) =>
        brutto == 0 ? 0m : Math.Floor(trekk / brutto * 10000m) / 100m;

    private static decimal Prosentsats(Satsgrunnlag satser, Trekkgrense grense, LocalDate dato) =>
        satser.Trekkgrenser.TryFinn(grense, dato, out var verdi)
            ? verdi.Prosent.Verdi
            : throw new SatserManglerException("trekkgrenser", dato, TrekkgrenserTabell.Parameternavn[(int)grense], satser.Trekkgrenser[grense].Tidsserie, antattMulig: false);

    private static decimal NedTilHeleKroner(decimal kroner) => Math.Floor(kroner);

    private static decimal NedTilOere(decimal kroner) => Math.Floor(kroner * 100m) / 100m;

    private static decimal OppTilOere(decimal kroner) => Math.Ceiling(kroner * 100m) / 100m;
}
