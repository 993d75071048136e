using System.Collections.Immutable;
using System.Text.Json.Nodes;
using NodaTime;
using Utleggstrekk.Engine.Ansvar;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Forfall;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Samordning;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Engine.Trekkgrunnlag;
using Utleggstrekk.Engine.Trekkperiode;

using Utleggstrekk.Json;

namespace Utleggstrekk.Applikasjon;

/// <summary>
/// Builds the result documents (the <c>--json</c> shapes) from the engine's results, and runs the small
/// compositions the command line and the HTTP service share (what-if variants, interest by type), so that both
/// surfaces give the same JSON for the same input.
/// </summary>
public static class Resultatdokumenter
{
    /// <summary>The document of <c>beregn</c>.</summary>
    public static BeregnUtdata Beregn(Trekksak sak, Trekkresultat r, Loennsperiode? lp, Forklaring? forklaring)
    {
        ArgumentNullException.ThrowIfNull(sak);
        return BeregnUtdata.Av(r, lp, forklaring);
    }

    /// <summary>Computes one case (with its trace when <paramref name="forklar"/>) and builds the <c>beregn</c> document.</summary>
    public static BeregnUtdata Beregn(SakInndata inndata, Satsgrunnlag satser, bool tillatAntatte, Loennsperiode? lp, bool forklar)
    {
        ArgumentNullException.ThrowIfNull(inndata);
        var valg = MedAntatte(inndata.Valg, tillatAntatte);
        if (forklar)
        {
            var (resultat, forklaring) = Forklar(inndata, satser, valg);
            return Beregn(inndata.Sak, resultat, lp, forklaring);
        }

        return Beregn(inndata.Sak, Trekkberegner.Beregn(inndata.Sak, satser, valg), lp, null);
    }

    /// <summary>
    /// <see cref="Trekkberegner.Forklar"/> for a SAK.json case; when the case gave <c>skyldner.ytelser</c>, the trace
    /// starts with their classification (step <c>Trekkgrunnlag</c>: each ytelse's treatment, source and note, and the
    /// three sums the calculation used).
    /// </summary>
    public static (Trekkresultat Resultat, Forklaring Forklaring) Forklar(SakInndata inndata, Satsgrunnlag satser, Beregningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(inndata);
        var (resultat, forklaring) = Trekkberegner.Forklar(inndata.Sak, satser, valg);
        if (inndata.Trekkgrunnlag is { } g)
        {
            var grunnlag = Trekkgrunnlagsberegner.Forklar(g.Ytelser.AsSpan(), g.KravGjelder);
            forklaring = forklaring with { Deler = [grunnlag with { Steg = "0. Trekkgrunnlag" }, .. forklaring.Deler] };
        }

        return (resultat, forklaring);
    }

    /// <summary>
    /// Reads one what-if variant: the SAK.json document <paramref name="rot"/> with the assignments of
    /// <paramref name="sett"/> (<c>felt=verdi[;felt=verdi…]</c>) applied to a copy. Every violation is prefixed with
    /// <c>(--sett …)</c> so the caller sees which variant it belongs to.
    /// </summary>
    public static SakInndata LesVariant(JsonNode rot, string sett, string kilde)
    {
        ArgumentNullException.ThrowIfNull(rot);
        ArgumentNullException.ThrowIfNull(sett);
        try
        {
            var kopi = rot.DeepClone();
            foreach (var tildeling in JsonSti.Tildelinger(sett))
            {
                var (felt, verdi) = JsonSti.Del(tildeling);
                JsonSti.Sett(kopi, felt, JsonSti.TolkVerdi(verdi));
            }

            if (JsonSti.Dybde(kopi) > JsonSti.MaksDybde)
            {
                throw new UgyldigInndataException(new Valideringsfeil("--sett", Inndatatekst.Kort(sett), Feilkoder.UgyldigSett, $"Varianten gjør dokumentet dypere enn {JsonSti.MaksDybde} nivåer."));
            }

            return SakJson.Les(kopi.ToJsonString(), kilde);
        }
        catch (UgyldigInndataException e)
        {
            throw new UgyldigInndataException([.. e.Feil.Select(f => f with { Melding = $"(--sett {Inndatatekst.Kort(sett, 120)}) {f.Melding}" })]);
        }
    }

    /// <summary>
    /// The <c>hva-om</c> comparison: the case in <paramref name="sakTekst"/> as given, and one row per variant in the
    /// order given, each with its difference to the baseline.
    /// </summary>
    public static HvaOmUtdata HvaOm(string sakTekst, string kilde, IEnumerable<string> sett, Satsgrunnlag satser, bool tillatAntatte)
    {
        ArgumentNullException.ThrowIfNull(sakTekst);
        ArgumentNullException.ThrowIfNull(sett);
        var grunnlagInndata = SakJson.Les(sakTekst, kilde);
        var grunnlag = Trekkberegner.Beregn(grunnlagInndata.Sak, satser, MedAntatte(grunnlagInndata.Valg, tillatAntatte));
        var rot = JsonNode.Parse(sakTekst)!;
        var varianter = new List<HvaOmRad>();
        foreach (var s in sett)
        {
            var inndata = LesVariant(rot, s, kilde);
            Trekkresultat r;
            try
            {
                r = Trekkberegner.Beregn(inndata.Sak, satser, MedAntatte(inndata.Valg, tillatAntatte));
            }
            catch (UgyldigInndataException e)
            {
                throw new UgyldigInndataException([.. e.Feil.Select(f => f with { Melding = $"(--sett {s}) {f.Melding}" })]);
            }
            catch (SatserManglerException e)
            {
                // The variant moved the case to a date without rates: say which variant, as for any other error.
                throw new UgyldigInndataException(new Valideringsfeil(s, null, Feilkoder.SatserMangler, $"(--sett {s}) {e.Message}"));
            }

            varianter.Add(HvaOmRad(s, r, r.TrekkPerMaaned - grunnlag.TrekkPerMaaned));
        }

        return new HvaOmUtdata { Grunnlag = HvaOmRad(null, grunnlag, null), Varianter = varianter, SatserVersjon = grunnlag.SatserVersjon };
    }

    /// <summary>One row of a what-if comparison.</summary>
    public static HvaOmRad HvaOmRad(string? sett, Trekkresultat r, Beloep? differanse) => new()
    {
        Sett = sett,
        TrekkPerMaaned = r.TrekkPerMaaned,
        Trekkprosent = r.Trekkprosent,
        Begrensning = r.Begrensning.ToString(),
        Antatt = Koder.Antatt(r.Antatt),
        Avledet = Kildegradkode.Tabeller(r.Avledet),
        Differanse = differanse,
    };

    /// <summary>Distributes <paramref name="betaling"/> over <paramref name="krav"/> and builds the <c>fordel</c> document.</summary>
    public static FordelUtdata Fordel(ImmutableArray<Krav> krav, Beloep betaling, Fordelingsregel regel, bool forklar)
    {
        var resultat = Fordeler.Fordel(krav.AsSpan(), betaling, regel);
        return Fordel(resultat, betaling, regel, forklar);
    }

    /// <summary>The <c>fordel</c> document of a distribution already made.</summary>
    public static FordelUtdata Fordel(Fordelingsresultat resultat, Beloep betaling, Fordelingsregel regel, bool forklar)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return FordelUtdata.Av(resultat, forklar ? Fordeler.Forklar(resultat) : null);
    }

    /// <summary>
    /// Interest over <c>[fra, til)</c>: the agreed rate when <paramref name="avtalt"/> is given, otherwise
    /// forsinkelsesrente from the rate table of <paramref name="satser"/> (asked for only then).
    /// </summary>
    public static RenteUtdata Rente(Beloep hovedstol, LocalDate fra, LocalDate til, Prosent? avtalt, Func<Satsgrunnlag> satser, bool forklar)
    {
        ArgumentNullException.ThrowIfNull(satser);
        Renteresultat r;
        Forklaring? forklaring = null;
        string? versjon = null;
        if (avtalt is { } p)
        {
            if (forklar)
            {
                var rf = Renteberegner.ForklarAvtaltRente(hovedstol, fra, til, p);
                (r, forklaring) = (rf.Resultat, rf.Forklaring);
            }
            else
            {
                r = Renteberegner.AvtaltRente(hovedstol, fra, til, p);
            }
        }
        else
        {
            var s = satser();
            versjon = s.Versjon;
            if (forklar)
            {
                var rf = Renteberegner.ForklarForsinkelsesrente(hovedstol, fra, til, s.Forsinkelsesrente);
                (r, forklaring) = (rf.Resultat, rf.Forklaring);
            }
            else
            {
                r = Renteberegner.Forsinkelsesrente(hovedstol, fra, til, s.Forsinkelsesrente);
            }
        }

        return RenteUtdata.Av(r, hovedstol, fra, til, avtalt, versjon, forklaring);
    }

    /// <summary>
    /// Projects <paramref name="trekk"/> over <paramref name="maaneder"/> months from <paramref name="fra"/>
    /// (<c>framskriv</c>): with no amount, the decided trekk (the trekkpålegg); with one or more, each amount as a
    /// what-if run (the documents then carry their amount). <paramref name="bruttoinntekt"/> is needed when a
    /// trekkpålegg is in percent; no trekk is paid on or after <paramref name="trekkperiodeSlutt"/> when given.
    /// </summary>
    /// <exception cref="UgyldigInndataException">Bad months or amounts, claims that break a rule, or a percent trekk without gross income.</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static Framskrivingskjoering Framskriv(
        Trekk trekk,
        LocalDate fra,
        int maaneder,
        IReadOnlyList<Beloep> beloep,
        EnkelTabell<Prosentverdi> renteTabell,
        Beloep? bruttoinntekt = null,
        LocalDate? trekkperiodeSlutt = null)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        ArgumentNullException.ThrowIfNull(beloep);
        var grunnlag = Framskrivingsgrunnlag.Forbered(trekk, fra, maaneder, renteTabell, bruttoinntekt, trekkperiodeSlutt);
        List<Beloep?> kjoeringer = beloep.Count == 0 ? [null] : [.. beloep.Select(b => (Beloep?)b)];
        var buffer = new Framskrivingsbuffer(grunnlag);
        var n = grunnlag.AntallKrav;
        var kravResultat = new KravFramskriving[n];
        var maanedResultat = new Framskrivingsmaaned[maaneder];
        var dokumenter = new List<FramskrivUtdata>(kjoeringer.Count);
        var saldoer = new List<Beloep[]>(kjoeringer.Count);
        foreach (var b in kjoeringer)
        {
            var saldo = new Beloep[n * maaneder];
            Framskriver.Framskriv(grunnlag, b, buffer, kravResultat, maanedResultat, saldo);
            dokumenter.Add(FramskrivUtdata.Fra(grunnlag, kravResultat, maanedResultat, kjoeringer.Count > 1 ? b : null));
            saldoer.Add(saldo);
        }

        return new Framskrivingskjoering { Grunnlag = grunnlag, Beloep = kjoeringer, Dokumenter = dokumenter, Saldo = saldoer };
    }

    /// <summary>
    /// The trekkpliktig's liability and the debtor's credit (<c>ansvar</c>): reads ANSVAR.json and computes it.
    /// The command line and the HTTP service both call this, so they give the same JSON.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The document breaks a rule (every violation, with its path).</exception>
    public static AnsvarUtdata Ansvar(string json, string kilde = "ANSVAR.json")
    {
        var inndata = AnsvarJson.Les(json, kilde);
        var resultat = Ansvarsberegner.Beregn(inndata.KravGjelder, inndata.Maaneder.AsSpan());
        return AnsvarUtdata.Fra(resultat, inndata.Maaneder);
    }

    /// <summary>
    /// Avregning of what <paramref name="trekk"/> received, on <paramref name="dato"/> (<c>avregn</c>): every
    /// <c>mottatt</c> payment placed in date order with the trekk's fordeling. Shared by the command line and the HTTP
    /// service.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The trekk breaks a rule, or a payment is after the date.</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static (Avregningsresultat Resultat, AvregnUtdata Dokument) Avregn(Trekk trekk, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        var resultat = Avregner.Avregn(trekk, dato, renteTabell);
        return (resultat, AvregnUtdata.Fra(resultat));
    }

    /// <summary>
    /// The document of <c>trekkgrunnlag</c>: the three sums of SAK.json's <c>skyldner</c> and each ytelse's treatment
    /// (deknl. § 2-7). Shared by the command line and the HTTP service.
    /// </summary>
    public static TrekkgrunnlagUtdata Trekkgrunnlag(TrekkgrunnlagInndata inndata)
    {
        ArgumentNullException.ThrowIfNull(inndata);
        var sum = Trekkgrunnlagsberegner.Summer(inndata.Ytelser.AsSpan(), inndata.KravGjelder);
        return new TrekkgrunnlagUtdata
        {
            BruttoPerMaaned = sum.BruttoPerMaaned,
            ForskuddstrekkPerMaaned = sum.ForskuddstrekkPerMaaned,
            AndreInntekterPerMaaned = sum.AndreInntekterPerMaaned,
            Ytelser = [.. inndata.Ytelser.Select(y => Trekkgrunnlagsberegner.Klassifiser(y.Type, inndata.KravGjelder)).Select(k => new YtelsesklassifiseringUtdata
            {
                Type = Trekkgrunnlagsberegner.Ytelsestekst(k.Type),
                Behandling = Trekkgrunnlagsberegner.Behandlingstekst(k.Behandling),
                Kilde = k.Kilde,
                Merknad = k.Merknad,
            })],
        };
    }

    /// <summary>
    /// Runs the samordning of several trekk in one ytelse (tvangsl. § 7-24) and builds the document of
    /// <c>samordne</c>. Shared by the command line and the HTTP service.
    /// </summary>
    public static SamordneUtdata Samordne(SamordneInndata inndata)
    {
        ArgumentNullException.ThrowIfNull(inndata);
        var nytt = new Beloep[inndata.Trekk.Length];
        var uutnyttet = Samordner.Samordne(inndata.Trekkevne, inndata.Trekk.AsSpan(), nytt);
        return new SamordneUtdata
        {
            Trekk = [.. inndata.Trekk.Select((t, i) => new SamordnetTrekkUtdata
            {
                Id = t.Id,
                BeloepPerMaaned = t.BeloepPerMaaned,
                NyttBeloepPerMaaned = nytt[i],
                Endring = Samordner.EndringFor(t.BeloepPerMaaned, nytt[i]) == Endring.Senkes ? "senkes" : "uendret",
            })],
            Uutnyttet = uutnyttet,
        };
    }

    /// <summary>
    /// The document of <c>forfall</c>: the terms of the trekk withheld in <paramref name="fra"/>–<paramref name="til"/>
    /// (both inclusive). Shared by the command line and the HTTP service.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The months are out of order or too many (the field is <c>fra</c> or <c>til</c>).</exception>
    public static ForfallUtdata Forfall(YearMonth fra, YearMonth til, bool skattetrekkskonto) => new()
    {
        Skattetrekkskonto = skattetrekkskonto,
        Terminer = [.. Forfallsberegner.Terminer(fra, til, skattetrekkskonto).Select(t => new ForfallsterminUtdata
        {
            TrukketFra = Maanedformat.Tekst(t.TrukketFra),
            TrukketTil = Maanedformat.Tekst(t.TrukketTil),
            Forfall = t.Forfall,
            Betalingsfrist = t.Betalingsfrist,
            Kilde = t.Kilde,
            Merknad = t.Merknad,
        })],
    };

    /// <summary>The <c>trekkperiode</c> document.</summary>
    public static TrekkperiodeUtdata Trekkperiode(Trekkperiodesvar svar) => TrekkperiodeUtdata.Av(svar);

    /// <summary>The document of <c>satser vis</c>: every table, in a fixed order.</summary>
    public static SatserUtdata Satser(Satsgrunnlag s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            Versjon = s.Versjon,
            Tabeller =
            [
                Tabell(s, "livsopphold", s.Livsopphold.Tidsserie, [.. s.Livsopphold.Perioder.Select((p, i) => Periode(p.Fra, p.Til, Livsopphold(s.Livsopphold, i)))]),
                Tabell(s, "samvaer", s.Samvaer.Tidsserie, [.. s.Samvaer.Perioder.Select((p, i) => Periode(p.Fra, p.Til, Samvaer(s.Samvaer, i)))]),
                Tabell(s, "forsinkelsesrente", s.Forsinkelsesrente.Tidsserie, [.. s.Forsinkelsesrente.Perioder.Select(p => Periode(p.Fra, p.Til, [new SatsUtdata { Navn = "prosent_pa", Verdi = p.Verdi.Prosent.Verdi, Kilde = p.Verdi.Kilde, Kildegrad = Kildegradkode.Tekst(p.Verdi.Kildegrad) }]))]),
                Tabell(s, "rettsgebyr", s.Rettsgebyr.Tidsserie, [.. s.Rettsgebyr.Perioder.Select(p => Periode(p.Fra, p.Til, [new SatsUtdata { Navn = "rettsgebyr", Verdi = p.Verdi.Beloep.Kroner, Kilde = p.Verdi.Kilde, Kildegrad = Kildegradkode.Tekst(p.Verdi.Kildegrad) }]))]),
                .. Enum.GetValues<Trekkgrense>().Select(g => Tabell(
                    s,
                    "trekkgrenser",
                    s.Trekkgrenser[g].Tidsserie,
                    [.. s.Trekkgrenser[g].Perioder.Select(p => Periode(p.Fra, p.Til, [new SatsUtdata { Navn = TrekkgrenserTabell.Parameternavn[(int)g], Verdi = p.Verdi.Prosent.Verdi, Kilde = p.Verdi.Kilde, Kildegrad = Kildegradkode.Tekst(p.Verdi.Kildegrad) }]))],
                    TrekkgrenserTabell.Parameternavn[(int)g])),
            ],
        };
    }

    private static Beregningsvalg MedAntatte(Beregningsvalg valg, bool tillatAntatte) =>
        valg with { TillatAntatteSatser = valg.TillatAntatteSatser || tillatAntatte };

    private static SatstabellUtdata Tabell(Satsgrunnlag s, string navn, Tidsserie tidsserie, IReadOnlyList<SatsperiodeUtdata> perioder, string? del = null) => new()
    {
        Navn = del is null ? navn : navn + "/" + del,
        Versjon = s.Tabellversjoner.TryGetValue(navn, out var v) ? v : string.Empty,
        SistKjenteDag = tidsserie.SistKjenteDag,
        Perioder = perioder,
    };

    private static SatsperiodeUtdata Periode(LocalDate fra, LocalDate? til, IReadOnlyList<SatsUtdata> verdier) =>
        new() { Fra = fra, Til = til, Verdier = verdier };

    private static List<SatsUtdata> Livsopphold(LivsoppholdTabell t, int i)
    {
        var s = t.Satser(i);
        var liste = new List<SatsUtdata>
        {
            new() { Navn = "enslig", Verdi = s.Enslig.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Enslig), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.Enslig)) },
            new() { Navn = "par_per_person", Verdi = s.ParPerPerson.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.ParPerPerson), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.ParPerPerson)) },
            new() { Navn = "barn_0_5", Verdi = s.Barn0Til5.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn0Til5), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.Barn0Til5)) },
            new() { Navn = "barn_6_10", Verdi = s.Barn6Til10.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn6Til10), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.Barn6Til10)) },
        };
        if (s.EttBandFra11)
        {
            liste.Add(new() { Navn = "barn_11_pluss", Verdi = s.Barn11Til14.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn11Pluss), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.Barn11Pluss)) });
        }
        else
        {
            liste.Add(new() { Navn = "barn_11_14", Verdi = s.Barn11Til14.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn11Til14), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.Barn11Til14)) });
            liste.Add(new() { Navn = "barn_15_pluss", Verdi = s.Barn15Pluss.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn15Pluss), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, LivsoppholdKategori.Barn15Pluss)) });
        }

        return liste;
    }

    private static readonly string[] Aldersband = ["0_5", "6_10", "11_14", "15_pluss"];

    private static List<SatsUtdata> Samvaer(SamvaerTabell t, int i)
    {
        var liste = new List<SatsUtdata>();
        for (var klasse = 1; klasse <= SamvaerTabell.AntallKlasser; klasse++)
        {
            for (var band = 0; band < SamvaerTabell.AntallAldersband; band++)
            {
                liste.Add(new() { Navn = $"klasse_{klasse}_alder_{Aldersband[band]}", Verdi = t.Sats(i, klasse, band).Kroner, Kilde = t.Kilde(i, klasse, band), Kildegrad = Kildegradkode.Tekst(t.Kildegrad(i, klasse, band)) });
            }
        }

        return liste;
    }
}
