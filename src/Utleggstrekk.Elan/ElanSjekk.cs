using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Elan;

/// <summary>
/// One call: reads an ELAN document, imports its krav into the engine's <see cref="Krav"/>, checks the krav-, payment-
/// and party-level rules of ELAN's code table (all violations at once) and checks each claimed rentekrav against the
/// engine's interest.
/// </summary>
public static class ElanSjekk
{
    /// <summary>
    /// Checks <paramref name="json"/>. Throws <see cref="UgyldigInndataException"/> when the text cannot be read as an ELAN
    /// document (the CLI's exit 2); rule violations are returned in <see cref="Elanresultat.Avvik"/>.
    /// </summary>
    public static Elanresultat Sjekk(string json, EnkelTabell<Prosentverdi> forsinkelsesrente, ElanValg? valg = null, string kilde = "ELAN.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(forsinkelsesrente);
        valg ??= new ElanValg();
        var n = ElanLeser.Les(json, kilde);
        var avvik = new List<ElanAvvik>();
        var info = new List<ElanInformasjon>
        {
            new(Elankoder.Bokstaver, "prioritetDekningsloven", "Bokstavliste: " + valg.Bokstaver.Navn() + " — " + valg.Bokstaver.Beskrivelse() + ".", Elanregler.Bokstaver.Kilde),
        };

        if (n.Type == Dokumenttype.OppslagSamordnetTrekk)
        {
            return Oppslag(n, valg, avvik, info);
        }

        Kravregler(n, avvik);
        Tvangsgrunnlagregler(n, avvik);
        Relasjonsregler(n, avvik);
        Prioritetsregler(n, avvik);
        Verdiregler(n, avvik);
        Partsregler(n, avvik);

        var tidsprioritet = Tidsprioritet(n, valg, info);
        var (krav, dokKlasse) = Importer(n, valg.Bokstaver, tidsprioritet ?? default, valg.Tidsprioritet is null, avvik, info);
        var rentekontroll = Rentekontroll(n, forsinkelsesrente, avvik, info);
        return new Elanresultat
        {
            Dokumenttype = n.Type,
            Bokstaver = valg.Bokstaver,
            Krav = krav,
            DokumentetsKlasse = dokKlasse,
            Avvik = avvik,
            Informasjon = info,
            Rentekontroll = rentekontroll,
            Saksoekere = [.. n.Saksoekere.Select(s => s.Id).Distinct(StringComparer.Ordinal)],
            Prosessfullmektiger = [.. n.Prosessfullmektiger.Select(p => p.Orgnr).Distinct(StringComparer.Ordinal)],
            Sak = n.Sak,
            Tidsprioritet = tidsprioritet,
            Saksoeker = n.Saksoekere.Count > 0 ? n.Saksoekere[0].Id : null,
            Prosessfullmektig = n.SaksoekersFullmektig,
        };
    }

    /// <summary>An oppslag om samordnet trekk has no krav: the result says so and checks nothing.</summary>
    private static Elanresultat Oppslag(Normalisert n, ElanValg valg, List<ElanAvvik> avvik, List<ElanInformasjon> info)
    {
        info.Add(new(Elankoder.IngenKrav, "$", "Dokumentet er et oppslag om samordnet trekk (skyldner " + (n.Skyldner ?? "ukjent") + ") og inneholder ingen krav.", "ELAN: Oppslag samordnet trekk fra kommune 1.0"));
        return new Elanresultat
        {
            Dokumenttype = n.Type,
            Bokstaver = valg.Bokstaver,
            Krav = [],
            DokumentetsKlasse = [],
            Avvik = avvik,
            Informasjon = info,
            Rentekontroll = [],
            Saksoekere = [],
            Prosessfullmektiger = [],
            Sak = n.Sak,
        };
    }

    /// <summary>
    /// The krav's tidsprioritet: <c>--tidsprioritet</c>, or else the document's date (noted as assumed). Without either,
    /// a document with krav cannot be imported.
    /// </summary>
    private static LocalDate? Tidsprioritet(Normalisert n, ElanValg valg, List<ElanInformasjon> info)
    {
        var tidsprioritet = valg.Tidsprioritet ?? n.Dato;
        if (tidsprioritet is null && n.Krav.Count > 0)
        {
            throw new UgyldigInndataException(new Valideringsfeil(n.DatoFelt, null, Feilkoder.Paakrevd, "Dokumentet mangler " + n.DatoFelt + ", som brukes som tidsprioritet; oppgi den med --tidsprioritet."));
        }

        if (valg.Tidsprioritet is null && n.Krav.Count > 0)
        {
            info.Add(new(Elankoder.TidsprioritetAntatt, n.DatoFelt, "Tidsprioritet satt til " + Dato(tidsprioritet!.Value) + " (" + n.DatoFelt + "); den endelige er datoen trekkpålegget gis.", Elanregler.Tidsprioritet.Kilde));
        }

        return tidsprioritet;
    }

    private static void Legg(List<ElanAvvik> avvik, string kode, string sti, string? verdi, string melding) =>
        avvik.Add(new ElanAvvik(kode, Elankoder.Titler[kode], sti, verdi, melding));

    private static void Kravregler(Normalisert n, List<ElanAvvik> avvik)
    {
        if (n.Krav.Count == 0)
        {
            Legg(avvik, Elankoder.ManglerKrav, "kravTilInnkreving", n.KravListeFinnes ? "[]" : null, "Krav mangler: det må finnes minimum ett krav.");
        }

        var sett = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in n.Krav)
        {
            if (!sett.TryAdd(k.Ref, k.Indeks))
            {
                Legg(avvik, Elankoder.KravDuplikateReferanser, k.Sti + "." + k.RefFelt, k.Ref, "Det foreligger flere krav med kravreferanse " + k.Ref + ".");
            }
        }
    }

    private static void Tvangsgrunnlagregler(Normalisert n, List<ElanAvvik> avvik)
    {
        if (n.Tvangsgrunnlag is not { } tg)
        {
            return;
        }

        var kjente = n.Krav.Select(k => k.Ref).ToHashSet(StringComparer.Ordinal);
        var brukt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tg)
        {
            foreach (var (r, sti) in t.Refs)
            {
                if (!kjente.Contains(r))
                {
                    Legg(avvik, Elankoder.TvangsgrunnlagUgyldigeKravreferanser, sti, r, "Begjæringens tvangsgrunnlag med kravreferanse " + r + " peker på krav som ikke eksisterer.");
                }
                else if (brukt.TryGetValue(r, out var forrige) && forrige != t.Indeks)
                {
                    Legg(avvik, Elankoder.KravIFlereTvangsgrunnlag, sti, r, "Et krav kan ikke inngå i flere tvangsgrunnlag (kravreferanse " + r + ").");
                }
                else
                {
                    brukt.TryAdd(r, t.Indeks);
                }
            }
        }

        foreach (var k in n.Krav)
        {
            if (!brukt.ContainsKey(k.Ref))
            {
                Legg(avvik, Elankoder.KravIkkeBenyttet, k.Sti + "." + k.RefFelt, k.Ref, "Krav med kravreferanse " + k.Ref + " er ikke referert til fra begjæringens tvangsgrunnlag.");
            }
        }
    }

    /// <summary>The tvangsgrunnlag indexes a krav is in (empty for documents without tvangsgrunnlag).</summary>
    private static HashSet<int> Grunnlag(Normalisert n, string referanse) =>
        n.Tvangsgrunnlag is { } tg ? [.. tg.Where(t => t.Refs.Any(r => r.Ref == referanse)).Select(t => t.Indeks)] : [];

    private static void Relasjonsregler(Normalisert n, List<ElanAvvik> avvik)
    {
        var etterRef = new Dictionary<string, NKrav>(StringComparer.Ordinal);
        foreach (var k in n.Krav)
        {
            etterRef.TryAdd(k.Ref, k);
        }

        foreach (var k in n.Krav)
        {
            var relSti = k.Sti + ".relatertKrav";
            Relasjonsantall(k, relSti, avvik);
            var mine = Grunnlag(n, k.Ref);
            for (var j = 0; j < k.Relatert.Count; j++)
            {
                Relasjon(n, k, mine, j, relSti + "[" + j.ToString(CultureInfo.InvariantCulture) + "]", etterRef, avvik);
            }
        }
    }

    /// <summary>Which kravtyper must, and which must not, have a related krav.</summary>
    private static void Relasjonsantall(NKrav k, string relSti, List<ElanAvvik> avvik)
    {
        if (k.Type == Kravtype.Hovedstol && k.Relatert.Count > 0)
        {
            Legg(avvik, Elankoder.HovedstolSkalIkkeHaEtRelatertKrav, relSti, string.Join(", ", k.Relatert), "Hovedstol har et relatert krav.");
        }

        if (k.Type == Kravtype.Renter && k.Relatert.Count == 0)
        {
            Legg(avvik, Elankoder.RenteMaaHaRelatertKrav, relSti, null, "Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er rentebærende.");
        }

        if (k.Type is Kravtype.Gebyr or Kravtype.Kostnader && k.Relatert.Count == 0)
        {
            Legg(avvik, Elankoder.GebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol, relSti, null, "Kravet kan kun relateres til et krav av typen hovedstol; relasjonen mangler.");
        }
    }

    /// <summary>
    /// Relation <paramref name="j"/> of krav <paramref name="k"/> (in tvangsgrunnlag <paramref name="mine"/>): to another
    /// krav that exists, in the same tvangsgrunnlag, of a type the relation allows.
    /// </summary>
    private static void Relasjon(Normalisert n, NKrav k, HashSet<int> mine, int j, string sti, Dictionary<string, NKrav> etterRef, List<ElanAvvik> avvik)
    {
        var r = k.Relatert[j];
        if (r == k.Ref)
        {
            Legg(avvik, Elankoder.RelaterteKravKanIkkePekePaaSegSelv, sti, r, "Relaterte krav kan ikke peke på seg selv.");
            return;
        }

        if (!etterRef.TryGetValue(r, out var mål))
        {
            Legg(avvik, Elankoder.RelaterteKravUgyldigeKravreferanser, sti, r, "Krav med kravreferanse " + k.Ref + " peker på relatert krav med kravreferanse " + r + " som ikke eksisterer.");
            return;
        }

        var deres = Grunnlag(n, r);
        if (mine.Count > 0 && deres.Count > 0 && !mine.Overlaps(deres))
        {
            Legg(avvik, Elankoder.RelaterteKravMaaFinnes, sti, r, "Relaterte krav må finnes i samme tvangsgrunnlag.");
        }

        if (k.Type == Kravtype.Renter && mål.Type == Kravtype.Renter)
        {
            Legg(avvik, Elankoder.RentekravKanIkkeHaRentekrav, sti, r, "Et rentekrav kan ikke være relatert til et annet rentekrav. Oppgi korrekt relasjon til et rentebærende krav.");
        }

        if (k.Type is Kravtype.Gebyr or Kravtype.Kostnader && mål.Type != Kravtype.Hovedstol)
        {
            Legg(avvik, Elankoder.GebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol, sti, r, "Kravet kan kun relateres til et krav av typen hovedstol.");
        }
    }

    private static void Prioritetsregler(Normalisert n, List<ElanAvvik> avvik)
    {
        var noen = n.Krav.Any(k => k.PrioritetISak is not null);
        if (!noen)
        {
            return;
        }

        foreach (var k in n.Krav)
        {
            if (k.PrioritetISak is null)
            {
                Legg(avvik, Elankoder.PrioritetMangler, k.Sti + ".prioritetISak", null, "Hvis dere har angitt prioritet på en av kravspostene, må det også angis på de øvrige kravspostene.");
            }

            if (k.Rentebaerende is { } r && (r.Forsinkelsesrente || r.AvtaltSats is not null) && r.PrioritetFremtidig is null)
            {
                Legg(avvik, Elankoder.PrioritetManglerPaaRenteopplysninger, r.Sti + ".prioritetISakFremtidigRentekrav", null, "Hvis dere har angitt prioritet på en av kravspostene så må det også angis prioritet på fremtidige renteposter.");
            }
        }

        if (n.RettsgebyrObjekt && !n.RettsgebyrHarPrioritet)
        {
            Legg(avvik, Elankoder.PrioritetManglerPaaRettsgebyr, "kreverRettsgebyrErstattet.prioritetISak", null, "Hvis dere har angitt prioritet på en av kravspostene så må det også angis for rettsgebyret.");
        }
    }

    private static void Verdiregler(Normalisert n, List<ElanAvvik> avvik)
    {
        foreach (var (b, sti) in n.AndreBeloep)
        {
            SjekkBeloep(n, b, sti, avvik);
        }

        foreach (var k in n.Krav)
        {
            SjekkBeloep(n, k.Opprinnelig, k.Sti + ".opprinneligBeloep.beloep", avvik);
            SjekkBeloep(n, k.Gjenstaaende, k.Sti + ".gjenstaaendeBeloep.beloep", avvik);
            foreach (var (_, b, sti) in k.Innbetalinger)
            {
                SjekkBeloep(n, b, sti, avvik);
            }

            if (k.Rentekrav is { } rk)
            {
                SjekkBeloep(n, rk.Grunnlag, rk.Sti + ".renteGrunnlag.beloep", avvik);
                SjekkRente(n, rk.AvtaltSats, rk.Sti + ".beregnetMedAvtaltRentesats", avvik);
            }

            if (k.Rentebaerende is { } r)
            {
                SjekkRente(n, r.AvtaltSats, r.Sti + ".avtaltRentesats", avvik);
            }
        }

        Kontoregler(n, avvik);
    }

    /// <summary>An amount: at most two decimals (as written, not as <see cref="decimal"/> rounded it) and not negative.</summary>
    private static void SjekkBeloep(Normalisert n, decimal? b, string sti, List<ElanAvvik> avvik)
    {
        if (n.Unoeyaktige.TryGetValue(sti, out var tekst))
        {
            Legg(avvik, Elankoder.UgyldigBeloep, sti, tekst, "Beløp " + tekst + " er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt.");
        }
        else if (b is { } v && (v < 0 || v * 100m != decimal.Truncate(v * 100m)))
        {
            Legg(avvik, Elankoder.UgyldigBeloep, sti, Tall(v), "Beløp " + Tall(v) + " er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt.");
        }
    }

    /// <summary>An interest rate: at most two decimals (as written) and not negative.</summary>
    private static void SjekkRente(Normalisert n, decimal? s, string sti, List<ElanAvvik> avvik)
    {
        if (n.Unoeyaktige.TryGetValue(sti, out var tekst))
        {
            Legg(avvik, Elankoder.UgyldigRente, sti, tekst, "Rente " + tekst + " er ugyldig. Rente kan ha maks to desimaler og ikke være negativt.");
        }
        else if (s is { } v && (v < 0 || v * 100m != decimal.Truncate(v * 100m)))
        {
            Legg(avvik, Elankoder.UgyldigRente, sti, Tall(v), "Rente " + Tall(v) + " er ugyldig. Rente kan ha maks to desimaler og ikke være negativt.");
        }
    }

    /// <summary>The payment details: KID and account number with valid check digits.</summary>
    private static void Kontoregler(Normalisert n, List<ElanAvvik> avvik)
    {
        if (n.Kid is { } kid && !Kontrollsiffer.ErGyldigKid(kid.Verdi))
        {
            Legg(avvik, Elankoder.UgyldigKid, kid.Sti, kid.Verdi, "Kidnummer " + kid.Verdi + " er feil (kontrollsiffer etter MOD10 eller MOD11 stemmer ikke).");
        }

        if (n.Kontonr is { } konto && !Kontrollsiffer.ErGyldigKontonr(konto.Verdi))
        {
            Legg(avvik, Elankoder.UgyldigKontonr, konto.Sti, konto.Verdi, "Mottakers kontonummer " + konto.Verdi + " er feil (11 siffer med kontrollsiffer etter MOD11).");
        }
    }

    private static void Partsregler(Normalisert n, List<ElanAvvik> avvik)
    {
        foreach (var (orgnr, landkode, sti) in n.Prosessfullmektiger)
        {
            if ((landkode is null || landkode == "NO") && !Kontrollsiffer.ErGyldigOrgnr(orgnr))
            {
                Legg(avvik, Elankoder.UgyldigOrgnrProsessfullmektig, sti, orgnr, "Prosessfullmektig " + orgnr + " må oppgis med gyldig orgnummer (9 siffer med kontrollsiffer etter MOD11).");
            }
        }

        var saksoekere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, sti) in n.Saksoekere)
        {
            if (!saksoekere.Add(id))
            {
                Legg(avvik, Elankoder.DuplikatSaksoeker, sti, id, "Det er ikke tillatt med duplikate saksøkere.");
            }
        }

        var saksoekte = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, sti) in n.Saksoekte)
        {
            if (!saksoekte.Add(id))
            {
                Legg(avvik, Elankoder.DuplikatSaksoekt, sti, id, "Det er ikke tillatt med duplikate saksøkte.");
            }
            else if (saksoekere.Contains(id))
            {
                Legg(avvik, Elankoder.SammeSaksoektSomSaksoeker, sti, id, "Saksøker kan ikke være saksøkt.");
            }
        }
    }

    private static (ImmutableArray<Krav> Krav, ImmutableArray<Artsprioritet?> DokumentetsKlasse) Importer(
        Normalisert n, Bokstaver bokstaver, LocalDate tidsprioritet, bool tidsprioritetAntatt, List<ElanAvvik> avvik, List<ElanInformasjon> info)
    {
        var etterRef = new Dictionary<string, NKrav>(StringComparer.Ordinal);
        foreach (var k in n.Krav)
        {
            etterRef.TryAdd(k.Ref, k);
        }

        var dok = Dokumentklasser(n, bokstaver, avvik);
        var resultat = ImmutableArray.CreateBuilder<Krav>(n.Krav.Count);
        for (var i = 0; i < n.Krav.Count; i++)
        {
            var k = n.Krav[i];
            var klasse = Klasse(n, i, dok, etterRef, bokstaver, info);
            var rentevilkaar = FremtidigRente(n, k, tidsprioritet);
            resultat.Add(new Krav
            {
                Id = k.Ref,
                Artsprioritet = klasse,

                // Every krav of one document has the document's tidsprioritet; interest and fees so keep the
                // principal's (Retningslinje pkt. 6.2).
                Tidsprioritet = tidsprioritet,
                Sak = n.Sak,
                PrioritetISak = k.PrioritetISak ?? 1,
                RentePrioritetISak = rentevilkaar.Type == Rentetype.Ingen ? null : k.Rentebaerende?.PrioritetFremtidig,
                TidsprioritetAntatt = tidsprioritetAntatt,
                Kravtype = k.Type,
                Gjenstaaende = Gyldig(k.Gjenstaaende ?? (k.Opprinnelig - k.Innbetalinger.Sum(b => b.Beloep))),
                Rentevilkaar = rentevilkaar,
            });
            if (k.Gjenstaaende is null)
            {
                info.Add(new(Elankoder.GjenstaaendeBeregnet, k.Sti + ".gjenstaaendeBeloep", "Krav " + k.Ref + " mangler gjenstaaendeBeloep; brukt opprinneligBeloep minus innbetalinger.", "ELAN: innbetaling"));
            }
        }

        return (resultat.MoveToImmutable(), [.. dok]);
    }

    /// <summary>The class each krav's document letter gives (null: none given, or not a letter of the list, reported).</summary>
    private static Artsprioritet?[] Dokumentklasser(Normalisert n, Bokstaver bokstaver, List<ElanAvvik> avvik)
    {
        var dok = new Artsprioritet?[n.Krav.Count];
        for (var i = 0; i < n.Krav.Count; i++)
        {
            var k = n.Krav[i];
            if (k.Prioritet is null)
            {
                continue;
            }

            if (bokstaver.TryTolk(k.Prioritet, out var a))
            {
                dok[i] = a;
            }
            else
            {
                Legg(avvik, Elankoder.UkjentArtsprioritet, k.Sti + ".prioritetDekningsloven", k.Prioritet, "Ukjent artsprioritet i bokstavlisten " + bokstaver.Navn() + "; tillatt: " + bokstaver.Tillatte() + (bokstaver == Bokstaver.Foer2023 ? " (velg --bokstaver 2023 for seks bokstaver a–f)." : "."));
            }
        }

        return dok;
    }

    /// <summary>
    /// The class krav <paramref name="i"/> is imported with, reported when it is not the document's letter: a principal
    /// keeps its letter (f without one); costs are f; interest and fees follow their principal (e for a tax or
    /// public-duty claim, else f).
    /// </summary>
    private static Artsprioritet Klasse(Normalisert n, int i, Artsprioritet?[] dok, Dictionary<string, NKrav> etterRef, Bokstaver bokstaver, List<ElanInformasjon> info)
    {
        var k = n.Krav[i];
        var klasse = dok[i] ?? Artsprioritet.F;
        var sti = k.Sti + ".prioritetDekningsloven";
        if (k.Type == Kravtype.Hovedstol)
        {
            if (k.Prioritet is null)
            {
                info.Add(new(Elankoder.ArtsprioritetF, sti, "Krav " + k.Ref + " har ingen prioritetDekningsloven og er importert som f (andre krav).", Elanregler.UtenArtsprioritet.Kilde));
            }
            else if (dok[i] is { } a)
            {
                info.Add(new(Elankoder.ArtsprioritetTolket, sti, "Krav " + k.Ref + ": '" + k.Prioritet + "' (" + bokstaver.Navn() + ") er importert som " + a.Bokstav() + " (" + a.Tekst() + ").", Elanregler.Bokstaver.Kilde));
            }
        }
        else
        {
            Regel regel;
            if (k.Type == Kravtype.Kostnader)
            {
                klasse = Artsprioritet.F;
                regel = Elanregler.Kostnader;
            }
            else
            {
                // Renter and gebyr: e when the related principal is a tax or public-duty claim (class e), else f.
                var hoved = k.Relatert.Select(r => etterRef.GetValueOrDefault(r)).FirstOrDefault(h => h is { Type: Kravtype.Hovedstol } && h != k);
                klasse = hoved is not null && HovedKlasse(n, dok, hoved) == Artsprioritet.E ? Artsprioritet.E : Artsprioritet.F;
                regel = Elanregler.RenterOgGebyr;
            }

            if (dok[i] != klasse)
            {
                var fra = k.Prioritet is null ? "ingen prioritetDekningsloven" : "'" + k.Prioritet + "' (" + bokstaver.Navn() + ")";
                info.Add(new(Elankoder.ArtsprioritetEtterLov, sti, "Krav " + k.Ref + " (" + k.Kravdetaljer + "): " + fra + " er importert som " + klasse.Bokstav() + " (" + klasse.Tekst() + "). " + regel.Beskrivelse, regel.Kilde));
            }
        }

        return klasse;
    }

    /// <summary>A principal's class from its document letter, f without one.</summary>
    private static Artsprioritet HovedKlasse(Normalisert n, Artsprioritet?[] dok, NKrav hoved) =>
        n.Krav.IndexOf(hoved) is var i and >= 0 && dok[i] is { } a ? a : Artsprioritet.F;

    /// <summary>
    /// The future interest of a claim that bears interest: from the end of the last claimed interest period, else
    /// from the due date (else the document's tidsprioritet); the agreed rate when it is valid, else forsinkelsesrente.
    /// </summary>
    private static Rentevilkaar FremtidigRente(Normalisert n, NKrav k, LocalDate tidsprioritet)
    {
        var rentevilkaar = Rentevilkaar.Ingen;
        if (k.Type != Kravtype.Renter && k.Rentebaerende is { } rb && (rb.Forsinkelsesrente || rb.AvtaltSats is not null))
        {
            // Future interest runs from the end of the last claimed interest period, else from the due date.
            var sisteSlutt = n.Krav.Where(r => r.Type == Kravtype.Renter && r.Relatert.Contains(k.Ref) && r.Rentekrav?.Slutt is not null)
                .Select(r => r.Rentekrav!.Slutt!.Value).DefaultIfEmpty().Max();
            var fra = sisteSlutt != default ? sisteSlutt : k.Forfall ?? tidsprioritet;
            rentevilkaar = rb.AvtaltSats is { } s && s >= 0 && s * 100m == decimal.Truncate(s * 100m)
                ? Rentevilkaar.MedAvtaltRente(Prosent.FraDesimal(s), fra)
                : Rentevilkaar.MedForsinkelsesrente(fra);
        }

        return rentevilkaar;
    }

    /// <summary>An amount as the engine's type; an invalid one (already reported as UGYLDIG_BELOEP) becomes 0.</summary>
    private static Beloep Gyldig(decimal? kroner) =>
        kroner is { } k && k >= 0 && k * 100m == decimal.Truncate(k * 100m) ? Beloep.FraDesimal(k) : Beloep.Null;

    private static List<Rentekontrollresultat> Rentekontroll(Normalisert n, EnkelTabell<Prosentverdi> tabell, List<ElanAvvik> avvik, List<ElanInformasjon> info)
    {
        var liste = new List<Rentekontrollresultat>();
        foreach (var k in n.Krav)
        {
            if (k.Type != Kravtype.Renter || k.Rentekrav is not { } rk)
            {
                continue;
            }

            var sti = rk.Sti;
            var krevdKr = k.Opprinnelig ?? k.Gjenstaaende;
            var relatert = k.Relatert.Select(r => n.Krav.FirstOrDefault(x => x.Ref == r && x != k)).FirstOrDefault(x => x is not null);
            var merknad = Rentegrunnlag(rk, krevdKr, relatert, out var type, out var sats);
            if (merknad is not null)
            {
                liste.Add(new(k.Ref, sti, "ikkeKontrollert", Gyldig(krevdKr), Beloep.Null, type, sats, false, [], merknad));
                info.Add(new(Elankoder.RentekontrollIkkeMulig, sti, "Rentekrav " + k.Ref + " er ikke kontrollert: " + merknad + ".", Elanregler.Rentekontroll.Kilde));
                continue;
            }

            var start = rk.Start!.Value;
            var slutt = rk.Slutt!.Value;
            var krevd = Beloep.FraDesimal(krevdKr!.Value);
            Renteutregning utregning;
            try
            {
                utregning = BeregnRente(Beloep.FraDesimal(rk.Grunnlag!.Value), start, slutt, sats, relatert, tabell);
            }
            catch (SatserManglerException e)
            {
                liste.Add(new(k.Ref, sti, "ikkeKontrollert", krevd, Beloep.Null, type, sats, false, [], e.Message));
                info.Add(new(Elankoder.RentekontrollIkkeMulig, sti, "Rentekrav " + k.Ref + " er ikke kontrollert: " + e.Message, Elanregler.Rentekontroll.Kilde));
                continue;
            }

            var (beregnet, antatt, avledet) = (utregning.Beregnet, utregning.Antatt, utregning.Avledet);
            var status = krevd > beregnet ? "overstiger" : krevd == beregnet ? "lik" : "lavere";
            liste.Add(new(k.Ref, sti, status, krevd, beregnet, type, sats, antatt, utregning.Ledd, null) { Avledet = avledet });
            var tekst = "Rentekrav " + k.Ref + ": krevd " + Kr(krevd) + " kr, beregnet " + Kr(beregnet) + " kr (" + type + ", " + Dato(start) + " til " + Dato(slutt) + ")" + (antatt ? "; satsen er antatt (etter tabellens slutt)" : string.Empty) + (avledet ? "; satsen er avledet, ikke kunngjort" : string.Empty) + ".";
            if (status == "overstiger")
            {
                Legg(avvik, Elankoder.RenteOverstiger, k.Sti + ".opprinneligBeloep.beloep", krevd.ToString(), tekst + " Differanse " + Kr(krevd - beregnet) + " kr.");
            }
            else
            {
                info.Add(new(status == "lik" ? Elankoder.RentekontrollLik : Elankoder.RentekontrollLavere, sti, tekst, Elanregler.Rentekontroll.Kilde));
            }
        }

        return liste;
    }

    /// <summary>
    /// Whether a rentekrav can be checked, and against which rate: the reason it cannot (null when it can), the rate
    /// type (<c>forsinkelsesrente</c> or <c>avtalt</c>) and an agreed rate, from the rentekrav itself or else from the
    /// interest-bearing claim it refers to.
    /// </summary>
    private static string? Rentegrunnlag(NRentekrav rk, decimal? krevdKr, NKrav? relatert, out string type, out Prosent? sats)
    {
        type = "forsinkelsesrente";
        sats = null;
        if (rk.Start is null || rk.Slutt is null)
        {
            return "rentePeriode mangler startdato eller sluttdato";
        }

        if (rk.Slutt < rk.Start)
        {
            return "sluttdato er før startdato";
        }

        if (rk.Grunnlag is not { } g || g < 0 || g * 100m != decimal.Truncate(g * 100m))
        {
            return rk.Grunnlag is null ? "renteGrunnlag mangler" : "renteGrunnlag er ugyldig";
        }

        if (krevdKr is not { } kr || kr < 0 || kr * 100m != decimal.Truncate(kr * 100m))
        {
            return "krevd beløp mangler eller er ugyldig";
        }

        if (rk.AvtaltSats is { } a)
        {
            if (a < 0 || a * 100m != decimal.Truncate(a * 100m))
            {
                return "beregnetMedAvtaltRentesats er ugyldig";
            }

            type = "avtalt";
            sats = Prosent.FraDesimal(a);
            return null;
        }

        if (rk.Forsinkelsesrente == true)
        {
            return null;
        }

        if (relatert?.Rentebaerende is { AvtaltSats: { } ra } && ra >= 0 && ra * 100m == decimal.Truncate(ra * 100m))
        {
            type = "avtalt";
            sats = Prosent.FraDesimal(ra);
            return null;
        }

        return relatert?.Rentebaerende is not { Forsinkelsesrente: true }
            ? "dokumentet sier ikke om renten er beregnet med forsinkelsesrente eller avtalt rentesats"
            : null;
    }

    /// <summary>
    /// The interest on <paramref name="grunnlag"/> from <paramref name="start"/> to <paramref name="slutt"/>: the basis
    /// falls by each payment on the related krav from its booking day, within the period. Throws
    /// <see cref="SatserManglerException"/> when the forsinkelsesrente table has no rate for a day.
    /// </summary>
    private static Renteutregning BeregnRente(Beloep grunnlag, LocalDate start, LocalDate slutt, Prosent? sats, NKrav? relatert, EnkelTabell<Prosentverdi> tabell)
    {
        var betalinger = (relatert?.Innbetalinger ?? []).Where(b => b.Dato >= start && b.Dato < slutt && b.Beloep >= 0 && b.Beloep * 100m == decimal.Truncate(b.Beloep * 100m))
            .OrderBy(b => b.Dato).ToList();
        var ledd = ImmutableArray.CreateBuilder<Renteledd>();
        var fra = start;
        var beregnet = Beloep.Null;
        var antatt = false;
        var avledet = false;
        foreach (var (dato, beloep, _) in betalinger.Append((slutt, 0m, string.Empty)))
        {
            if (dato > fra)
            {
                var r = sats is { } s ? Renteberegner.AvtaltRente(grunnlag, fra, dato, s) : Renteberegner.Forsinkelsesrente(grunnlag, fra, dato, tabell);
                ledd.Add(new Renteledd(grunnlag, fra, dato, r.Rente, r.Antatt) { Avledet = r.Avledet });
                beregnet += r.Rente;
                antatt |= r.Antatt;
                avledet |= r.Avledet;
                fra = dato;
            }

            grunnlag = Beloep.Max(Beloep.Null, grunnlag - Beloep.FraDesimal(beloep));
        }

        return new Renteutregning(beregnet, antatt, avledet, ledd.ToImmutable());
    }

    /// <summary>The interest the engine computes for a rentekrav, with its flags and its periods.</summary>
    private readonly record struct Renteutregning(Beloep Beregnet, bool Antatt, bool Avledet, ImmutableArray<Renteledd> Ledd);

    /// <summary>An amount for a caseworker's message: two decimals with a decimal comma (<c>232,24</c>).</summary>
    private static string Kr(Beloep b) => b.ToString().Replace('.', ',');

    private static string Tall(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string Dato(LocalDate d) => Isodato.Tekst(d);
}
