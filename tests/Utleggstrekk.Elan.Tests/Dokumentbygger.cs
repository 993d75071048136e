using System.Globalization;
using System.Text.Json.Nodes;

namespace Utleggstrekk.Elan.Tests;

/// <summary>What a generated valid utleggsbegjæring v1 holds.</summary>
/// <param name="Grupper">Per hovedkrav: amount in øre, has a rentekrav, has costs. Group 0 always has both.</param>
/// <param name="Tvangsgrunnlag">How many tvangsgrunnlag the groups are spread over (1–3).</param>
/// <param name="MedPrioritet">Whether prioritetISak is given (then on every krav and every future-interest line).</param>
/// <param name="Startdag">Interest start, days after 2015-01-01.</param>
/// <param name="Lengde">Interest period length in days.</param>
/// <param name="Tall">Eight digits from which the organisation numbers, KID and account number are built.</param>
public sealed record Spesifikasjon(
    (long Oere, bool Rente, bool Kostnad)[] Grupper,
    int Tvangsgrunnlag,
    bool MedPrioritet,
    int Startdag,
    int Lengde,
    int[] Tall)
{
    public override string ToString() =>
        $"{Grupper.Length} hovedkrav [{string.Join(", ", Grupper.Select(g => $"{g.Oere} øre{(g.Rente ? " +rente" : string.Empty)}{(g.Kostnad ? " +kostnad" : string.Empty)}"))}], {Tvangsgrunnlag} tvangsgrunnlag, prioritet {MedPrioritet}, rente fra dag {Startdag} i {Lengde} dager";
}

/// <summary>Builds ELAN documents as JSON trees, and the rule-breaking mutations (each must give exactly its code).</summary>
internal static class Dokumentbygger
{
    public static Spesifikasjon Minimal { get; } = new([(1_000_000, true, true)], 1, true, 100, 200, [1, 2, 3, 4, 5, 6, 7, 8]);

    public static string Hoved(int g) => "H" + g.ToString(CultureInfo.InvariantCulture);

    public static string Rente(int g) => "R" + g.ToString(CultureInfo.InvariantCulture);

    public static string Kostnad(int g) => "K" + g.ToString(CultureInfo.InvariantCulture);

    public static JsonObject Bygg(Spesifikasjon s)
    {
        var krav = new JsonArray();
        var tg = Enumerable.Range(0, s.Tvangsgrunnlag).Select(_ => new JsonArray()).ToArray();
        var start = new DateOnly(2015, 1, 1).AddDays(s.Startdag);
        var prio = 1;
        for (var g = 0; g < s.Grupper.Length; g++)
        {
            var (oere, rente, kostnad) = s.Grupper[g];
            var refs = tg[g % s.Tvangsgrunnlag];
            var kroner = oere / 100m;
            var h = Krav(Hoved(g), "Hovedkrav", kroner, s.MedPrioritet ? prio++ : null);
            if (g == 0 || rente)
            {
                var rb = new JsonObject { ["harForsinkelsesrente"] = true };
                if (s.MedPrioritet)
                {
                    rb["prioritetISakFremtidigRentekrav"] = prio++;
                }

                h["rentebaerendeKrav"] = rb;
            }

            krav.Add(h);
            refs.Add(Hoved(g));
            if (g == 0 || rente)
            {
                var r = Krav(Rente(g), "Rentekrav", 0m, s.MedPrioritet ? prio++ : null);
                r["relatertKrav"] = new JsonArray(Hoved(g));
                r["rentekrav"] = new JsonObject
                {
                    ["rentePeriode"] = new JsonObject { ["startdato"] = Dato(start), ["sluttdato"] = Dato(start.AddDays(s.Lengde)) },
                    ["renteGrunnlag"] = new JsonObject { ["beloep"] = kroner, ["valuta"] = "NOK" },
                    ["beregnetMedForsinkelsesrente"] = true,
                };
                krav.Add(r);
                refs.Add(Rente(g));
            }

            if (g == 0 || kostnad)
            {
                var k = Krav(Kostnad(g), "UtenrettsligeKostnader", 700m, s.MedPrioritet ? prio++ : null);
                k["relatertKrav"] = new JsonArray(Hoved(g));
                krav.Add(k);
                refs.Add(Kostnad(g));
            }
        }

        var t = s.Tall;
        return new JsonObject
        {
            ["saksoeker"] = new JsonArray(new JsonObject
            {
                ["saksoeker"] = Virksomhet(Orgnr(t, 0)),
                ["saksoekersProsessfullmektig"] = new JsonObject { ["prosessfullmektig"] = Virksomhet(Orgnr(t, 1)) },
            }),
            ["saksoekt"] = new JsonArray(new JsonObject
            {
                ["saksoekt"] = new JsonObject { ["person"] = new JsonObject { ["identifikator"] = new JsonObject { ["taxIdentificationNumber"] = "44926701751", ["landkodeIdentifikator"] = "NO" } } },
            }),
            ["begjaeringsdato"] = "2025-09-04",
            ["begjaeringensTvangsgrunnlag"] = new JsonArray([.. tg.Where(x => x.Count > 0).Select(x => (JsonNode)new JsonObject { ["innsendersKravreferanse"] = x })]),
            ["kravTilInnkreving"] = krav,
            ["betalingsinformasjon"] = new JsonObject
            {
                ["norskKonto"] = true,
                ["kidnummer"] = Kid(t),
                ["kontoinformasjon"] = new JsonObject { ["kontonummer"] = Kontonr(t) },
            },
            ["innsenderReferanse"] = "REF-1",
        };
    }

    private static JsonObject Krav(string referanse, string detaljer, decimal kroner, int? prioritet)
    {
        var k = new JsonObject
        {
            ["innsendersKravreferanse"] = referanse,
            ["kravforfall"] = new JsonObject { ["forfallsdato"] = "2015-01-01" },
            ["opprinneligBeloep"] = new JsonObject { ["beloep"] = kroner, ["valuta"] = "NOK" },
            ["gjenstaaendeBeloep"] = new JsonObject { ["beloep"] = kroner, ["valuta"] = "NOK" },
            ["prioritetDekningsloven"] = "e",
            ["kravdetaljer"] = detaljer,
        };
        if (prioritet is { } p)
        {
            k["prioritetISak"] = p.ToString(CultureInfo.InvariantCulture);
        }

        return k;
    }

    private static JsonObject Virksomhet(string orgnr) => new()
    {
        ["virksomhet"] = new JsonObject { ["navn"] = "AS", ["identifikator"] = new JsonObject { ["taxIdentificationNumber"] = orgnr, ["landkodeIdentifikator"] = "NO" } },
    };

    private static string Dato(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Check digits computed here independently of the importer's Kontrollsiffer.
    public static string Orgnr(int[] tall, int forskyvning)
    {
        int[] vekter = [3, 2, 7, 6, 5, 4, 3, 2];
        for (var prøv = 0; ; prøv++)
        {
            var sifre = Enumerable.Range(0, 8).Select(i => (tall[(i + forskyvning) % tall.Length] + prøv + (i == 0 ? 2 : 0)) % 10).ToArray();
            sifre[0] = sifre[0] < 2 ? 3 : sifre[0];
            var rest = 11 - (sifre.Select((d, i) => d * vekter[i]).Sum() % 11);
            if (rest == 10)
            {
                continue;
            }

            return string.Concat(sifre) + (rest == 11 ? 0 : rest).ToString(CultureInfo.InvariantCulture);
        }
    }

    public static string Kontonr(int[] tall)
    {
        int[] vekter = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        for (var prøv = 0; ; prøv++)
        {
            var sifre = Enumerable.Range(0, 10).Select(i => (tall[i % tall.Length] + prøv + i) % 10).ToArray();
            var rest = 11 - (sifre.Select((d, i) => d * vekter[i]).Sum() % 11);
            if (rest == 10)
            {
                continue;
            }

            return string.Concat(sifre) + (rest == 11 ? 0 : rest).ToString(CultureInfo.InvariantCulture);
        }
    }

    public static string Kid(int[] tall)
    {
        var sifre = tall.Select(d => d % 10).ToArray();
        return string.Concat(sifre) + Luhn(sifre).ToString(CultureInfo.InvariantCulture);
    }

    public static int Luhn(int[] sifre)
    {
        var sum = 0;
        for (var i = 0; i < sifre.Length; i++)
        {
            var d = sifre[sifre.Length - 1 - i];
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>KID MOD11 check (weights 2–7 from the right); 10 means '-'.</summary>
    public static char Mod11Kid(int[] sifre)
    {
        var sum = 0;
        var vekt = 2;
        for (var i = sifre.Length - 1; i >= 0; i--)
        {
            sum += sifre[i] * vekt;
            vekt = vekt == 7 ? 2 : vekt + 1;
        }

        var rest = 11 - (sum % 11);
        return rest == 11 ? '0' : rest == 10 ? '-' : (char)('0' + rest);
    }

    private static JsonArray KravListe(JsonObject d) => d["kravTilInnkreving"]!.AsArray();

    private static JsonObject KravMed(JsonObject d, string referanse) =>
        KravListe(d).Select(k => k!.AsObject()).First(k => (string?)k["innsendersKravreferanse"] == referanse);

    private static int Indeks(JsonObject d, string referanse) =>
        KravListe(d).Select((k, i) => (k, i)).First(x => (string?)x.k!["innsendersKravreferanse"] == referanse).i;

    private static string K(JsonObject d, string referanse) => "kravTilInnkreving[" + Indeks(d, referanse).ToString(CultureInfo.InvariantCulture) + "]";

    private static JsonArray Tg0(JsonObject d) => d["begjaeringensTvangsgrunnlag"]![0]!["innsendersKravreferanse"]!.AsArray();

    /// <summary>Gives prioritetISak on every krav and future-interest line (for the priority rules).</summary>
    private static void MedPrioritet(JsonObject d)
    {
        var p = 1;
        foreach (var k in KravListe(d))
        {
            k!["prioritetISak"] ??= (p++).ToString(CultureInfo.InvariantCulture);
            if (k["rentebaerendeKrav"] is JsonObject rb)
            {
                rb["prioritetISakFremtidigRentekrav"] ??= p++;
            }
        }
    }

    private static JsonObject NyKostnad(string referanse, params string[] relatert) => new()
    {
        ["innsendersKravreferanse"] = referanse,
        ["gjenstaaendeBeloep"] = new JsonObject { ["beloep"] = 100 },
        ["kravdetaljer"] = "Sakskostnader",
        ["relatertKrav"] = new JsonArray([.. relatert.Select(r => (JsonNode)JsonValue.Create(r))]),
    };

    /// <summary>
    /// One rule-breaking mutation per code: it changes the document and returns the JSON path (and value) the violation
    /// must name. Each assumes a document from <see cref="Bygg"/> (group 0 has a rentekrav and costs).
    /// </summary>
    public static IReadOnlyList<(string Kode, Func<JsonObject, (string Sti, string? Verdi)> Mutasjon)> Mutasjoner { get; } =
    [
        ("MANGLER_KRAV", d =>
        {
            d["kravTilInnkreving"] = new JsonArray();
            foreach (var t in d["begjaeringensTvangsgrunnlag"]!.AsArray())
            {
                t!["innsendersKravreferanse"] = new JsonArray();
            }

            return ("kravTilInnkreving", "[]");
        }),
        ("KRAV_DUPLIKATE_REFERANSER", d =>
        {
            KravListe(d).Add(KravMed(d, Hoved(0)).DeepClone());
            return ($"kravTilInnkreving[{KravListe(d).Count - 1}].innsendersKravreferanse", Hoved(0));
        }),
        ("KRAV_IKKE_BENYTTET", d =>
        {
            var ny = KravMed(d, Hoved(0)).DeepClone().AsObject();
            ny["innsendersKravreferanse"] = "NY";
            ny.Remove("rentebaerendeKrav");
            KravListe(d).Add(ny);
            return ($"kravTilInnkreving[{KravListe(d).Count - 1}].innsendersKravreferanse", "NY");
        }),
        ("KRAV_I_FLERE_TVANGSGRUNNLAG", d =>
        {
            var liste = d["begjaeringensTvangsgrunnlag"]!.AsArray();
            liste.Add(new JsonObject { ["innsendersKravreferanse"] = new JsonArray(Hoved(0)) });
            return ($"begjaeringensTvangsgrunnlag[{liste.Count - 1}].innsendersKravreferanse[0]", Hoved(0));
        }),
        ("TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER", d =>
        {
            Tg0(d).Add("FINNES_IKKE");
            return ($"begjaeringensTvangsgrunnlag[0].innsendersKravreferanse[{Tg0(d).Count - 1}]", "FINNES_IKKE");
        }),
        ("HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV", d =>
        {
            KravMed(d, Hoved(0))["relatertKrav"] = new JsonArray(Kostnad(0));
            return (K(d, Hoved(0)) + ".relatertKrav", Kostnad(0));
        }),
        ("RENTE_MAA_HA_RELATERT_KRAV", d =>
        {
            KravMed(d, Rente(0)).Remove("relatertKrav");
            return (K(d, Rente(0)) + ".relatertKrav", null);
        }),
        ("RENTEKRAV_KAN_IKKE_HA_RENTEKRAV", d =>
        {
            var ny = KravMed(d, Rente(0)).DeepClone().AsObject();
            ny["innsendersKravreferanse"] = "R_AV_R";
            ny["relatertKrav"] = new JsonArray(Rente(0));
            ny.Remove("rentekrav");
            ny.Remove("prioritetISak");
            if (KravMed(d, Rente(0))["prioritetISak"] is not null)
            {
                ny["prioritetISak"] = "99";
            }

            KravListe(d).Add(ny);
            Tg0(d).Add("R_AV_R");
            return ($"kravTilInnkreving[{KravListe(d).Count - 1}].relatertKrav[0]", Rente(0));
        }),
        ("GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL", d =>
        {
            KravMed(d, Kostnad(0))["relatertKrav"] = new JsonArray(Rente(0));
            return (K(d, Kostnad(0)) + ".relatertKrav[0]", Rente(0));
        }),
        ("RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV", d =>
        {
            KravMed(d, Kostnad(0))["relatertKrav"] = new JsonArray(Hoved(0), Kostnad(0));
            return (K(d, Kostnad(0)) + ".relatertKrav[1]", Kostnad(0));
        }),
        ("RELATERTE_KRAV_MÅ_FINNES", d =>
        {
            var ny = NyKostnad("K_ANNET_TG", Hoved(0));
            if (KravMed(d, Hoved(0))["prioritetISak"] is not null)
            {
                ny["prioritetISak"] = "98";
            }

            KravListe(d).Add(ny);
            d["begjaeringensTvangsgrunnlag"]!.AsArray().Add(new JsonObject { ["innsendersKravreferanse"] = new JsonArray("K_ANNET_TG") });
            return ($"kravTilInnkreving[{KravListe(d).Count - 1}].relatertKrav[0]", Hoved(0));
        }),
        ("RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER", d =>
        {
            KravMed(d, Kostnad(0))["relatertKrav"] = new JsonArray("FINNES_IKKE");
            return (K(d, Kostnad(0)) + ".relatertKrav[0]", "FINNES_IKKE");
        }),
        ("PRIORITET_MANGLER", d =>
        {
            MedPrioritet(d);
            KravMed(d, Kostnad(0)).Remove("prioritetISak");
            return (K(d, Kostnad(0)) + ".prioritetISak", null);
        }),
        ("PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER", d =>
        {
            MedPrioritet(d);
            KravMed(d, Hoved(0))["rentebaerendeKrav"]!.AsObject().Remove("prioritetISakFremtidigRentekrav");
            return (K(d, Hoved(0)) + ".rentebaerendeKrav.prioritetISakFremtidigRentekrav", null);
        }),
        ("PRIORITET_MANGLER_PÅ_RETTSGEBYR", d =>
        {
            MedPrioritet(d);
            d["kreverRettsgebyrErstattet"] = new JsonObject();
            return ("kreverRettsgebyrErstattet.prioritetISak", null);
        }),
        ("UGYLDIG_BELOEP", d =>
        {
            KravMed(d, Hoved(0))["gjenstaaendeBeloep"]!["beloep"] = 10.001m;
            return (K(d, Hoved(0)) + ".gjenstaaendeBeloep.beloep", "10.001");
        }),
        ("UGYLDIG_RENTE", d =>
        {
            KravMed(d, Hoved(0))["rentebaerendeKrav"]!["avtaltRentesats"] = -1.5m;
            return (K(d, Hoved(0)) + ".rentebaerendeKrav.avtaltRentesats", "-1.5");
        }),
        ("UGYLDIG_KID", d =>
        {
            var kid = (string)d["betalingsinformasjon"]!["kidnummer"]!;
            var kropp = kid[..^1].Select(c => c - '0').ToArray();
            var feil = Enumerable.Range(0, 10).Select(x => (char)('0' + x)).First(c => c - '0' != Luhn(kropp) && c != Mod11Kid(kropp));
            var ny = kid[..^1] + feil;
            d["betalingsinformasjon"]!["kidnummer"] = ny;
            return ("betalingsinformasjon.kidnummer", ny);
        }),
        ("UGYLDIG_KONTONR", d =>
        {
            var konto = (string)d["betalingsinformasjon"]!["kontoinformasjon"]!["kontonummer"]!;
            var ny = konto[..^1] + (char)('0' + ((konto[^1] - '0' + 1) % 10));
            d["betalingsinformasjon"]!["kontoinformasjon"]!["kontonummer"] = ny;
            return ("betalingsinformasjon.kontoinformasjon.kontonummer", ny);
        }),
        ("UGYLDIG_ORGNR_PROSESSFULLMEKTIG", d =>
        {
            var id = d["saksoeker"]![0]!["saksoekersProsessfullmektig"]!["prosessfullmektig"]!["virksomhet"]!["identifikator"]!;
            var orgnr = (string)id["taxIdentificationNumber"]!;
            var ny = orgnr[..^1] + (char)('0' + ((orgnr[^1] - '0' + 1) % 10));
            id["taxIdentificationNumber"] = ny;
            return ("saksoeker[0].saksoekersProsessfullmektig.prosessfullmektig.virksomhet.identifikator.taxIdentificationNumber", ny);
        }),
        ("SAMME_SAKSOEKT_SOM_SAKSOEKER", d =>
        {
            var orgnr = (string)d["saksoeker"]![0]!["saksoeker"]!["virksomhet"]!["identifikator"]!["taxIdentificationNumber"]!;
            d["saksoekt"]![0]!["saksoekt"]!["person"]!["identifikator"]!["taxIdentificationNumber"] = orgnr;
            return ("saksoekt[0].saksoekt", orgnr);
        }),
        ("DUPLIKAT_SAKSOEKER", d =>
        {
            var s = d["saksoeker"]!.AsArray();
            s.Add(s[0]!.DeepClone());
            return ("saksoeker[1].saksoeker", (string)s[0]!["saksoeker"]!["virksomhet"]!["identifikator"]!["taxIdentificationNumber"]!);
        }),
        ("DUPLIKAT_SAKSOEKT", d =>
        {
            var s = d["saksoekt"]!.AsArray();
            s.Add(s[0]!.DeepClone());
            return ("saksoekt[1].saksoekt", "44926701751");
        }),
        (Elankoder.UkjentArtsprioritet, d =>
        {
            KravMed(d, Hoved(0))["prioritetDekningsloven"] = "x";
            return (K(d, Hoved(0)) + ".prioritetDekningsloven", "x");
        }),
        (Elankoder.RenteOverstiger, d =>
        {
            var r = KravMed(d, Rente(0));
            var grunnlag = (decimal)r["rentekrav"]!["renteGrunnlag"]!["beloep"]!;
            r["opprinneligBeloep"]!["beloep"] = grunnlag + 1m;
            return (K(d, Rente(0)) + ".opprinneligBeloep.beloep", (grunnlag + 1m).ToString("0.00", CultureInfo.InvariantCulture));
        }),
    ];
}
