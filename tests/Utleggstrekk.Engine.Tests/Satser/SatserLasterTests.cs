using System.Globalization;
using System.Security.Cryptography;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Satser;

public class SatserLasterTests
{
    private static readonly Satsgrunnlag Innebygde = SatserLaster.LastInnebygde();

    private static LivsoppholdSatser Livsopphold(LocalDate dato)
    {
        var i = Innebygde.Livsopphold.Tidsserie.Finn(dato, false, out var status);
        status.Should().Be(SatsStatus.Kjent);
        return Innebygde.Livsopphold.Satser(i);
    }

    [Fact]
    public void Embedded_livsopphold_matches_the_reference_figures()
    {
        // Checked by hand against /work/shared/reference/satser/livsopphold.csv.
        var s2024 = Livsopphold(new LocalDate(2024, 7, 1));
        s2024.Enslig.Should().Be(Beloep.FraKroner(10_724));
        s2024.ParPerPerson.Should().Be(Beloep.FraKroner(9_082));
        s2024.Barn15Pluss.Should().Be(Beloep.FraKroner(6_611));
        s2024.EttBandFra11.Should().BeFalse();

        // The period runs 1 July – 30 June: 2025-06-30 is still the 2024 rate, 2024-06-30 the 2023 rate.
        Livsopphold(new LocalDate(2025, 6, 30)).Should().Be(s2024);
        Livsopphold(new LocalDate(2024, 6, 30)).Enslig.Should().Be(Beloep.FraKroner(10_412));

        // Before 2023-07-01 one band for children 11 and older: barn_11_pluss 2022 = 5 230 in both fields.
        var s2022 = Livsopphold(new LocalDate(2023, 1, 15));
        s2022.EttBandFra11.Should().BeTrue();
        s2022.Barn11Til14.Should().Be(Beloep.FraKroner(5_230));
        s2022.Barn15Pluss.Should().Be(Beloep.FraKroner(5_230));
        s2022.KategoriForBarn(16).Should().Be(LivsoppholdKategori.Barn11Pluss);

        // 2021 barn_0_5 is the KPI-consistent 2 955 (the reference's merknad explains why not 2 995).
        Livsopphold(new LocalDate(2021, 7, 1)).Barn0Til5.Should().Be(Beloep.FraKroner(2_955));
        Innebygde.Livsopphold.Tidsserie.Fra(0).Should().Be(new LocalDate(2019, 7, 1));
    }

    [Fact]
    public void Embedded_livsopphold_keeps_the_source_of_each_category()
    {
        var i = Innebygde.Livsopphold.Tidsserie.Finn(new LocalDate(2024, 7, 1), false, out _);
        Innebygde.Livsopphold.Kilde(i, LivsoppholdKategori.Enslig)
            .Should().Be("debitnor.no nye-livsoppholdssatser-fra-1-juli-2024; trondheim.kommune.no (updated 08.07.2024)");
        var j = Innebygde.Livsopphold.Tidsserie.Finn(new LocalDate(2019, 7, 1), false, out _);
        Innebygde.Livsopphold.Kilde(j, LivsoppholdKategori.Barn11Pluss).Should().Be("livsopphold.com (livsoppholdssatser-2019-2020)");
    }

    [Fact]
    public void Embedded_samvaer_matches_the_reference_figures()
    {
        var tabell = Innebygde.Samvaer;
        var i = tabell.Tidsserie.Finn(new LocalDate(2024, 7, 1), false, out var status);
        status.Should().Be(SatsStatus.Kjent);
        tabell.Sats(i, 2, SamvaerTabell.Aldersband(8)).Should().Be(Beloep.FraKroner(1_467));
        tabell.Sats(i, 4, SamvaerTabell.Aldersband(15)).Should().Be(Beloep.FraKroner(3_612));
        tabell.Sats(i, 1, SamvaerTabell.Aldersband(0)).Should().Be(Beloep.FraKroner(317));
        tabell.Kilde(i, 2, 1).Should().Be("trondheim.kommune.no (updated 08.07.2024); namsfogden.com");

        var j = tabell.Tidsserie.Finn(new LocalDate(2021, 6, 30), false, out status);
        status.Should().Be(SatsStatus.Kjent);
        tabell.Sats(j, 3, 2).Should().Be(Beloep.FraKroner(2_111));
    }

    [Fact]
    public void Embedded_forsinkelsesrente_rettsgebyr_and_trekkgrenser_match_the_reference()
    {
        static Prosent Rente(LocalDate d)
        {
            Innebygde.Forsinkelsesrente.TryFinn(d, false, out var v, out var s).Should().BeTrue();
            s.Should().Be(SatsStatus.Kjent);
            return v.Prosent;
        }

        Rente(new LocalDate(2024, 7, 1)).Should().Be(Prosent.FraDesimal(12.50m));
        Rente(new LocalDate(2025, 12, 31)).Should().Be(Prosent.FraDesimal(12.25m));
        Rente(new LocalDate(2023, 3, 1)).Should().Be(Prosent.FraDesimal(10.75m));
        Rente(new LocalDate(2010, 1, 1)).Should().Be(Prosent.FraDesimal(8.75m));

        Innebygde.Rettsgebyr.TryFinn(new LocalDate(2026, 12, 31), false, out var r, out _).Should().BeTrue();
        r.Beloep.Should().Be(Beloep.FraKroner(1_345));
        Innebygde.Rettsgebyr.TryFinn(new LocalDate(2021, 1, 1), false, out r, out _).Should().BeTrue();
        r.Beloep.Should().Be(Beloep.FraKroner(1_199));
        Innebygde.Rettsgebyr.Tidsserie.SistKjenteDag.Should().Be(new LocalDate(2026, 12, 31));

        var g = Innebygde.Trekkgrenser;
        g.TryFinn(Trekkgrense.TakNormal, new LocalDate(2025, 1, 1), out var p).Should().BeTrue();
        p.Prosent.Should().Be(Prosent.FraHeleProsent(60));
        g.TryFinn(Trekkgrense.TakMaks, new LocalDate(2030, 1, 1), out p).Should().BeTrue("trekkgrenser are open-ended");
        p.Prosent.Should().Be(Prosent.FraHeleProsent(80));
        g.TryFinn(Trekkgrense.TakNormal, new LocalDate(2020, 12, 15), out _).Should().BeFalse("the ceilings are sourced from 2020-12-16");
        g.TryFinn(Trekkgrense.ReduksjonFraFjerdePerson, new LocalDate(2014, 7, 1), out p).Should().BeTrue();
        p.Prosent.Should().Be(Prosent.FraHeleProsent(20));

        // The reference wrote this kilde with an unquoted comma; satser/ quotes it, so the whole text survives.
        p.Kilde.Should().EndWith("fra den fjerde personen i husstanden, yngste barn først");
    }

    [Fact]
    public void Livsopphold_after_the_last_known_day_is_missing_unless_assumed_rates_are_allowed()
    {
        var serie = Innebygde.Livsopphold.Tidsserie;
        serie.SistKjenteDag.Should().Be(new LocalDate(2026, 6, 30), "the derived 2025-07-01 period runs to 30 June 2026");

        serie.Finn(new LocalDate(2026, 7, 1), false, out var status).Should().Be(-1);
        status.Should().Be(SatsStatus.Mangler);

        var i = serie.Finn(new LocalDate(2026, 7, 1), true, out status);
        status.Should().Be(SatsStatus.Antatt);
        Innebygde.Livsopphold.Satser(i).Enslig.Should().Be(Beloep.FraKroner(11_046), "the derived 2025 rate is carried forward");
    }

    [Fact]
    public void The_samvaer_gap_stays_a_gap_even_with_assumed_rates()
    {
        var serie = Innebygde.Samvaer.Tidsserie;
        serie.Finn(new LocalDate(2022, 1, 1), true, out var status).Should().Be(-1);
        status.Should().Be(SatsStatus.Mangler);
        serie.Finn(new LocalDate(2021, 7, 1), true, out status).Should().Be(-1, "the 2020 figures are known until 2021-06-30 only");
        status.Should().Be(SatsStatus.Mangler);
        serie.Finn(new LocalDate(2023, 7, 1), false, out status).Should().BeGreaterThanOrEqualTo(0);
        serie.SistKjenteDag.Should().Be(new LocalDate(2025, 6, 30));
    }

    [Fact]
    public void Forsinkelsesrente_past_the_end_is_carried_forward_only_when_asked()
    {
        var tabell = Innebygde.Forsinkelsesrente;
        tabell.Tidsserie.SistKjenteDag.Should().Be(new LocalDate(2026, 6, 30));
        tabell.TryFinn(new LocalDate(2026, 7, 1), false, out _, out var status).Should().BeFalse();
        status.Should().Be(SatsStatus.Mangler);
        tabell.TryFinn(new LocalDate(2026, 7, 1), true, out var v, out status).Should().BeTrue();
        status.Should().Be(SatsStatus.Antatt);
        v.Prosent.Hundredeler.Should().Be(1200);
    }

    [Fact]
    public void Version_is_the_first_12_hex_digits_of_the_manifest_hash()
    {
        var manifest = File.ReadAllBytes(Path.Combine(Satskatalog.RepoSatser(), CsvInfo.ManifestFil));
        var hex = Convert.ToHexStringLower(SHA256.HashData(manifest));
        Innebygde.Versjon.Should().Be("satser-" + hex[..12]);
        Innebygde.Versjon.Should().MatchRegex("^satser-[0-9a-f]{12}$");
    }

    [Fact]
    public void Table_versions_come_from_the_manifest()
    {
        Innebygde.Tabellversjoner.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["livsopphold"] = "2025-07-01",
            ["samvaer"] = "2024-07-01",
            ["forsinkelsesrente"] = "2026-01-01",
            ["rettsgebyr"] = "2026-01-01",
            ["trekkgrenser"] = "2020-12-16",
        });
    }

    [Fact]
    public void Embedded_defaults_are_loaded_once_and_shared_between_threads()
    {
        var instanser = new Satsgrunnlag[8];
        Parallel.For(0, instanser.Length, i => instanser[i] = SatserLaster.LastInnebygde());
        instanser.Should().OnlyContain(s => ReferenceEquals(s, Innebygde));
    }

    [Fact]
    public void Loading_the_repository_directory_equals_the_embedded_load()
    {
        var fraKatalog = SatserLaster.LastFraKatalog(Satskatalog.RepoSatser());
        SatserLaster.Valider(Satskatalog.RepoSatser()).Should().BeEmpty();
        SammeInnhold(fraKatalog, Innebygde);
    }

    [Fact]
    public void Loading_a_copy_written_from_the_embedded_files_equals_the_embedded_load()
    {
        using var kopi = new Satskatalog();
        Directory.GetFiles(kopi.Sti).Select(Path.GetFileName).Should().Contain(
            ["manifest.csv", "livsopphold.csv", "samvaer.csv", "forsinkelsesrente.csv", "rettsgebyr.csv", "trekkgrenser.csv"]);
        SammeInnhold(SatserLaster.LastFraKatalog(kopi.Sti), Innebygde);
    }

    [Fact]
    public void Version_changes_when_a_figure_changes()
    {
        using var kopi = new Satskatalog();
        kopi.Erstatt("rettsgebyr.csv", "2026-01-01,2026-12-31,1345,", "2026-01-01,2026-12-31,1346,");
        kopi.OppdaterManifest();
        var endret = SatserLaster.LastFraKatalog(kopi.Sti);
        endret.Versjon.Should().NotBe(Innebygde.Versjon);
        endret.Versjon.Should().MatchRegex("^satser-[0-9a-f]{12}$");
        endret.Rettsgebyr.TryFinn(new LocalDate(2026, 6, 1), false, out var r, out _).Should().BeTrue();
        r.Beloep.Should().Be(Beloep.FraKroner(1_346));
    }

    [Fact]
    public void Numbers_are_parsed_with_the_invariant_culture_whatever_the_thread_culture()
    {
        using var kopi = new Satskatalog();
        var foer = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nb-NO");
            CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator.Should().Be(",", "the test is meaningful only if nb-NO reads '.' differently");
            var satser = SatserLaster.LastFraKatalog(kopi.Sti);
            satser.Forsinkelsesrente.TryFinn(new LocalDate(2025, 7, 1), false, out var v, out _).Should().BeTrue();
            v.Prosent.Hundredeler.Should().Be(1225, "'12.25' is 12.25 %, not 1225 %");
        }
        finally
        {
            CultureInfo.CurrentCulture = foer;
        }
    }

    [Fact]
    public void Amounts_with_decimals_are_kept_exactly_in_oere()
    {
        using var kopi = new Satskatalog();
        kopi.Erstatt("livsopphold.csv", "2024-07-01,2025-06-30,enslig,10724,", "2024-07-01,2025-06-30,enslig,10724.5,");
        kopi.Erstatt("samvaer.csv", "2024-07-01,2025-06-30,2,1048,1467,", "2024-07-01,2025-06-30,2,1048,1467.05,");
        kopi.OppdaterManifest();
        var satser = SatserLaster.LastFraKatalog(kopi.Sti);
        var i = satser.Livsopphold.Tidsserie.Finn(new LocalDate(2024, 7, 1), false, out _);
        satser.Livsopphold.Satser(i).Enslig.Oere.Should().Be(1_072_450);
        satser.Samvaer.Sats(satser.Samvaer.Tidsserie.Finn(new LocalDate(2024, 7, 1), false, out _), 2, 1).Oere.Should().Be(146_705);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_read_the_same()
    {
        using var kopi = new Satskatalog();
        kopi.Skriv("livsopphold.csv", kopi.Les("livsopphold.csv").Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllBytes(
            Path.Combine(kopi.Sti, "samvaer.csv"),
            [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Path.Combine(kopi.Sti, "samvaer.csv"))]);
        kopi.OppdaterManifest();
        var satser = SatserLaster.LastFraKatalog(kopi.Sti);
        satser.Livsopphold.Perioder.Should().BeEquivalentTo(Innebygde.Livsopphold.Perioder);
        satser.Samvaer.Perioder.Should().BeEquivalentTo(Innebygde.Samvaer.Perioder);
        satser.Versjon.Should().NotBe(Innebygde.Versjon, "the bytes, and so the hashes, differ");
    }

    private static void SammeInnhold(Satsgrunnlag faktisk, Satsgrunnlag forventet)
    {
        faktisk.Versjon.Should().Be(forventet.Versjon);
        faktisk.Tabellversjoner.Should().BeEquivalentTo(forventet.Tabellversjoner);
        faktisk.Livsopphold.Perioder.Should().BeEquivalentTo(forventet.Livsopphold.Perioder, o => o.WithStrictOrdering());
        faktisk.Samvaer.Perioder.Should().BeEquivalentTo(forventet.Samvaer.Perioder, o => o.WithStrictOrdering());
        faktisk.Forsinkelsesrente.Perioder.Should().BeEquivalentTo(forventet.Forsinkelsesrente.Perioder, o => o.WithStrictOrdering());
        faktisk.Rettsgebyr.Perioder.Should().BeEquivalentTo(forventet.Rettsgebyr.Perioder, o => o.WithStrictOrdering());
        foreach (var grense in Enum.GetValues<Trekkgrense>())
        {
            faktisk.Trekkgrenser[grense].Perioder.Should().BeEquivalentTo(forventet.Trekkgrenser[grense].Perioder, o => o.WithStrictOrdering());
        }

        faktisk.Forsinkelsesrente.Perioder.Should().HaveCount(33);
        faktisk.Livsopphold.Perioder.Should().HaveCount(7);
    }
}
