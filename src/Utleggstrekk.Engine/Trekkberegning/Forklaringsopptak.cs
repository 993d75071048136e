using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Livsopphold;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// The sporing that builds the explanation trace: one <see cref="Forklaring"/> node per step with its rule, the facts
/// it used and its result. Used only by <see cref="Trekkberegner.Forklar"/>; it allocates freely.
/// </summary>
internal readonly struct Forklaringsopptak : ISporing
{
    private readonly Trekksak _sak;
    private readonly Satsgrunnlag _satser;
    private readonly List<Forklaring> _steg;
    private readonly List<Forklaring> _barn;
    private readonly List<Forklaring> _samvaersbarn;

    public Forklaringsopptak(Trekksak sak, Satsgrunnlag satser)
    {
        _sak = sak;
        _satser = satser;
        _steg = [];
        _barn = [];
        _samvaersbarn = [];
    }

    public void Voksne(Sivilstand sivilstand, int antall, Beloep satsPerVoksen, Beloep sum)
    {
        var kategori = sivilstand == Sivilstand.Enslig ? "enslig" : "par_per_person";
        _barn.Add(Node(
            "Voksne",
            LivsoppholdVoksne.Regel,
            sum,
            F("sivilstand", sivilstand.ToString()),
            F("antallVoksne", antall),
            F("kategori", kategori),
            F("satsPerVoksen", satsPerVoksen)));
    }

    public void Barn(int indeks, int alder, bool medregnet, Beloep sats, bool redusert, Beloep etter)
    {
        var barn = _sak.Barn[indeks];
        var fakta = new List<Faktum>
        {
            F("felt", Trekksakfelt.BarnFelt(indeks, "foedselsdato")),
            F("foedselsdato", Dato(barn.Foedselsdato)),
            F("alder", alder),
            F("videregaaende", barn.Videregaaende ? "true" : "false"),
            F("medregnet", medregnet ? "true" : "false"),
        };
        if (medregnet)
        {
            fakta.Add(F("sats", sats));
            var livsperiode = _satser.Livsopphold.Tidsserie.Finn(_sak.Beregningsdato, tillatAntatt: true, out _);
            if (livsperiode >= 0)
            {
                var tabell = _satser.Livsopphold;
                fakta.Add(F("kildegrad", Kildegradkode.Tekst(tabell.Kildegrad(livsperiode, tabell.Satser(livsperiode).KategoriForBarn(alder)))));
            }

            fakta.Add(F("redusertFraFjerdePerson", redusert ? "true" : "false"));
        }

        _barn.Add(new Forklaring(
            $"Barn[{indeks}]",
            redusert ? FjerdePersonReduksjon.Regel : LivsoppholdBarn.Regel,
            Tekst(etter),
            [.. fakta],
            []));
    }

    public void Livsopphold(int periode, SatsStatus status, int personer, int antallRedusert, Prosent reduksjon, Beloep sum)
    {
        var tabell = _satser.Livsopphold;
        var fakta = new List<Faktum>
        {
            F("beregningsdato", Dato(_sak.Beregningsdato)),
            F("satsperiodeFra", Dato(tabell.Tidsserie.Fra(periode))),
            F("satsstatus", status.ToString()),
            F("kilde", tabell.Kilde(periode, _sak.Sivilstand == Sivilstand.Enslig ? LivsoppholdKategori.Enslig : LivsoppholdKategori.ParPerPerson)),
            F("kildegrad", Kildegradkode.Tekst(tabell.Kildegrad(periode, _sak.Sivilstand == Sivilstand.Enslig ? LivsoppholdKategori.Enslig : LivsoppholdKategori.ParPerPerson))),
            F("personerIHusstanden", personer),
            F("personerMedReduksjon", antallRedusert),
        };
        if (antallRedusert > 0)
        {
            fakta.Add(F("reduksjonFraFjerdePersonProsent", reduksjon.ToString()));
            fakta.Add(F("reduksjonKilde", Kilde(Trekkgrense.ReduksjonFraFjerdePerson)));
            fakta.Add(F("reduksjonKildegrad", Grad(Trekkgrense.ReduksjonFraFjerdePerson)));
        }

        _steg.Add(new Forklaring("1. Livsopphold", Livsoppholdsnorm.Regel, Tekst(sum), [.. fakta], [.. _barn]));
        _barn.Clear();
    }

    public void Samvaersbarn(int indeks, int alder, bool medregnet, Beloep sats, bool redusert, Beloep etter)
    {
        var barn = _sak.Samvaersbarn[indeks];
        var fakta = new List<Faktum>
        {
            F("felt", Trekksakfelt.SamvaersbarnFelt(indeks, "foedselsdato")),
            F("foedselsdato", Dato(barn.Foedselsdato)),
            F("alder", alder),
            F("samvaersklasse", barn.Samvaersklasse),
            F("medregnet", medregnet ? "true" : "false"),
        };
        if (medregnet)
        {
            fakta.Add(F("aldersband", AldersbandTekst(SamvaerTabell.Aldersband(alder))));
            fakta.Add(F("sats", sats));
            var samvaerperiode = _satser.Samvaer.Tidsserie.Finn(_sak.Beregningsdato, tillatAntatt: true, out _);
            if (samvaerperiode >= 0)
            {
                fakta.Add(F("kildegrad", Kildegradkode.Tekst(_satser.Samvaer.Kildegrad(samvaerperiode, barn.Samvaersklasse, SamvaerTabell.Aldersband(alder)))));
            }

            fakta.Add(F("redusertFraTredjeBarn", redusert ? "true" : "false"));
        }

        _samvaersbarn.Add(new Forklaring(
            $"Samvaersbarn[{indeks}]",
            redusert ? SamvaerReduksjonTredjeBarn.Regel : Samvaerstillegg.Regel,
            Tekst(etter),
            [.. fakta],
            []));
    }

    public void Samvaer(int periode, SatsStatus status, int antall, int antallRedusert, Prosent reduksjon, Beloep sum)
    {
        var fakta = new List<Faktum> { F("samvaersbarnMedTillegg", antall) };
        if (periode >= 0)
        {
            fakta.Add(F("satsperiodeFra", Dato(_satser.Samvaer.Tidsserie.Fra(periode))));
            fakta.Add(F("satsstatus", status.ToString()));
            fakta.Add(F("samvaersbarnMedReduksjon", antallRedusert));
            if (antallRedusert > 0)
            {
                fakta.Add(F("reduksjonFraTredjeBarnProsent", reduksjon.ToString()));
                fakta.Add(F("reduksjonKilde", Kilde(Trekkgrense.ReduksjonSamvaerFraTredjeBarn)));
                fakta.Add(F("reduksjonKildegrad", Grad(Trekkgrense.ReduksjonSamvaerFraTredjeBarn)));
            }
        }

        _steg.Add(new Forklaring("1. Samvaerstillegg", Samvaerstillegg.Regel, Tekst(sum), [.. fakta], [.. _samvaersbarn]));
        _samvaersbarn.Clear();
    }

    public void Husstandsutgifter(Beloep livsopphold, Beloep andreFelles, Beloep sum)
    {
        var fakta = new List<Faktum>
        {
            F("livsopphold", livsopphold),
            F(Trekksakfelt.Boutgift, _sak.Boutgift),
            F(Trekksakfelt.Barnetilsyn, _sak.Barnetilsyn),
        };
        var andre = _sak.AndreUtgifter.AsSpan();
        for (var i = 0; i < andre.Length; i++)
        {
            if (!andre[i].EgenUtgift)
            {
                fakta.Add(F($"{Trekksakfelt.AnnenUtgiftFelt(i, "beloep")} ({andre[i].Tekst})", andre[i].Beloep));
            }
        }

        fakta.Add(F("andreFellesUtgifter", andreFelles));
        _steg.Add(new Forklaring("2. Husstandsutgifter", Trekkberegning.Husstandsutgifter.Regel, Tekst(sum), [.. fakta], []));
    }

    public void Andel(Beloep husstandsutgifter, Beloep disponibelt, Beloep partnerDisponibelt, Beloep andelAvHusstand, Beloep samvaer, Beloep andreEgne, Beloep skyldnersandel)
    {
        var enslig = _sak.Sivilstand == Sivilstand.Enslig;
        var regel = enslig
            ? HalvpartDeling.Regel
            : _sak.Kostnadsdeling switch
            {
                Kostnadsdeling.Forholdsmessig => ForholdsmessigDeling.Regel,
                Kostnadsdeling.Husstand => HusstandDeling.Regel,
                _ => HalvpartDeling.Regel,
            };
        var deling = new List<Faktum>
        {
            F("kostnadsdeling", _sak.Kostnadsdeling.ToString()),
            F("sivilstand", _sak.Sivilstand.ToString()),
            F("husstandsutgifter", husstandsutgifter),
        };
        var deler = new List<Forklaring>();
        if (!enslig)
        {
            deler.Add(Node(
                "PartnerDisponibelt",
                PartnerDisponibelt.Regel,
                partnerDisponibelt,
                F(Trekksakfelt.PartnerNettoPerMaaned, _sak.PartnerNettoPerMaaned),
                F(Trekksakfelt.PartnerEgenGjeldPerMaaned, _sak.PartnerEgenGjeldPerMaaned)));
            deling.Add(F("partnerDisponibelt", partnerDisponibelt));
            if (_sak.Kostnadsdeling == Kostnadsdeling.Forholdsmessig)
            {
                deling.Add(F("skyldnerDisponibelt", disponibelt));
            }
        }

        deler.Add(new Forklaring("AndelAvHusstandsutgifter", regel, Tekst(andelAvHusstand), [.. deling], []));
        var egne = new List<Faktum>
        {
            F("samvaerstillegg", samvaer),
            F(Trekksakfelt.BidragBetalt, _sak.BidragBetalt),
        };
        var andre = _sak.AndreUtgifter.AsSpan();
        for (var i = 0; i < andre.Length; i++)
        {
            if (andre[i].EgenUtgift)
            {
                egne.Add(F($"{Trekksakfelt.AnnenUtgiftFelt(i, "beloep")} ({andre[i].Tekst})", andre[i].Beloep));
            }
        }

        deler.Add(new Forklaring("EgneUtgifter", EgneUtgifter.Regel, Tekst(samvaer + _sak.BidragBetalt + andreEgne), [.. egne], []));
        _steg.Add(new Forklaring(
            "3. Skyldnersandel",
            regel,
            Tekst(skyldnersandel),
            [F("andelAvHusstandsutgifter", andelAvHusstand), F("egneUtgifter", samvaer + _sak.BidragBetalt + andreEgne)],
            [.. deler]));
    }

    public void Disponibelt(Beloep nettoTrekkbar, Beloep disponibelt) =>
        _steg.Add(Node(
            "4. Disponibelt",
            DisponibelInntekt.Regel,
            disponibelt,
            F(Trekksakfelt.BruttoPerMaaned, _sak.BruttoPerMaaned),
            F(Trekksakfelt.ForskuddstrekkPerMaaned, _sak.ForskuddstrekkPerMaaned),
            F(Trekksakfelt.TrekkMedBedrePrioritetPerMaaned, _sak.TrekkMedBedrePrioritetPerMaaned),
            F(Trekksakfelt.AndreInntekterPerMaaned, _sak.AndreInntekterPerMaaned)));

    public void RaaTrekk(Beloep disponibelt, Beloep skyldnersandel, Beloep raa) =>
        _steg.Add(Node(
            "5. RaaTrekk",
            Trekkevne.Regel,
            raa,
            F("disponibelt", disponibelt),
            F("skyldnersandel", skyldnersandel),
            F("trekkevne", raa.Oere > 0 ? "true" : "false")));

    public void Grenser(Beloep raa, Beloep nettoTrekkbar, Prosent takProsent, Beloep takrom, Prosent naeringProsent, Beloep? naering, Begrensning binding, Beloep grense)
    {
        var takgrense = _sak.Tak == Takregel.Utvidet ? Trekkgrense.TakMaks : Trekkgrense.TakNormal;
        var deler = new List<Forklaring>
        {
            Node("Livsopphold", Trekkevne.Regel, raa),
            Node(
                "TrekkbarInntekt",
                TrekkbarInntektGrense.Regel,
                nettoTrekkbar,
                F(Trekksakfelt.BruttoPerMaaned, _sak.BruttoPerMaaned),
                F(Trekksakfelt.ForskuddstrekkPerMaaned, _sak.ForskuddstrekkPerMaaned),
                F(Trekksakfelt.TrekkMedBedrePrioritetPerMaaned, _sak.TrekkMedBedrePrioritetPerMaaned)),
            Node(
                "Tak",
                Trekktak.Regel,
                takrom,
                [
                    F("takregel", _sak.Tak.ToString()),
                    .. _sak.TakBegrunnelse is { } begrunnelse ? [F(Trekksakfelt.TakBegrunnelse, begrunnelse)] : Array.Empty<Faktum>(),
                    F("takProsent", takProsent.ToString()),
                    F("takKilde", Kilde(takgrense)),
                    F("takKildegrad", Grad(takgrense)),
                    F("takAvBrutto", takProsent.AndelNed(_sak.BruttoPerMaaned)),
                    F(Trekksakfelt.ForskuddstrekkPerMaaned, _sak.ForskuddstrekkPerMaaned),
                    F(Trekksakfelt.TrekkMedBedrePrioritetPerMaaned, _sak.TrekkMedBedrePrioritetPerMaaned),
                ]),
        };
        if (naering is { } n)
        {
            deler.Add(Node(
                "Naering20",
                Naeringsgrense.Regel,
                n,
                F("naeringProsent", naeringProsent.ToString()),
                F("naeringKilde", Kilde(Trekkgrense.NaeringSkjematisk)),
                F("naeringKildegrad", Grad(Trekkgrense.NaeringSkjematisk)),
                F(Trekksakfelt.BruttoPerMaaned, _sak.BruttoPerMaaned)));
        }

        _steg.Add(new Forklaring(
            "6. Grenser",
            binding switch
            {
                Begrensning.TrekkbarInntekt => TrekkbarInntektGrense.Regel,
                Begrensning.Tak60 or Begrensning.Tak80 => Trekktak.Regel,
                Begrensning.Naering20 => Naeringsgrense.Regel,
                _ => Trekkevne.Regel,
            },
            Tekst(grense),
            [F("begrensning", binding.ToString()), F("rekkefoelgeVedLikhet", "Livsopphold, TrekkbarInntekt, Tak, Naering20")],
            [.. deler]));
    }

    public void Resultat(Beloep foerAvrunding, Beloep trekk, Prosent trekkprosent)
    {
        _steg.Add(Node(
            "7. Avrunding",
            TrekkAvrunding.Regel,
            trekk,
            F("foerAvrunding", foerAvrunding),
            F("trekkPerMaaned", trekk),
            F("trekkprosent", trekkprosent.ToString())));
        _steg.Add(Node(
            "IkkeHeleNettoinntekten",
            HeleNettoinntekt.Regel,
            trekk,
            F("trekkPerMaaned", trekk),
            F("nettoTrekkbar", _sak.BruttoPerMaaned - _sak.ForskuddstrekkPerMaaned - _sak.TrekkMedBedrePrioritetPerMaaned),
            F("oppfylt", "true")));
    }

    /// <summary>The root of the trace.</summary>
    public Forklaring Bygg(in Trekkresultat resultat) =>
        new(
            "Trekkberegning",
            Trekkberegner.Regel,
            Tekst(resultat.TrekkPerMaaned),
            [
                F("begrensning", resultat.Begrensning.ToString()),
                F("trekkprosent", resultat.Trekkprosent.ToString()),
                F("antatt", resultat.Antatt.ToString()),
                F("avledet", resultat.Avledet.ToString()),
                F("satserVersjon", resultat.SatserVersjon),
            ],
            [.. _steg]);

    private string Kilde(Trekkgrense grense) =>
        _satser.Trekkgrenser.TryFinn(grense, _sak.Beregningsdato, out var verdi) ? verdi.Kilde : string.Empty;

    private string Grad(Trekkgrense grense) =>
        _satser.Trekkgrenser.TryFinn(grense, _sak.Beregningsdato, out var verdi) ? Kildegradkode.Tekst(verdi.Kildegrad) : string.Empty;

    private static Forklaring Node(string steg, Regel regel, Beloep resultat, params Faktum[] fakta) =>
        new(steg, regel, Tekst(resultat), [.. fakta], []);

    private static Faktum F(string navn, string verdi) => new(navn, verdi);

    private static Faktum F(string navn, Beloep verdi) => new(navn, Tekst(verdi));

    private static Faktum F(string navn, int verdi) => new(navn, verdi.ToString(CultureInfo.InvariantCulture));

    private static string Tekst(Beloep beloep) => beloep.ToString();

    private static string Dato(LocalDate dato) => Isodato.Tekst(dato);

    private static string AldersbandTekst(int band) => band switch
    {
        0 => "0-5",
        1 => "6-10",
        2 => "11-14",
        _ => "15+",
    };
}
