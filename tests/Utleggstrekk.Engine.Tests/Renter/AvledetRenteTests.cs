using NodaTime;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Renter;

/// <summary>
/// Issue 17: projection, innsyn and avregning report whether interest they computed used a derived forsinkelsesrente
/// (the embedded table's 2025-07-01 – 2025-12-31 row, Norges Bank's policy rate + 8 pp, kildegrad avledet), and the
/// allocation-free loops stay allocation-free with the flag computed alongside.
/// </summary>
public class AvledetRenteTests
{
    private static Trekk En(Rentevilkaar rente, params Mottak[] mottatt) => new()
    {
        Krav = [Krav("F", Artsprioritet.F, new LocalDate(2024, 10, 1), 10_000, "S1", rente)],
        Parter = Parter(1),
        Trekkpaalegg = [new Trekkpaalegg(Org(6), new LocalDate(2024, 10, 1), null, Beloep.FraKroner(1_000), null)],
        Mottatt = [.. mottatt],
    };

    [Fact]
    public void The_projection_flags_the_months_at_a_derived_rate_and_allocates_nothing()
    {
        // June 2025 is at the published 12.50 %; July and August at the derived 12.25 %.
        var g = Framskrivingsgrunnlag.Forbered(En(Rentevilkaar.MedForsinkelsesrente(new LocalDate(2025, 6, 1))), new LocalDate(2025, 6, 1), 3, Rentetabell);
        var buffer = new Framskrivingsbuffer(g);
        var krav = new KravFramskriving[1];
        var maaneder = new Framskrivingsmaaned[3];
        Framskriver.Framskriv(g, Beloep.FraKroner(1_000), buffer, krav, maaneder, []);
        maaneder.Select(m => m.Avledet).Should().Equal(false, true, true);
        maaneder.Should().OnlyContain(m => m.Renter > Beloep.Null && !m.Antatt);
        Allokering.Minst(() => Framskriver.Framskriv(g, Beloep.FraKroner(1_000), buffer, krav, maaneder, [])).Should().Be(0);

        var i2026 = Framskrivingsgrunnlag.Forbered(En(Rentevilkaar.MedForsinkelsesrente(new LocalDate(2026, 1, 1))), new LocalDate(2026, 1, 1), 6, Rentetabell);
        var m2026 = new Framskrivingsmaaned[6];
        Framskriver.Framskriv(i2026, Beloep.FraKroner(1_000), new Framskrivingsbuffer(i2026), new KravFramskriving[1], m2026, []);
        m2026.Should().OnlyContain(m => !m.Avledet && m.Renter > Beloep.Null);
    }

    [Fact]
    public void An_agreed_rate_is_never_derived()
    {
        var g = Framskrivingsgrunnlag.Forbered(En(Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), new LocalDate(2025, 7, 1))), new LocalDate(2025, 7, 1), 3, Rentetabell);
        var maaneder = new Framskrivingsmaaned[3];
        Framskriver.Framskriv(g, Beloep.FraKroner(1_000), new Framskrivingsbuffer(g), new KravFramskriving[1], maaneder, []);
        maaneder.Should().OnlyContain(m => !m.Avledet && m.Renter > Beloep.Null);

        var a = Avregner.Avregn(En(Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), new LocalDate(2025, 7, 1)), new Mottak(new LocalDate(2025, 8, 1), Beloep.FraKroner(1_000))), new LocalDate(2025, 10, 1), Rentetabell);
        a.Sum.Avledet.Should().BeFalse();
    }

    [Theory]
    [InlineData(2025, 7, true)]
    [InlineData(2026, 1, false)]
    public void Innsyn_flags_stipulated_interest_at_a_derived_rate(int aar, int maaned, bool avledet)
    {
        var fra = new LocalDate(aar, maaned, 1);
        var forberedt = ForberedtTrekk.Forbered(En(Rentevilkaar.MedForsinkelsesrente(fra)), fra.PlusMonths(3), Rentetabell);
        forberedt.Avledet.Should().Be(avledet);
        forberedt.Antatt.Should().BeFalse();
        var svar = forberedt.Svar("F", Org(0));
        svar.Avslag.Should().Be(Innsynsavslag.Ingen);
        svar.Avledet.Should().Be(avledet);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Innsyn_flags_a_derived_rate_however_many_claims_used_it(int antall)
    {
        // Each claim's stipulated interest runs over the derived row: the flag is set by the first and stays set.
        var fra = new LocalDate(2025, 7, 1);
        var trekk = new Trekk
        {
            Krav = [.. Enumerable.Range(0, antall).Select(i => Krav($"F{i}", Artsprioritet.F, new LocalDate(2024, 10, 1), 10_000, $"S{i}", Rentevilkaar.MedForsinkelsesrente(fra)))],
            Parter = Parter(antall),
        };
        var forberedt = ForberedtTrekk.Forbered(trekk, fra.PlusMonths(3), Rentetabell);
        forberedt.Avledet.Should().BeTrue();
        forberedt.Svar("F1", Org(0)).Avledet.Should().BeTrue();
    }

    [Theory]
    [InlineData(2025, 7, true)]
    [InlineData(2026, 1, false)]
    public void Avregning_flags_interest_at_a_derived_rate_and_allocates_nothing(int aar, int maaned, bool avledet)
    {
        var fra = new LocalDate(aar, maaned, 1);
        var trekk = En(Rentevilkaar.MedForsinkelsesrente(fra), new Mottak(fra.PlusMonths(1), Beloep.FraKroner(1_000)));
        var g = Avregningsgrunnlag.Forbered(trekk, fra.PlusMonths(3), Rentetabell);
        var buffer = new Avregningsbuffer(g);
        var krav = new KravAvregning[1];
        var betalinger = new BetalingAvregning[1];
        var plasseringer = new Plassering[1];
        Avregner.Avregn(g, buffer, krav, betalinger, plasseringer, out var sum);
        sum.Avledet.Should().Be(avledet);
        sum.Antatt.Should().BeFalse();
        krav[0].Renter.Should().BeGreaterThan(Beloep.Null);
        Allokering.Minst(() => Avregner.Avregn(g, buffer, krav, betalinger, plasseringer, out _)).Should().Be(0);
        Avregner.Avregn(trekk, fra.PlusMonths(3), Rentetabell).Sum.Avledet.Should().Be(avledet);
    }

    /// <summary>
    /// A claim's start figure includes interest stipulated from <c>renteFra</c> to <c>fra</c>; it is flagged when that
    /// interest ran over a day of the derived row (2025-07-01 – 2025-12-31) or past the table's last known day
    /// (2026-06-30), worked by hand from satser/forsinkelsesrente.csv. The months (from <c>fra</c>) are flagged on
    /// their own.
    /// </summary>
    [Theory]
    [InlineData("2025-07-01", "2026-03-01", false, true)] // the whole derived half-year, then the 12.00 % row
    [InlineData("2025-12-31", "2026-01-01", false, true)] // one day of the derived row
    [InlineData("2026-01-01", "2026-03-01", false, false)] // only the 12.00 % row
    [InlineData("2025-06-01", "2025-07-01", false, false)] // only June 2025, kunngjort; July (derived) is a month
    [InlineData("2026-01-01", "2026-07-01", false, false)] // to the table's last known day, not past it
    [InlineData("2026-01-01", "2026-07-02", true, false)] // one day past it
    [InlineData("2025-07-01", "2026-09-01", true, true)] // both
    public void The_projection_flags_a_start_figure_with_interest_stipulated_at_an_assumed_or_derived_rate(string renteFra, string fra, bool antatt, bool avledet)
    {
        var start = LocalDate.FromDateTime(DateTime.Parse(fra, System.Globalization.CultureInfo.InvariantCulture));
        var trekk = En(Rentevilkaar.MedForsinkelsesrente(LocalDate.FromDateTime(DateTime.Parse(renteFra, System.Globalization.CultureInfo.InvariantCulture))));
        var g = Framskrivingsgrunnlag.Forbered(trekk, start, 2, Rentetabell);
        var buffer = new Framskrivingsbuffer(g);
        var krav = new KravFramskriving[1];
        var maaneder = new Framskrivingsmaaned[2];
        Framskriver.Framskriv(g, Beloep.FraKroner(1_000), buffer, krav, maaneder, []);
        krav[0].StartAntatt.Should().Be(antatt);
        krav[0].StartAvledet.Should().Be(avledet);
        krav[0].Start.Should().BeGreaterThan(Beloep.FraKroner(10_000));
        Allokering.Minst(() => Framskriver.Framskriv(g, Beloep.FraKroner(1_000), buffer, krav, maaneder, [])).Should().Be(0);

        var enkel = Framskriver.Framskriv(trekk, start, 2, Rentetabell, Beloep.FraKroner(1_000)).Single();
        enkel.StartAntatt.Should().Be(antatt);
        enkel.StartAvledet.Should().Be(avledet);
    }

    [Fact]
    public void A_start_flag_does_not_flag_the_months()
    {
        // Interest from 2025-07-01, start 2026-03-01: the start figure holds the derived half-year; March–May 2026 do not.
        var g = Framskrivingsgrunnlag.Forbered(En(Rentevilkaar.MedForsinkelsesrente(new LocalDate(2025, 7, 1))), new LocalDate(2026, 3, 1), 3, Rentetabell);
        var krav = new KravFramskriving[1];
        var maaneder = new Framskrivingsmaaned[3];
        Framskriver.Framskriv(g, Beloep.FraKroner(1_000), new Framskrivingsbuffer(g), krav, maaneder, []);
        krav[0].StartAvledet.Should().BeTrue();
        maaneder.Should().OnlyContain(m => !m.Avledet && !m.Antatt && m.Renter > Beloep.Null);
    }

    [Fact]
    public void Only_the_claims_whose_start_holds_such_interest_are_flagged()
    {
        // A løpende bidrag has no interest; a claim with nothing remaining gets 0 kr of stipulated interest; a claim at an
        // agreed rate never uses the table; only the forsinkelsesrente claim over the derived row is flagged.
        var renteFra = new LocalDate(2025, 7, 1);
        var trekk = new Trekk
        {
            Krav =
            [
                new Krav { Id = "B", Artsprioritet = Artsprioritet.A, Tidsprioritet = new LocalDate(2024, 10, 1), Sak = "S0", Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraKroner(500) },
                Krav("F", Artsprioritet.F, new LocalDate(2024, 10, 1), 10_000, "S1", Rentevilkaar.MedForsinkelsesrente(renteFra)),
                Krav("T", Artsprioritet.F, new LocalDate(2024, 10, 1), 0, "S2", Rentevilkaar.MedForsinkelsesrente(renteFra), paaloept: 100),
                Krav("V", Artsprioritet.F, new LocalDate(2024, 10, 1), 10_000, "S3", Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), renteFra)),
            ],
            Parter = Parter(4),
            Trekkpaalegg = [new Trekkpaalegg(Org(6), new LocalDate(2024, 10, 1), null, Beloep.FraKroner(1_000), null)],
        };
        var svar = Framskriver.Framskriv(trekk, new LocalDate(2026, 9, 1), 2, Rentetabell, Beloep.FraKroner(1_000));
        svar.Select(k => k.StartAvledet).Should().Equal(false, true, false, false);
        svar.Select(k => k.StartAntatt).Should().Equal(false, true, false, false);
    }
}
