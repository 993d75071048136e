using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Innsyn;

/// <summary>Trekk for innsyn and framskriving tests: hand-built ones and an FsCheck generator.</summary>
internal static class Testtrekk
{
    /// <summary>The embedded forsinkelsesrente table (known to 2025-12-31; later days are carried forward, <c>antatt</c>).</summary>
    public static readonly EnkelTabell<Prosentverdi> Rentetabell = SatserLaster.LastInnebygde().Forsinkelsesrente;

    /// <summary>Valid organisation numbers (MOD11), one per creditor.</summary>
    public static readonly string[] Orgnr = ["974080001", "987650001", "912340007", "923450009", "934560000", "998870003", "812340018", "822340008"];

    public static Organisasjonsnummer Org(int i) => Organisasjonsnummer.Les(Orgnr[i], "test");

    private static readonly LocalDate Start = new(2024, 1, 1);

    /// <summary>A claim: classes a and f weighted up; dates few so ties are common; some interest terms.</summary>
    private static Gen<Func<string, Krav>> EttKrav() =>
        from art in Gen.Elements(1, 1, 2, 4, 5, 6, 6, 6)
        from dag in Gen.Choose(0, 3)
        from sak in Gen.Choose(1, 3)
        from prio in Gen.Choose(1, 2)
        from beloep in Gen.Elements(0, 100, 50_000, 1_000_000).Or(Gen.Choose(0, 3_000_000))
        from maanedlig in Gen.Choose(1, 400_000)
        from rente in Gen.Elements(0, 0, 0, 5_000).Or(Gen.Choose(0, 200_000))
        from rentetype in Gen.Elements(0, 0, 1, 2)
        from sats in Gen.Choose(0, 2_500)
        from renteFraDag in Gen.Choose(-200, 200)
        from bevart in Gen.Elements(true, false)
        from loepende in Gen.Elements(true, false)
        select (Func<string, Krav>)(id =>
        {
            var erA = art == 1;
            var type = erA ? (loepende ? Kravtype.LoependeBidrag : Kravtype.Bidragsgjeld) : Kravtype.Hovedstol;
            var erLoepende = type == Kravtype.LoependeBidrag;
            return new Krav
            {
                Id = id,
                Artsprioritet = (Artsprioritet)art,
                Tidsprioritet = Start.PlusDays(dag * 30),
                Sak = "S" + sak.ToString(CultureInfo.InvariantCulture),
                PrioritetISak = prio,
                Kravtype = type,
                Gjenstaaende = erLoepende ? Beloep.Null : Beloep.FraOere(beloep),
                MaanedligBeloep = erLoepende ? Beloep.FraOere(maanedlig) : Beloep.Null,
                PaaloeptRente = erLoepende ? Beloep.Null : Beloep.FraOere(rente),
                BevartTidsprioritet = bevart,
                Rentevilkaar = erLoepende || rentetype == 0
                    ? Rentevilkaar.Ingen
                    : rentetype == 1
                        ? Rentevilkaar.MedForsinkelsesrente(new LocalDate(2025, 1, 1).PlusDays(renteFraDag))
                        : Rentevilkaar.MedAvtaltRente(Prosent.FraHundredeler(sats), new LocalDate(2025, 1, 1).PlusDays(renteFraDag)),
            };
        });

    /// <summary>A trekk of 1–<paramref name="maks"/> claims with parties, a rule, trekkpålegg and receipts.</summary>
    public static Gen<Trekk> Trekk(int maks = 20) =>
        from n in Gen.Choose(1, maks)
        from lagere in EttKrav().ArrayOf(n)
        from parter in Gen.Choose(0, Orgnr.Length - 1).Two().ArrayOf(n)
        from regel in Gen.Elements(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)
        from status in Gen.Elements(Trekkstatus.Etablert, Trekkstatus.Etablert, Trekkstatus.Avsluttet)
        from beloep1 in Gen.Choose(0, 2_000_000)
        from beloep2 in Gen.Choose(0, 1_000_000)
        from slutt in Gen.Choose(1, 30)
        select new Trekk
        {
            Krav = [.. lagere.Select((lag, i) => lag("K" + i.ToString(CultureInfo.InvariantCulture)))],
            // Parties belong to the sak (every claim of a sak has the same ones): the generated parties of the sak's
            // first claim.
            Parter = [.. lagere.Select((_, i) => i).Select(i => PartForSak(lagere, parter, i))],
            Regel = regel,
            Status = status,
            Trekkpaalegg =
            [
                new Trekkpaalegg(Org(6), new LocalDate(2024, 6, 1), null, Beloep.FraOere(beloep1), null),
                new Trekkpaalegg(Org(7), new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 1).PlusMonths(slutt), Beloep.FraOere(beloep2), null),
            ],
            Mottatt = [new Mottak(new LocalDate(2025, 2, 1), Beloep.FraKroner(1000)), new Mottak(new LocalDate(2025, 3, 15), Beloep.FraKroner(2000))],
        };

    public static Arbitrary<Trekk> Arbitrary(int maks = 20) => Trekk(maks).ToArbitrary();

    private static Kravparter PartForSak(Func<string, Krav>[] lagere, (int, int)[] parter, int i)
    {
        var sak = lagere[i]("x").Sak;
        var j = Enumerable.Range(0, lagere.Length).First(q => lagere[q]("x").Sak == sak);
        var (s, p) = parter[j];
        return new Kravparter(Org(s), s == p ? null : Org(p));
    }

    /// <summary>A deterministic trekk of <paramref name="antall"/> claims (all classes, interest terms, parties) for allocation tests and benchmarks.</summary>
    public static Trekk Stort(int antall, int seed = 7, Fordelingsregel regel = Fordelingsregel.Tidsprioritet)
    {
        var r = new Random(seed);
        var krav = new Krav[antall];
        var parter = new Kravparter[antall];
        for (var i = 0; i < antall; i++)
        {
            var art = (Artsprioritet)(1 + (i % 6));
            var dato = Start.PlusDays(r.Next(0, 8) * 30);
            var sak = "S" + r.Next(1, 6).ToString(CultureInfo.InvariantCulture);
            var id = "K" + i.ToString("D3", CultureInfo.InvariantCulture);
            krav[i] = art == Artsprioritet.A && i % 12 == 0
                ? new Krav { Id = id, Artsprioritet = art, Tidsprioritet = dato, Sak = sak, Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraOere(r.Next(100_000, 400_000)) }
                : new Krav
                {
                    Id = id,
                    Artsprioritet = art,
                    Tidsprioritet = dato,
                    Sak = sak,
                    PrioritetISak = 1 + (i % 3),
                    Kravtype = art == Artsprioritet.A ? Kravtype.Bidragsgjeld : Kravtype.Hovedstol,
                    Gjenstaaende = Beloep.FraOere(r.Next(100_000, 5_000_000)),
                    PaaloeptRente = Beloep.FraOere(r.Next(0, 50_000)),
                    BevartTidsprioritet = i % 4 == 0,
                    Rentevilkaar = (i % 3) switch
                    {
                        0 => Rentevilkaar.MedForsinkelsesrente(new LocalDate(2024, 7, 1)),
                        1 => Rentevilkaar.MedAvtaltRente(Prosent.FraHundredeler(r.Next(500, 2_500)), new LocalDate(2025, 1, 15)),
                        _ => Rentevilkaar.Ingen,
                    },
                };
            var sakNr = int.Parse(sak[1..], CultureInfo.InvariantCulture);
            parter[i] = new Kravparter(Org(sakNr % 5), sakNr % 2 == 0 ? Org(5) : null);
        }

        return new Trekk
        {
            Krav = [.. krav],
            Parter = [.. parter],
            Regel = regel,
            Trekkpaalegg = [new Trekkpaalegg(Org(6), new LocalDate(2024, 6, 1), null, Beloep.FraKroner(8_000), null)],
        };
    }

    /// <summary>A claim of class <paramref name="art"/>, principal <paramref name="kroner"/>, no interest.</summary>
    public static Krav Krav(string id, Artsprioritet art, LocalDate dato, long kroner, string sak = "S1", Rentevilkaar rente = default, decimal paaloept = 0, bool bevart = false) => new()
    {
        Id = id,
        Artsprioritet = art,
        Tidsprioritet = dato,
        Sak = sak,
        Kravtype = art == Artsprioritet.A ? Kravtype.Bidragsgjeld : Kravtype.Hovedstol,
        Gjenstaaende = Beloep.FraKroner(kroner),
        PaaloeptRente = Beloep.FraDesimal(paaloept),
        Rentevilkaar = rente,
        BevartTidsprioritet = bevart,
    };

    /// <summary>
    /// A løpende bidrag (class a, from 2024-01-01) of <paramref name="maanedlig"/> a month, given a remaining amount of
    /// <paramref name="gjenstaaende"/> that no figure may count.
    /// </summary>
    public static Krav LoependeBidrag(string id, string sak, long maanedlig, long gjenstaaende = 0) => new()
    {
        Id = id,
        Artsprioritet = Artsprioritet.A,
        Tidsprioritet = new LocalDate(2024, 1, 1),
        Sak = sak,
        Kravtype = Kravtype.LoependeBidrag,
        MaanedligBeloep = Beloep.FraKroner(maanedlig),
        Gjenstaaende = Beloep.FraKroner(gjenstaaende),
    };

    public static ImmutableArray<Kravparter> Parter(int n, int saksoeker = 0) => [.. Enumerable.Repeat(new Kravparter(Org(saksoeker), null), n)];
}
