using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// A small <see cref="Satsgrunnlag"/> built in code from the sourced figures in <c>shared/reference/satser/</c>:
/// livsopphold and samvær for the periods from 2023-07-01 and 2024-07-01 (known until 2025-06-30), the trekkgrenser,
/// and a few forsinkelsesrente and rettsgebyr rows (the constructor needs every table).
/// </summary>
public static class TestSatser
{
    /// <summary>First day with known livsopphold and samvær rates.</summary>
    public static readonly LocalDate FoersteDag = new(2023, 7, 1);

    /// <summary>Last day with known livsopphold and samvær rates.</summary>
    public static readonly LocalDate SisteKjenteDag = new(2025, 6, 30);

    /// <summary>The default fixture.</summary>
    public static Satsgrunnlag Standard { get; } = Lag();

    /// <summary>
    /// Builds the fixture; the trekkgrenser can be overridden to test the limit logic with other tables
    /// (never legal figures; only to make a limit bind in a unit test).
    /// </summary>
    public static Satsgrunnlag Lag(int takNormal = 60, int takMaks = 80, int naering = 20, int reduksjonFjerdePerson = 20, int reduksjonSamvaer = 20)
    {
        const string Kilde2023 = "regjeringen.no id691824 (2023 version); sismo.no";
        const string Kilde2024 = "debitnor.no; trondheim.kommune.no";
        var livsopphold = LivsoppholdTabell.Lag(
        [
            Livsperiode(new LocalDate(2023, 7, 1), new LocalDate(2024, 7, 1), 10412, 8817, 3332, 4420, 5580, 6418, Kilde2023, Kildegrad.Kunngjort),
            Livsperiode(new LocalDate(2024, 7, 1), new LocalDate(2025, 7, 1), 10724, 9082, 3432, 4553, 5747, 6611, Kilde2024, Kildegrad.Sekundaer),
        ]);

        var samvaer = SamvaerTabell.Lag(
        [
            Samvaerperiode(
                new LocalDate(2023, 7, 1),
                new LocalDate(2024, 7, 1),
                "gjeld.org livsoppsatser-2023",
                [305, 407, 531, 605],
                [1011, 1348, 1760, 2003],
                [1410, 1881, 2455, 2794],
                [1770, 2361, 3082, 3507]),
            Samvaerperiode(
                new LocalDate(2024, 7, 1),
                new LocalDate(2025, 7, 1),
                "trondheim.kommune.no (updated 08.07.2024); namsfogden.com",
                [317, 443, 547, 623],
                [1048, 1467, 1813, 2063],
                [1462, 2047, 2529, 2877],
                [1836, 2570, 3175, 3612]),
        ]);

        var forsinkelsesrente = EnkelTabell<Prosentverdi>.Lag(
        [
            new(new LocalDate(2024, 1, 1), new LocalDate(2024, 7, 1), new Prosentverdi(Prosent.FraDesimal(12.50m), "regjeringen.no")),
            new(new LocalDate(2024, 7, 1), new LocalDate(2025, 1, 1), new Prosentverdi(Prosent.FraDesimal(12.50m), "derived: Norges Bank policy rate + 8 pp", Kildegrad.Avledet)),
            new(new LocalDate(2025, 1, 1), new LocalDate(2025, 7, 1), new Prosentverdi(Prosent.FraDesimal(12.50m), "FOR-2024-12-19-3279 § 1")),
        ]);

        var rettsgebyr = EnkelTabell<Satsverdi>.Lag(
        [
            new(new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1), new Satsverdi(Beloep.FraKroner(1277), "Prop. 80 L (2023-2024)")),
            new(new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1), new Satsverdi(Beloep.FraKroner(1314), "NAV open-source table")),
        ]);

        var fraRetningslinje = new LocalDate(2020, 12, 16);
        var fra2014 = new LocalDate(2014, 7, 1);
        var trekkgrenser = TrekkgrenserTabell.Lag(new Dictionary<Trekkgrense, IReadOnlyList<Periodeverdi<Prosentverdi>>>
        {
            [Trekkgrense.TakNormal] = [Grense(fraRetningslinje, takNormal, "Retningslinje for utleggstrekk pkt. 5.4")],
            [Trekkgrense.TakMaks] = [Grense(fraRetningslinje, takMaks, "Retningslinje for utleggstrekk pkt. 5.4")],
            [Trekkgrense.NaeringSkjematisk] = [Grense(fraRetningslinje, naering, "skattebetalingsloven § 14-4 annet ledd bokstav b")],
            [Trekkgrense.ReduksjonFraFjerdePerson] = [Grense(fra2014, reduksjonFjerdePerson, "forskrift 2014-06-13-724 practice (sismo.no, regjeringen.no)")],
            [Trekkgrense.ReduksjonSamvaerFraTredjeBarn] = [Grense(fra2014, reduksjonSamvaer, "sismo.no; trondheim.kommune.no") with { Verdi = new Prosentverdi(Prosent.FraHeleProsent(reduksjonSamvaer), "sismo.no; trondheim.kommune.no", Kildegrad.Sekundaer) }],
        });

        return new Satsgrunnlag(
            "test-fixture-2024-07",
            new Dictionary<string, string>
            {
                ["livsopphold"] = "test",
                ["samvaer"] = "test",
                ["forsinkelsesrente"] = "test",
                ["rettsgebyr"] = "test",
                ["trekkgrenser"] = "test",
            },
            livsopphold,
            samvaer,
            forsinkelsesrente,
            rettsgebyr,
            trekkgrenser);
    }

    internal static LivsoppholdPeriode Livsperiode(LocalDate fra, LocalDate til, long enslig, long par, long b05, long b610, long b1114, long b15, string kilde, Kildegrad grad = Kildegrad.Kunngjort) =>
        new(
            fra,
            til,
            new LivsoppholdSatser(
                Beloep.FraKroner(enslig),
                Beloep.FraKroner(par),
                Beloep.FraKroner(b05),
                Beloep.FraKroner(b610),
                Beloep.FraKroner(b1114),
                Beloep.FraKroner(b15),
                EttBandFra11: false),
            new Dictionary<LivsoppholdKategori, string>
            {
                [LivsoppholdKategori.Enslig] = kilde,
                [LivsoppholdKategori.ParPerPerson] = kilde,
                [LivsoppholdKategori.Barn0Til5] = kilde,
                [LivsoppholdKategori.Barn6Til10] = kilde,
                [LivsoppholdKategori.Barn11Til14] = kilde,
                [LivsoppholdKategori.Barn15Pluss] = kilde,
            })
        {
            Kildegrader = Enum.GetValues<LivsoppholdKategori>().ToDictionary(k => k, _ => grad),
        };

    internal static SamvaerPeriode Samvaerperiode(LocalDate fra, LocalDate til, string kilde, params long[][] klasser) =>
        Samvaerperiode(fra, til, kilde, Kildegrad.Sekundaer, klasser);

    internal static SamvaerPeriode Samvaerperiode(LocalDate fra, LocalDate til, string kilde, Kildegrad grad, params long[][] klasser) =>
        new(fra, til, [.. klasser.SelectMany(k => k).Select(b => new Satsverdi(Beloep.FraKroner(b), kilde, grad))]);

    internal static Periodeverdi<Prosentverdi> Grense(LocalDate fra, int prosent, string kilde) =>
        new(fra, null, new Prosentverdi(Prosent.FraHeleProsent(prosent), kilde));
}
