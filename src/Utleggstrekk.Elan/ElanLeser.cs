using System.Globalization;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Json;

namespace Utleggstrekk.Elan;

/// <summary>
/// Reads an ELAN document: recognises which of the documents it is, deserializes it with the source-generated context
/// and gathers what the import and the rule check need into one model. Anything that stops the file being read as ELAN
/// JSON (syntax, a wrong JSON type, a malformed date, a number out of range, a missing reference or kravdetaljer, an
/// unknown kravdetaljer code) is thrown as <see cref="UgyldigInndataException"/> naming the JSON path and the value.
/// </summary>
internal static class ElanLeser
{
    /// <summary>The kravdetaljer codes known from the ELAN pages and examples, and the engine's kravtype for each.</summary>
    public static IReadOnlyList<(string Kode, Kravtype Type)> Kravdetaljer { get; } =
    [
        ("Hovedkrav", Kravtype.Hovedstol),
        ("Rentekrav", Kravtype.Renter),
        ("UtenrettsligeKostnader", Kravtype.Kostnader),
        ("Sakskostnader", Kravtype.Kostnader),
        ("Gebyr", Kravtype.Gebyr),
        ("Rettsgebyr", Kravtype.Gebyr),
    ];

    /// <summary>The largest amount in kroner the engine can hold (øre in a 64-bit integer).</summary>
    private const decimal StoerstBeloep = long.MaxValue / 100m;

    public static Normalisert Les(string json, string kilde)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (type, unoeyaktige) = Gjenkjenn(json, kilde);
        var n = new Normalisert { Type = type, Unoeyaktige = unoeyaktige };
        var feil = new List<Valideringsfeil>();
        try
        {
            switch (type)
            {
                case Dokumenttype.UtleggsbegjaeringV1:
                    LesBegjaeringV1(n, json, kilde, feil);
                    break;
                case Dokumenttype.UtleggsbegjaeringV09:
                    LesBegjaeringV09(n, json, kilde, feil);
                    break;
                case Dokumenttype.BeslutningOmTrekkFraKommuneV1:
                    LesBeslutningFraKommune(n, json, kilde, feil);
                    break;
                default:
                    var opp = JsonSerializer.Deserialize(json, ElanJsonContext.Default.OppslagSamordnetTrekk) ?? throw Rot(kilde);
                    n.Skyldner = Id(opp.Skyldner);
                    break;
            }
        }
        catch (JsonException e)
        {
            throw new UgyldigInndataException(Typefeil(e, json, kilde));
        }

        return feil.Count > 0 ? throw new UgyldigInndataException(feil) : n;
    }

    private static void LesBegjaeringV1(Normalisert n, string json, string kilde, List<Valideringsfeil> feil)
    {
        var v1 = JsonSerializer.Deserialize(json, ElanJsonContext.Default.BegjaeringV1) ?? throw Rot(kilde);
        Begjaering(n, v1.Saksoeker, v1.Saksoekt, v1.BegjaeringensTvangsgrunnlag, v1.KravTilInnkreving, v1.Innsender, feil);
        n.Dato = v1.Begjaeringsdato;
        n.Sak = v1.InnsenderReferanse ?? v1.Saksreferanse ?? "ELAN";
        Rettsgebyr(n, v1.KreverRettsgebyrErstattet);
        if (v1.Betalingsinformasjon is { } b1)
        {
            Konto(n, b1.Kidnummer, "betalingsinformasjon.kidnummer", b1.Kontoinformasjon?.Kontonummer, "betalingsinformasjon.kontoinformasjon.kontonummer");
        }
    }

    private static void LesBegjaeringV09(Normalisert n, string json, string kilde, List<Valideringsfeil> feil)
    {
        var v09 = JsonSerializer.Deserialize(json, ElanJsonContext.Default.BegjaeringV09) ?? throw Rot(kilde);
        Begjaering(n, v09.Saksoeker, v09.Saksoekt, v09.BegjaeringensTvangsgrunnlag, v09.KravTilInnkreving, v09.Innsender, feil);
        n.Dato = v09.Begjaeringsdato;
        n.Sak = v09.InnsenderReferanse ?? v09.Saksreferanse ?? "ELAN";
        Rettsgebyr(n, v09.KreverRettsgebyrErstattet);
        if (v09.Betalingsinformasjon?.NorskKonto is { } k09)
        {
            Konto(n, k09.Kidnummer, "betalingsinformasjon.norskKonto.kidnummer", k09.Kontonummer, "betalingsinformasjon.norskKonto.kontonummer");
        }
    }

    private static void LesBeslutningFraKommune(Normalisert n, string json, string kilde, List<Valideringsfeil> feil)
    {
        var kom = JsonSerializer.Deserialize(json, ElanJsonContext.Default.BeslutningKommuneV1) ?? throw Rot(kilde);
        Saksoekere(n, kom.Saksoeker);
        if (kom.Saksoekt is { } s)
        {
            Saksoekt(n, s, "saksoekt");
        }

        KravListe(n, kom.KravTilInnkreving, feil);
        n.Dato = kom.Beslutningsdato is { } bd ? DatoINorge(bd) : null;
        n.DatoFelt = "beslutningsdato";
        n.Sak = kom.InnsenderReferanse ?? kom.Saksreferanse ?? "ELAN";
        if (kom.Betalingsinformasjon is { } bk)
        {
            Konto(n, bk.Kidnummer, "betalingsinformasjon.kidnummer", bk.Kontoinformasjon?.Kontonummer, "betalingsinformasjon.kontoinformasjon.kontonummer");
        }
    }

    /// <summary>Which document the text is, from the properties at its root.</summary>
    private static (Dokumenttype Type, Dictionary<string, string> Unoeyaktige) Gjenkjenn(string json, string kilde)
    {
        JsonDocument dok;
        try
        {
            dok = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e) when (e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            throw new UgyldigInndataException(new Valideringsfeil(kilde, null, Feilkoder.UgyldigJson, "Dokumentet er nøstet dypere enn 64 nivåer."));
        }
        catch (JsonException e)
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                kilde,
                null,
                Feilkoder.UgyldigJson,
                $"Ikke gyldig JSON (linje {((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}, posisjon {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})."));
        }

        using (dok)
        {
            var rot = dok.RootElement;
            if (rot.ValueKind != JsonValueKind.Object)
            {
                throw Rot(kilde);
            }

            return (Type(rot, kilde), ElanKanter.Sjekk(rot, kilde));
        }
    }

    /// <summary>Which document the root object is, from its properties.</summary>
    private static Dokumenttype Type(JsonElement rot, string kilde)
    {
        bool Har(string navn) => rot.TryGetProperty(navn, out _);
        if (Har("beslutning") || Har("beslutningsdato"))
        {
            return Dokumenttype.BeslutningOmTrekkFraKommuneV1;
        }

        if (Har("skyldner") && !Har("kravTilInnkreving") && !Har("saksoeker") && !Har("saksoekt"))
        {
            return Dokumenttype.OppslagSamordnetTrekk;
        }

        if (!Har("kravTilInnkreving") && !Har("saksoeker") && !Har("saksoekt") && !Har("begjaeringensTvangsgrunnlag"))
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                kilde,
                null,
                Elankoder.UkjentDokument,
                "Ikke et ELAN-dokument: fant verken kravTilInnkreving, saksoeker, saksoekt, begjaeringensTvangsgrunnlag, beslutning eller skyldner."));
        }

        // v0.9 names a krav's reference kravreferanse and its interest renteOpplysning / erRentekrav.
        if (rot.TryGetProperty("kravTilInnkreving", out var krav) && krav.ValueKind == JsonValueKind.Array)
        {
            foreach (var k in krav.EnumerateArray())
            {
                if (k.ValueKind == JsonValueKind.Object
                    && (k.TryGetProperty("kravreferanse", out _) || k.TryGetProperty("renteOpplysning", out _) || k.TryGetProperty("erRentekrav", out _)))
                {
                    return Dokumenttype.UtleggsbegjaeringV09;
                }
            }
        }

        return Dokumenttype.UtleggsbegjaeringV1;
    }

    private static UgyldigInndataException Rot(string kilde) =>
        new(new Valideringsfeil(kilde, null, Feilkoder.UgyldigType, "Forventet et JSON-objekt på øverste nivå."));

    /// <summary>A System.Text.Json error as a violation with the document's path and the offending value.</summary>
    private static Valideringsfeil Typefeil(JsonException e, string json, string kilde)
    {
        var sti = e.Path is { Length: > 0 } p ? (p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : p.TrimStart('$')) : kilde;
        if (sti.Length == 0)
        {
            sti = kilde;
        }

        var verdi = Verdi(json, e.Path);
        var felt = sti;
        var punkt = felt.LastIndexOf('.');
        var navn = punkt >= 0 ? felt[(punkt + 1)..] : felt;
        var klamme = navn.IndexOf('[', StringComparison.Ordinal);
        if (klamme >= 0)
        {
            navn = navn[..klamme];
        }

        var dybde = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
        var dato = navn.EndsWith("dato", StringComparison.OrdinalIgnoreCase);
        var forventet = navn switch
        {
            "beslutningsdato" => "en dato og tid med tidssone (ÅÅÅÅ-MM-DDTtt:mm:ss+hh:mm) i år 1–9999",
            _ when dato => "en gyldig dato på formen ÅÅÅÅ-MM-DD i år 1–9999",
            "beloep" or "paalydendeBeloep" or "avtaltRentesats" or "beregnetMedAvtaltRentesats" => "et tall (punktum som desimalskille) innenfor gyldig område",
            "prioritetISak" or "prioritetISakFremtidigRentekrav" => "et heltall (som tall eller tekst)",
            "harForsinkelsesrente" or "forsinkelsesrente" or "beregnetMedForsinkelsesrente" or "norskKonto" => "true eller false",
            _ => null,
        };
        var melding = dybde
            ? "Dokumentet er nøstet dypere enn 64 nivåer."
            : forventet is null
                ? "Verdien har feil JSON-type for dette feltet (objekt, liste, tekst, tall eller true/false)."
                : "Forventet " + forventet + ".";
        return new Valideringsfeil(sti, verdi, dato && !dybde ? Feilkoder.UgyldigDato : Feilkoder.UgyldigType, melding);
    }

    /// <summary>The value at a System.Text.Json path (<c>$.a[0].b</c>) as short text, or null when it cannot be found.</summary>
    private static string? Verdi(string json, string? sti)
    {
        if (sti is null)
        {
            return null;
        }

        try
        {
            using var dok = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var e = dok.RootElement;
            var i = sti.StartsWith('$') ? 1 : 0;
            while (i < sti.Length)
            {
                if (sti[i] == '.')
                {
                    var slutt = i + 1;
                    while (slutt < sti.Length && sti[slutt] is not ('.' or '['))
                    {
                        slutt++;
                    }

                    if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(sti[(i + 1)..slutt], out e))
                    {
                        return null;
                    }

                    i = slutt;
                }
                else if (sti[i] == '[')
                {
                    var slutt = sti.IndexOf(']', i);
                    if (slutt < 0 || e.ValueKind != JsonValueKind.Array
                        || !int.TryParse(sti.AsSpan(i + 1, slutt - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                        || n >= e.GetArrayLength())
                    {
                        return null;
                    }

                    e = e[n];
                    i = slutt + 1;
                }
                else
                {
                    return null;
                }
            }

            return JsonTekst.Kort(e);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Begjaering(
        Normalisert n,
        List<ElanSaksoekerDokument?>? saksoekere,
        List<ElanSaksoektDokument?>? saksoekte,
        List<ElanTvangsgrunnlagDokument?>? tvangsgrunnlag,
        List<ElanKravDokument?>? krav,
        ElanInnsenderDokument? innsender,
        List<Valideringsfeil> feil)
    {
        Saksoekere(n, saksoekere);
        if (saksoekte is not null)
        {
            for (var i = 0; i < saksoekte.Count; i++)
            {
                if (saksoekte[i] is { } s)
                {
                    Saksoekt(n, s, Sti("saksoekt", i));
                }
            }
        }

        if (innsender is not null)
        {
            var foer = n.Prosessfullmektiger.Count;
            Fullmektig(n, innsender.InnsendersProsessfullmektig, "innsender.innsendersProsessfullmektig");
            Fullmektig(n, innsender.Prosessfullmektig, "innsender.prosessfullmektig");
            if (n.SaksoekersFullmektig is null && n.Prosessfullmektiger.Count > foer)
            {
                n.SaksoekersFullmektig = n.Prosessfullmektiger[foer].Orgnr;
            }
        }

        n.Tvangsgrunnlag = [];
        if (tvangsgrunnlag is not null)
        {
            for (var j = 0; j < tvangsgrunnlag.Count; j++)
            {
                var t = tvangsgrunnlag[j];
                var sti = Sti("begjaeringensTvangsgrunnlag", j);
                var refs = new List<(string, string)>();
                if (t?.InnsendersKravreferanse is { } liste)
                {
                    for (var k = 0; k < liste.Count; k++)
                    {
                        if (liste[k] is { } r)
                        {
                            refs.Add((r, Sti(sti + ".innsendersKravreferanse", k)));
                        }
                    }
                }

                if (t?.SaerligTvangsgrunnlag?.PaalydendeBeloep is { } p)
                {
                    Beloep(p, sti + ".saerligTvangsgrunnlag.paalydendeBeloep", feil);
                    n.AndreBeloep.Add((p, sti + ".saerligTvangsgrunnlag.paalydendeBeloep"));
                }

                n.Tvangsgrunnlag.Add(new NTvangsgrunnlag(j, refs));
            }
        }

        KravListe(n, krav, feil);
    }

    private static void Saksoekere(Normalisert n, List<ElanSaksoekerDokument?>? saksoekere)
    {
        if (saksoekere is null)
        {
            return;
        }

        for (var i = 0; i < saksoekere.Count; i++)
        {
            if (saksoekere[i] is not { } s)
            {
                continue;
            }

            var sti = Sti("saksoeker", i);
            if (Id(s.Saksoeker) is { } id)
            {
                n.Saksoekere.Add((id, sti + ".saksoeker"));
            }

            var foer = n.Prosessfullmektiger.Count;
            Fullmektig(n, s.SaksoekersProsessfullmektig, sti + ".saksoekersProsessfullmektig");
            Fullmektig(n, s.Prosessfullmektig, sti + ".prosessfullmektig");
            if (s.Innsender is { } inn)
            {
                Fullmektig(n, inn.InnsendersProsessfullmektig, sti + ".innsender.innsendersProsessfullmektig");
                Fullmektig(n, inn.Prosessfullmektig, sti + ".innsender.prosessfullmektig");
            }

            // The krav's prosessfullmektig in TREKK.json is the first saksøker's own (saksøkte's never count).
            if (i == 0 && n.SaksoekersFullmektig is null && n.Prosessfullmektiger.Count > foer)
            {
                n.SaksoekersFullmektig = n.Prosessfullmektiger[foer].Orgnr;
            }
        }
    }

    /// <summary>
    /// The calendar date in Norway (Europe/Oslo, tzdb) of an instant given with a UTC offset: 2025-03-31T23:30:00Z is
    /// 2025-04-01 in Oslo. The offset written in the document only locates the instant.
    /// </summary>
    internal static LocalDate DatoINorge(OffsetDateTime tidspunkt) =>
        tidspunkt.ToInstant().InZone(Oslo).Date;

    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    private static void Saksoekt(Normalisert n, ElanSaksoektDokument s, string sti)
    {
        if (Id(s.Saksoekt) is { } id)
        {
            n.Saksoekte.Add((id, sti + ".saksoekt"));
        }

        Fullmektig(n, s.SaksoektesProsessfullmektig, sti + ".saksoektesProsessfullmektig");
        Fullmektig(n, s.Prosessfullmektig, sti + ".prosessfullmektig");
    }

    private static void Fullmektig(Normalisert n, ElanProsessfullmektigDokument? p, string sti)
    {
        if (p?.Prosessfullmektig?.Virksomhet?.Identifikator is { } id && (id.TaxIdentificationNumber ?? id.Verdi) is { } orgnr)
        {
            var felt = id.TaxIdentificationNumber is not null ? "taxIdentificationNumber" : "verdi";
            n.Prosessfullmektiger.Add((orgnr, id.LandkodeIdentifikator ?? id.Landkode, sti + ".prosessfullmektig.virksomhet.identifikator." + felt));
        }
    }

    private static string? Id(ElanAktoerDokument? a) => Id(a?.Virksomhet?.Identifikator) ?? Id(a?.Person?.Identifikator);

    private static string? Id(ElanIdentifikatorDokument? id) => id?.TaxIdentificationNumber ?? id?.Verdi;

    private static void Rettsgebyr(Normalisert n, JsonElement? e)
    {
        if (e is { ValueKind: JsonValueKind.Object } o)
        {
            n.RettsgebyrObjekt = true;
            n.RettsgebyrHarPrioritet = o.TryGetProperty("prioritetISak", out var p) && p.ValueKind is JsonValueKind.Number or JsonValueKind.String;
        }
    }

    private static void Konto(Normalisert n, string? kid, string kidSti, string? kontonr, string kontoSti)
    {
        if (kid is not null)
        {
            n.Kid = (kid, kidSti);
        }

        if (kontonr is not null)
        {
            n.Kontonr = (kontonr, kontoSti);
        }
    }

    private static void KravListe(Normalisert n, List<ElanKravDokument?>? krav, List<Valideringsfeil> feil)
    {
        if (krav is null)
        {
            return;
        }

        n.KravListeFinnes = true;
        for (var i = 0; i < krav.Count; i++)
        {
            var sti = Sti("kravTilInnkreving", i);
            if (krav[i] is not { } k)
            {
                feil.Add(Paakrevd(sti));
                continue;
            }

            n.Krav.Add(LesKrav(n.Type, k, i, sti, feil));
        }
    }

    /// <summary>One <c>kravTilInnkreving[i]</c>: reference, kravdetaljer, priorities, amounts, interest terms, payments.</summary>
    private static NKrav LesKrav(Dokumenttype dokumenttype, ElanKravDokument k, int i, string sti, List<Valideringsfeil> feil)
    {
        var v09 = dokumenttype == Dokumenttype.UtleggsbegjaeringV09;
        var refFelt = v09 ? "kravreferanse" : "innsendersKravreferanse";
        var referanse = v09 ? k.Kravreferanse : k.InnsendersKravreferanse;
        if (referanse is null)
        {
            feil.Add(Paakrevd(sti + "." + refFelt));
        }

        var type = LesKravtype(k, sti, feil);
        if (k.PrioritetISak is { } pis && pis is < 1 or > 99)
        {
            feil.Add(new Valideringsfeil(sti + ".prioritetISak", pis.ToString(CultureInfo.InvariantCulture), Feilkoder.UgyldigPrioritetISak, "prioritetISak må være et heltall fra 1 til 99."));
        }

        var (opprinnelig, gjenstaaende) = LesBeloep(k, sti, feil);
        var rentebaerende = LesRentebaerende(v09 ? k.RenteOpplysning : k.RentebaerendeKrav, sti + (v09 ? ".renteOpplysning" : ".rentebaerendeKrav"), feil);
        var rentekrav = LesRentekrav(v09 ? k.ErRentekrav : k.Rentekrav, sti + (v09 ? ".erRentekrav" : ".rentekrav"), feil);
        var nk = new NKrav
        {
            Indeks = i,
            Ref = referanse ?? string.Empty,
            RefFelt = refFelt,
            Kravdetaljer = k.Kravdetaljer ?? string.Empty,
            Type = type,
            Prioritet = k.PrioritetDekningsloven,
            PrioritetISak = k.PrioritetISak,
            Opprinnelig = opprinnelig,
            Gjenstaaende = gjenstaaende,
            Forfall = k.Kravforfall?.Forfallsdato,
            Rentebaerende = rentebaerende,
            Rentekrav = rentekrav,
        };
        LesInnbetalinger(nk, k.Innbetaling, sti, feil);

        if (k.RelatertKrav is { } rel)
        {
            nk.Relatert.AddRange(rel.Where(r => r is not null)!);
        }

        return nk;
    }

    /// <summary>The original and the remaining amount, each checked; at least one must be given.</summary>
    private static (decimal? Opprinnelig, decimal? Gjenstaaende) LesBeloep(ElanKravDokument k, string sti, List<Valideringsfeil> feil)
    {
        var opprinnelig = k.OpprinneligBeloep?.Beloep;
        var gjenstaaende = k.GjenstaaendeBeloep?.Beloep;
        Beloep(opprinnelig, sti + ".opprinneligBeloep.beloep", feil);
        Beloep(gjenstaaende, sti + ".gjenstaaendeBeloep.beloep", feil);
        if (opprinnelig is null && gjenstaaende is null)
        {
            feil.Add(Paakrevd(sti + ".gjenstaaendeBeloep.beloep"));
        }

        return (opprinnelig, gjenstaaende);
    }

    /// <summary>The krav's interest terms (<c>rentebaerendeKrav</c> / <c>renteOpplysning</c>), checked; null when not given.</summary>
    private static NRentebaerende? LesRentebaerende(ElanRenteopplysningDokument? rente, string renteSti, List<Valideringsfeil> feil)
    {
        if (rente?.PrioritetISakFremtidigRentekrav is { } rpis && rpis is < 1 or > 99)
        {
            // Carried to TREKK.json rentevilkaar.prioritetISak, which has the same range.
            feil.Add(new Valideringsfeil(renteSti + ".prioritetISakFremtidigRentekrav", rpis.ToString(CultureInfo.InvariantCulture), Feilkoder.UgyldigPrioritetISak, "prioritetISakFremtidigRentekrav må være et heltall fra 1 til 99."));
        }

        Sats(rente?.AvtaltRentesats, renteSti + ".avtaltRentesats", feil);
        return rente is null
            ? null
            : new NRentebaerende((rente.HarForsinkelsesrente ?? rente.Forsinkelsesrente) == true, rente.AvtaltRentesats, rente.PrioritetISakFremtidigRentekrav, renteSti);
    }

    /// <summary>The interest claimed (<c>rentekrav</c> / <c>erRentekrav</c>), checked; null when not given.</summary>
    private static NRentekrav? LesRentekrav(ElanRentekravDokument? rk, string rkSti, List<Valideringsfeil> feil)
    {
        Sats(rk?.BeregnetMedAvtaltRentesats, rkSti + ".beregnetMedAvtaltRentesats", feil);
        Beloep(rk?.RenteGrunnlag?.Beloep, rkSti + ".renteGrunnlag.beloep", feil);
        return rk is null
            ? null
            : new NRentekrav(rk.RentePeriode?.Startdato, rk.RentePeriode?.Sluttdato, rk.RenteGrunnlag?.Beloep, rk.BeregnetMedForsinkelsesrente, rk.BeregnetMedAvtaltRentesats, rkSti);
    }

    /// <summary>The claim type of a known <c>kravdetaljer</c> code (hovedstol when missing or unknown, both reported).</summary>
    private static Kravtype LesKravtype(ElanKravDokument k, string sti, List<Valideringsfeil> feil)
    {
        var type = Kravtype.Hovedstol;
        if (k.Kravdetaljer is null)
        {
            feil.Add(Paakrevd(sti + ".kravdetaljer"));
        }
        else if (Kravdetaljer.FirstOrDefault(d => d.Kode == k.Kravdetaljer) is { Kode: not null } funnet)
        {
            type = funnet.Type;
        }
        else
        {
            feil.Add(new Valideringsfeil(
                sti + ".kravdetaljer",
                k.Kravdetaljer,
                Elankoder.UkjentKravdetaljer,
                "Ukjent kravdetaljer; kjente koder: " + string.Join(", ", Kravdetaljer.Select(d => d.Kode)) + "."));
        }

        return type;
    }

    /// <summary><c>innbetaling</c> of a claim: each payment needs a booking date and a valid amount.</summary>
    private static void LesInnbetalinger(NKrav nk, List<ElanInnbetalingDokument?>? innbetaling, string sti, List<Valideringsfeil> feil)
    {
        if (innbetaling is { } innbetalinger)
        {
            for (var j = 0; j < innbetalinger.Count; j++)
            {
                var bs = Sti(sti + ".innbetaling", j);
                if (innbetalinger[j] is not { } b)
                {
                    feil.Add(Paakrevd(bs));
                    continue;
                }

                if (b.BokfoertDato is null)
                {
                    feil.Add(Paakrevd(bs + ".bokfoertDato"));
                }

                if (b.Beloep?.Beloep is null)
                {
                    feil.Add(Paakrevd(bs + ".beloep.beloep"));
                }

                Beloep(b.Beloep?.Beloep, bs + ".beloep.beloep", feil);
                if (b.BokfoertDato is { } d && b.Beloep?.Beloep is { } bb)
                {
                    nk.Innbetalinger.Add((d, bb, bs + ".beloep.beloep"));
                }
            }
        }
    }

    /// <summary>An amount the engine cannot hold at all is a read error (exit 2); sign and decimals are the rule UGYLDIG_BELOEP.</summary>
    private static void Beloep(decimal? beloep, string sti, List<Valideringsfeil> feil)
    {
        if (beloep is { } b && Math.Abs(b) > StoerstBeloep)
        {
            feil.Add(new Valideringsfeil(sti, b.ToString(CultureInfo.InvariantCulture), Elankoder.UtenforOmraade, "Beløpet er for stort til å regne med."));
        }
    }

    private static void Sats(decimal? sats, string sti, List<Valideringsfeil> feil)
    {
        if (sats is { } s && Math.Abs(s) > 1000m)
        {
            feil.Add(new Valideringsfeil(sti, s.ToString(CultureInfo.InvariantCulture), Elankoder.UtenforOmraade, "Rentesatsen er utenfor gyldig område (høyst 1000 %)."));
        }
    }

    private static Valideringsfeil Paakrevd(string sti) => new(sti, null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd.");

    private static string Sti(string liste, int i) => liste + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
}
