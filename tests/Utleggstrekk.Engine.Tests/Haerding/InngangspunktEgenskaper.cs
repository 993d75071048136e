using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Engine.Trekkperiode;
using Utleggstrekk.Tests.Felles;
using Utleggstrekk.Tests.Renter;

namespace Utleggstrekk.Tests.Haerding;

/// <summary>
/// The engine's public entry points driven with any value their types allow: every <see cref="LocalDate"/> NodaTime
/// can hold (years −9998 to 9999, the calendar edges, other calendars) and any amount (every <see cref="long"/> of øre).
/// Only the documented exceptions may come out: <see cref="UgyldigInndataException"/> naming a field, or
/// <see cref="SatserManglerException"/>; never <see cref="ArgumentOutOfRangeException"/>, <see cref="OverflowException"/>
/// or anything else.
/// </summary>
public class InngangspunktEgenskaper
{
    private static readonly LocalDate[] Kanter =
    [
        new(-9998, 1, 1), new(-1, 12, 31), new(0, 1, 1), new(0, 12, 31), new(1, 1, 1), new(1, 1, 2), new(2024, 2, 29),
        new(2025, 3, 1), new(9989, 12, 30), new(9989, 12, 31), new(9990, 12, 31), new(9991, 1, 1), new(9998, 12, 31), new(9999, 1, 1), new(9999, 12, 31), new(2025, 3, 1, CalendarSystem.Julian),
    ];

    internal static Gen<LocalDate> Datoer { get; } =
        Gen.OneOf(
            Gen.Elements(Kanter),
            Gen.Choose(-9998, 9999).Zip(Gen.Choose(1, 365)).Select(t => new LocalDate(t.Item1, 1, 1).PlusDays(t.Item2 - 1)),
            Gen.Choose(0, 40 * 366).Select(d => new LocalDate(2000, 1, 1).PlusDays(d)));

    internal static Gen<long> Oere { get; } =
        Gen.OneOf(
            Gen.Elements(long.MinValue, long.MinValue + 1, -1L, 0L, 1L, 99L, 100_000_000_000_000L, 100_000_000_000_001L, long.MaxValue / 2, long.MaxValue),
            Gen.Choose(-1_000_000, int.MaxValue).Select(x => (long)x),
            ArbMap.Default.GeneratorFor<long>());

    private static Gen<Beloep> Beloeper { get; } = Oere.Select(Beloep.FraOere);

    /// <summary>Runs <paramref name="kall"/>: true when it returns, or throws a documented exception naming a field.</summary>
    internal static bool BareDokumenterteUnntak(Action kall)
    {
        try
        {
            kall();
            return true;
        }
        catch (UgyldigInndataException e)
        {
            return e.Feil.Count > 0 && e.Feil.All(f => !string.IsNullOrWhiteSpace(f.Felt) && !string.IsNullOrWhiteSpace(f.Regel));
        }
        catch (SatserManglerException)
        {
            return true;
        }
    }

    private static Gen<Trekksak> Saker { get; } =
        from dato in Datoer
        from brutto in Beloeper
        from forskudd in Beloeper
        from bolig in Beloeper
        from barnDato in Datoer
        from samvDato in Datoer
        from klasse in Gen.Choose(-1, 5)
        from annen in Beloeper
        from antallAndre in Gen.Elements(0, 1, 3)
        select new Trekksak
        {
            Beregningsdato = dato,
            BruttoPerMaaned = brutto,
            ForskuddstrekkPerMaaned = forskudd,
            Boutgift = bolig,
            Barn = [new Barn(barnDato)],
            Samvaersbarn = [new Samvaersbarn(samvDato, klasse)],
            AndreUtgifter = [.. Enumerable.Repeat(new AnnenUtgift("utgift", annen), antallAndre)],
        };

    [Property(MaxTest = 500)]
    public Property Trekkberegning_throws_only_documented_exceptions() =>
        Prop.ForAll(Saker.ToArbitrary(), sak =>
            BareDokumenterteUnntak(() => Trekkberegner.Beregn(sak, TestSatser.Standard))
            && BareDokumenterteUnntak(() => Trekkberegner.Beregn(sak, TestSatser.Standard, new Beregningsvalg(TillatAntatteSatser: true)))
            && BareDokumenterteUnntak(() => Trekkberegner.Forklar(sak, TestSatser.Standard, new Beregningsvalg(TillatAntatteSatser: true)))
            && BareDokumenterteUnntak(() => Trekkberegner.Valider(sak)));

    [Property(MaxTest = 500)]
    public Property Valid_dates_and_amounts_of_a_sak_are_computed_or_refused_with_a_field() =>
        // Within the bounds every amount and date is accepted: a refusal is a rule of the case, never a crash.
        Prop.ForAll(Datoer.ToArbitrary(), Beloeper.ToArbitrary(), (dato, brutto) =>
        {
            var sak = new Trekksak { Beregningsdato = dato, BruttoPerMaaned = brutto };
            var feil = Trekkberegner.Valider(sak);
            var forventetGyldig = Datogrense.ErGyldig(dato) && !brutto.ErNegativt && brutto.Oere <= 100_000_000_000_000L;
            return feil.Count == 0 == forventetGyldig
                && BareDokumenterteUnntak(() => Trekkberegner.Beregn(sak, TestSatser.Standard, new Beregningsvalg(TillatAntatteSatser: true)));
        });

    [Property(MaxTest = 500)]
    public Property Interest_throws_only_documented_exceptions() =>
        Prop.ForAll(
            (from hovedstol in Beloeper
             from fra in Datoer
             from til in Datoer
             from renteFra in Datoer
             from sats in ArbMap.Default.GeneratorFor<int>()
             select (hovedstol, fra, til, renteFra, sats)).ToArbitrary(),
            t =>
        {
            var (hovedstol, fra, til, renteFra, sats) = t;
            var tabell = ForsinkelsesrenteTestdata.Tabell;
            var prosent = Prosent.FraHundredeler(Math.Abs(sats % 1_000_000));
            return BareDokumenterteUnntak(() => Renteberegner.Forsinkelsesrente(hovedstol, fra, til, tabell))
                && BareDokumenterteUnntak(() => Renteberegner.AvtaltRente(hovedstol, fra, til, prosent))
                && BareDokumenterteUnntak(() => Renteberegner.ForklarForsinkelsesrente(hovedstol, fra, til, tabell))
                && BareDokumenterteUnntak(() => Renteberegner.ForklarAvtaltRente(hovedstol, fra, til, prosent))
                && BareDokumenterteUnntak(() => Renteberegner.Rente(hovedstol, fra, til, Rentevilkaar.MedForsinkelsesrente(renteFra), tabell))
                && BareDokumenterteUnntak(() => Renteberegner.Rente(hovedstol, fra, til, Rentevilkaar.MedAvtaltRente(prosent, renteFra), tabell))
                && BareDokumenterteUnntak(() => Renteberegner.Rente(hovedstol, fra, til, new Rentevilkaar((Rentetype)7, prosent, null), tabell));
        });

    [Property(MaxTest = 500)]
    public Property Trekkperiode_throws_only_documented_exceptions() =>
        Prop.ForAll(
            (from a in Datoer from b in Datoer from c in Datoer from aar in Gen.Choose(-2, 10_001) select (a, b, c, aar)).ToArbitrary(),
            t =>
        {
            var (a, b, c, aar) = t;
            var kategorier = Enum.GetValues<Kravkategori>().Append((Kravkategori)99);
            var arter = Enum.GetValues<Kravart>().Append((Kravart)99);
            return kategorier.All(k =>
                    BareDokumenterteUnntak(() => Trekkperiodeberegner.Beregn(new TrekkperiodeForespoersel(k, a, aar, aar, Forlengelse: aar % 2 == 0, Start: b))))
                && arter.All(art =>
                    BareDokumenterteUnntak(() => Trekkperiodeberegner.VedGjeldsforhandling(a, art))
                    && BareDokumenterteUnntak(() => Trekkperiodeberegner.VedSkyldnersKonkurs(art, b))
                    && BareDokumenterteUnntak(() => Trekkperiodeberegner.VedTrekkpliktigesKonkurs(art, aar % 2 == 0))
                    && BareDokumenterteUnntak(() => Trekkperiodeberegner.TidsprioritetVedForlengelse(art, a, b, aar % 2 == 0, aar % 3 == 0))
                    && BareDokumenterteUnntak(() => Trekkperiodeberegner.TidsprioritetForRenter(art, a, b, c)))
                && BareDokumenterteUnntak(() => Trekkperiodeberegner.NyForeldelsesfrist(a));
        });

    private static Gen<Krav> Kravene { get; } =
        from dato in Datoer
        from renteFra in Datoer
        from gjenstaaende in Beloeper
        from rente in Beloeper
        from art in Gen.Elements(Enum.GetValues<Artsprioritet>())
        from type in Gen.Elements(Kravtype.Hovedstol, Kravtype.Renter, Kravtype.Kostnader)
        from medRente in ArbMap.Default.GeneratorFor<bool>()
        from id in Gen.Choose(1, 4)
        select new Krav
        {
            Id = "K" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Artsprioritet = art,
            Tidsprioritet = dato,
            Sak = "S" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PrioritetISak = 1,
            Kravtype = type,
            Gjenstaaende = gjenstaaende,
            PaaloeptRente = rente,
            Rentevilkaar = medRente && type != Kravtype.Renter ? Rentevilkaar.MedForsinkelsesrente(renteFra) : Rentevilkaar.Ingen,
        };

    [Property(MaxTest = 300)]
    public Property Fordeling_throws_only_documented_exceptions() =>
        Prop.ForAll(Gen.ListOf(Kravene).Select(l => l.Take(4).ToArray()).ToArbitrary(), Beloeper.ToArbitrary(), (krav, betaling) =>
            Enum.GetValues<Fordelingsregel>().All(regel =>
                BareDokumenterteUnntak(() => Fordeler.Fordel(krav, betaling, regel))
                && BareDokumenterteUnntak(() => Fordeler.Planlegg(krav, regel))));

    [Property(MaxTest = 300)]
    public Property Pay_period_conversion_throws_only_documented_exceptions() =>
        Prop.ForAll(Beloeper.ToArbitrary(), trekk =>
            Enum.GetValues<Loennsperiode>().All(periode => BareDokumenterteUnntak(() => Trekkberegner.TilLoennsperiode(trekk, periode))));

    [Property(MaxTest = 300)]
    public Property Portfolio_builder_and_run_throw_only_documented_exceptions() =>
        Prop.ForAll(Gen.ListOf(Saker).Select(l => l.Take(3).ToArray()).ToArbitrary(), saker =>
        {
            var bygger = new Trekkportefoeljebygger();
            var lagt = saker.All(sak => BareDokumenterteUnntak(() => bygger.LeggTil(sak)));
            var portefoelje = bygger.Bygg();
            var resultater = new Portefoeljeresultat[portefoelje.Antall];
            return lagt
                && BareDokumenterteUnntak(() => Portefoeljeberegner.Beregn(portefoelje, TestSatser.Standard, resultater))
                && BareDokumenterteUnntak(() => Portefoeljeberegner.Beregn(portefoelje, TestSatser.Standard, resultater, new Beregningsvalg(TillatAntatteSatser: true)));
        });

    private static readonly Organisasjonsnummer Orgnr = Organisasjonsnummer.Les("974760673", "som");

    private static Gen<Trekk> Trekkene { get; } =
        from krav in Gen.ListOf(Kravene).Select(l => l.Take(4).ToArray())
        from regel in Gen.Elements(Enum.GetValues<Fordelingsregel>())
        from status in Gen.Elements(Enum.GetValues<Trekkstatus>())
        from fra in Datoer
        from til in Gen.OneOf(Gen.Constant<LocalDate?>(null), Datoer.Select(d => (LocalDate?)d))
        from beloep in Beloeper
        from prosent in Gen.Choose(0, 20_000)
        from medProsent in ArbMap.Default.GeneratorFor<bool>()
        from mottattDato in Datoer
        from mottatt in Beloeper
        select new Trekk
        {
            Krav = [.. krav],
            Parter = [.. krav.Select(_ => new Kravparter(Orgnr, null))],
            Regel = regel,
            Status = status,
            Trekkpaalegg = [medProsent
                ? new Trekkpaalegg(Orgnr, fra, til, null, Prosent.FraHundredeler(prosent))
                : new Trekkpaalegg(Orgnr, fra, til, beloep, null)],
            Mottatt = [new Mottak(mottattDato, mottatt)],
        };

    [Property(MaxTest = 300)]
    public Property Innsyn_throws_only_documented_exceptions() =>
        Prop.ForAll(Trekkene.ToArbitrary(), Datoer.ToArbitrary(), (trekk, dato) =>
            BareDokumenterteUnntak(() =>
            {
                var forberedt = ForberedtTrekk.Forbered(trekk, dato, ForsinkelsesrenteTestdata.Tabell);
                foreach (var k in trekk.Krav)
                {
                    forberedt.Svar(k.Id, Orgnr);
                }

                forberedt.Svar("ukjent", Orgnr);
            }));

    [Property(MaxTest = 200)]
    public Property Framskriving_throws_only_documented_exceptions() =>
        Prop.ForAll(Trekkene.ToArbitrary(), Datoer.Zip(Beloeper).ToArbitrary(), Gen.Choose(-1, 30).ToArbitrary(), (trekk, fraOgBeloep, maaneder) =>
            BareDokumenterteUnntak(() =>
            {
                var (fra, beloep) = fraOgBeloep;
                var grunnlag = Framskrivingsgrunnlag.Forbered(trekk, fra, maaneder, ForsinkelsesrenteTestdata.Tabell, bruttoinntekt: beloep, trekkperiodeSlutt: fra.Year < 9999 ? fra.PlusYears(1) : null);
                var buffer = new Framskrivingsbuffer(grunnlag);
                var krav = new KravFramskriving[trekk.Krav.Length];
                var mnd = new Framskrivingsmaaned[maaneder];
                Framskriver.Framskriv(grunnlag, null, buffer, krav, mnd, []);
                Framskriver.Framskriv(grunnlag, beloep, buffer, krav, mnd, new Beloep[krav.Length * maaneder]);
            }));
}
