using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// Each validation rule, provoked on a temporary copy of the embedded satser. Line numbers are those of the files in
/// satser/ (header = line 1; e.g. livsopphold.csv line 28 is enslig 2024-07-01, samvaer.csv lines 10–13 the 2024
/// classes, forsinkelsesrente.csv line 2 the first half-year 2010, line 33 2025-07-01 (kildegrad avledet), line 34 the last, 2026-01-01; livsopphold.csv lines 34–39 the derived 2025-07-01 period).
/// </summary>
public class SatserValideringTests
{
    private const string L = "livsopphold.csv";
    private const string S = "samvaer.csv";
    private const string F = "forsinkelsesrente.csv";
    private const string R = "rettsgebyr.csv";
    private const string T = "trekkgrenser.csv";
    private const string M = "manifest.csv";

    private static readonly Dictionary<string, Action<Satskatalog>> Brudd = new()
    {
        ["manifest mangler"] = k => k.Slett(M),
        ["tabellfil mangler"] = k => k.Slett(S),
        ["feil hode, kolonnenavn"] = k => k.ErstattLinje(L, 1, "gyldig_fra,gyldig_til,kategori,beloep,kilde,merknad"),
        ["feil hode, rekkefoelge"] = k => k.ErstattLinje(F, 1, "gyldig_til,gyldig_fra,sats_prosent_pa,kilde,merknad"),
        ["feil hode, kolonne mangler"] = k => k.ErstattLinje(R, 1, "gyldig_fra,gyldig_til,rettsgebyr_R"),
        ["feil hode, manifest"] = k => k.ErstattLinje(M, 1, "tabell,fil,sha256,versjon"),
        ["tom fil"] = k => k.Skriv(R, string.Empty),
        ["tom tabell"] = k => k.Skriv(R, "gyldig_fra,gyldig_til,rettsgebyr_R,kilde,kildegrad\n"),
        ["for mange felt"] = k => k.ErstattLinje(R, 3, "2016-01-01,2016-12-31,1025,lov 18.12.2015 nr 125, Prop. 10 L,kunngjort"),
        ["for faa felt"] = k => k.ErstattLinje(R, 3, "2016-01-01,2016-12-31,1025"),
        ["ugyldig csv"] = k => k.ErstattLinje(R, 3, "2016-01-01,2016-12-31,1025,\"lov\" 18.12.2015"),
        ["dato, feil format"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "01.01.2010,2010-06-30,8.75"),
        ["dato, finnes ikke"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2010-06-31,8.75"),
        ["dato, mangler"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", ",2010-06-30,8.75"),
        ["tall, komma"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2010-06-30,\"8,75\""),
        ["tall, tusenskille"] = k => k.Erstatt(L, "enslig,10724,", "enslig,10 724,"),
        ["tall, mangler"] = k => k.Erstatt(L, "enslig,10724,", "enslig,,"),
        ["tall, tre desimaler"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2010-06-30,8.755"),
        ["tall, null"] = k => k.Erstatt(L, "enslig,10724,", "enslig,0,"),
        ["tall, negativt"] = k => k.Erstatt(S, "2024-07-01,2025-06-30,2,1048,1467,", "2024-07-01,2025-06-30,2,1048,-1467,"),
        ["prosent over 100"] = k => k.Erstatt(T, "tak_maks_prosent_av_brutto,80,", "tak_maks_prosent_av_brutto,180,"),
        ["tak over 80"] = k => k.Erstatt(T, "tak_maks_prosent_av_brutto,80,", "tak_maks_prosent_av_brutto,95,"),
        ["tak paa 100"] = k => k.Erstatt(T, "tak_maks_prosent_av_brutto,80,", "tak_maks_prosent_av_brutto,100,"),
        ["normaltak over 80"] = k => k.Erstatt(T, "tak_normal_prosent_av_brutto,60,", "tak_normal_prosent_av_brutto,80.01,"),
        ["normaltak over maks"] = k => k.Erstatt(T, "tak_maks_prosent_av_brutto,80,", "tak_maks_prosent_av_brutto,50,"),
        ["normaltak over maks i en senere periode"] = k =>
        {
            k.Erstatt(T, "2020-12-16,,tak_maks_prosent_av_brutto,80,", "2020-12-16,2025-12-31,tak_maks_prosent_av_brutto,80,");
            k.SettInnLinje(T, 4, "2026-01-01,,tak_maks_prosent_av_brutto,55,kilde,kunngjort");
        },
        ["reduksjon over 100"] = k => k.Erstatt(T, "reduksjon_fra_fjerde_person_prosent,20,", "reduksjon_fra_fjerde_person_prosent,150,"),
        ["kilde mangler"] = k => k.ErstattLinje(R, 2, "2015-01-01,2015-12-31,860,,kunngjort"),
        ["kildegrad mangler"] = k => k.ErstattLinje(R, 2, "2015-01-01,2015-12-31,860,kilde,"),
        ["ukjent kildegrad"] = k => k.ErstattLinje(R, 2, "2015-01-01,2015-12-31,860,kilde,Kunngjort"),
        ["ukjent kategori"] = k => k.SettInnLinje(L, 34, "2024-07-01,2025-06-30,barn_99,100,kilde,sekundaer,"),
        ["ukjent parameter"] = k => k.SettInnLinje(T, 7, "2020-12-16,,tak_ukjent_prosent,10,kilde,kunngjort"),
        ["ukjent klasse"] = k => k.SettInnLinje(S, 14, "2024-07-01,2025-06-30,5,1,1,1,1,kilde,sekundaer,"),
        ["duplikat kategori"] = k => k.SettInnLinje(L, 34, "2024-07-01,2025-06-30,enslig,10724,kilde,sekundaer,"),
        ["duplikat klasse"] = k => k.SettInnLinje(S, 12, "2024-07-01,2025-06-30,2,1048,1467,1813,2063,kilde,sekundaer,"),
        ["duplikat periode"] = k => k.SettInnLinje(F, 35, "2026-01-01,2026-06-30,12.00,kilde,sekundaer,"),
        ["duplikat parameter"] = k => k.SettInnLinje(T, 3, "2020-12-16,,tak_normal_prosent_av_brutto,60,kilde,kunngjort"),
        ["til foer fra"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2009-12-31,8.75"),
        ["usortert"] = k =>
        {
            var linjer = k.Linjer(F);
            (linjer[1], linjer[2]) = (linjer[2], linjer[1]);
            k.SkrivLinjer(F, linjer);
        },
        ["overlapp"] = k => k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2010-07-01,8.75"),
        ["overlapp etter aapen periode"] = k => k.SettInnLinje(T, 3, "2024-01-01,,tak_normal_prosent_av_brutto,65,kilde,kunngjort"),
        ["ulik gyldig_til"] = k => k.Erstatt(L, "2024-07-01,2025-06-30,par_per_person", "2024-07-01,2025-06-29,par_per_person"),
        ["kategori mangler"] = k => k.SlettLinje(L, 29),
        ["barn_15_pluss mangler"] = k => k.SlettLinje(L, 27),
        ["barn fra 11 mangler"] = k =>
        {
            k.SlettLinje(L, 21);
        },
        ["baand blandet"] = k => k.SettInnLinje(L, 28, "2023-07-01,2024-06-30,barn_11_pluss,5580,kilde,kunngjort,"),
        ["ett baand etter 2023-07-01"] = k =>
        {
            // The 2024 period with barn_11_pluss instead of the split bands (line 32 becomes barn_11_pluss, 33 goes).
            k.Erstatt(L, "2024-07-01,2025-06-30,barn_11_14,", "2024-07-01,2025-06-30,barn_11_pluss,");
            k.SlettLinje(L, 33);
        },
        ["ett baand over 2023-07-01"] = k =>
        {
            // The 2022 period made to run to 2023-07-01 (overlapping nothing: the 2023 period then starts 2023-07-02).
            for (var linje = 17; linje <= 27; linje++)
            {
                k.ErstattLinje(L, linje, k.Linjer(L)[linje - 1]
                    .Replace("2022-07-01,2023-06-30,", "2022-07-01,2023-07-01,", StringComparison.Ordinal)
                    .Replace("2023-07-01,2024-06-30,", "2023-07-02,2024-06-30,", StringComparison.Ordinal));
            }
        },
        ["todelte baand foer 2023-07-01"] = k =>
        {
            // The 2022 period with the split bands (line 21 becomes barn_11_14, barn_15_pluss inserted as line 22).
            k.Erstatt(L, "2022-07-01,2023-06-30,barn_11_pluss,", "2022-07-01,2023-06-30,barn_11_14,");
            k.SettInnLinje(L, 22, "2022-07-01,2023-06-30,barn_15_pluss,5230,kilde,kunngjort,");
        },
        ["samvaersklasse mangler"] = k => k.SlettLinje(S, 8),
        ["livsopphold uten siste kjente dag"] = k =>
        {
            for (var linje = 34; linje <= 39; linje++)
            {
                k.ErstattLinje(L, linje, k.Linjer(L)[linje - 1].Replace("2025-07-01,2026-06-30,", "2025-07-01,,", StringComparison.Ordinal));
            }
        },
        ["samvaer uten siste kjente dag"] = k =>
        {
            for (var linje = 10; linje <= 13; linje++)
            {
                k.ErstattLinje(S, linje, k.Linjer(S)[linje - 1].Replace("2024-07-01,2025-06-30,", "2024-07-01,,", StringComparison.Ordinal));
            }
        },
        ["forsinkelsesrente uten siste kjente dag"] = k => k.Erstatt(F, "2026-01-01,2026-06-30,", "2026-01-01,,"),
        ["parameter mangler"] = k => k.SlettLinje(T, 6),
        ["manifest, ukjent tabell"] = k => k.SettInnLinje(M, 7, "boutgiftnorm,boutgiftnorm.csv,2020-11-05," + new string('0', 64)),
        ["manifest, tabell mangler"] = k => k.SlettLinje(M, 6),
        ["manifest, duplikat"] = k => k.SettInnLinje(M, 7, k.Linjer(M)[1]),
        ["manifest, ugyldig filnavn"] = k => k.Erstatt(M, "samvaer,samvaer.csv,", "samvaer,../samvaer.csv,"),
        ["manifest, ugyldig sha256"] = k => k.ErstattLinje(M, 5, "rettsgebyr,rettsgebyr.csv,2026-01-01,abc"),
        ["manifest, versjon mangler"] = k => k.Erstatt(M, "trekkgrenser,trekkgrenser.csv,2020-12-16,", "trekkgrenser,trekkgrenser.csv,,"),
    };

    [Theory]
    [InlineData("manifest mangler", M, 0, 0, Satserfeilkoder.FilMangler)]
    [InlineData("tabellfil mangler", S, 0, 0, Satserfeilkoder.FilMangler)]
    [InlineData("feil hode, kolonnenavn", L, 1, 4, Satserfeilkoder.FeilHode)]
    [InlineData("feil hode, rekkefoelge", F, 1, 1, Satserfeilkoder.FeilHode)]
    [InlineData("feil hode, kolonne mangler", R, 1, 4, Satserfeilkoder.FeilHode)]
    [InlineData("feil hode, manifest", M, 1, 3, Satserfeilkoder.FeilHode)]
    [InlineData("tom fil", R, 1, 1, Satserfeilkoder.FeilHode)]
    [InlineData("tom tabell", R, 0, 0, Satserfeilkoder.TomTabell)]
    [InlineData("for mange felt", R, 3, 6, Satserfeilkoder.AntallKolonner)]
    [InlineData("for faa felt", R, 3, 4, Satserfeilkoder.AntallKolonner)]
    [InlineData("ugyldig csv", R, 3, 4, Satserfeilkoder.UgyldigCsv)]
    [InlineData("dato, feil format", F, 2, 1, Satserfeilkoder.UgyldigDato)]
    [InlineData("dato, finnes ikke", F, 2, 2, Satserfeilkoder.UgyldigDato)]
    [InlineData("dato, mangler", F, 2, 1, Satserfeilkoder.VerdiMangler)]
    [InlineData("tall, komma", F, 2, 3, Satserfeilkoder.UgyldigTall)]
    [InlineData("tall, tusenskille", L, 28, 4, Satserfeilkoder.UgyldigTall)]
    [InlineData("tall, mangler", L, 28, 4, Satserfeilkoder.VerdiMangler)]
    [InlineData("tall, tre desimaler", F, 2, 3, Satserfeilkoder.ForMangeDesimaler)]
    [InlineData("tall, null", L, 28, 4, Satserfeilkoder.IkkePositiv)]
    [InlineData("tall, negativt", S, 11, 5, Satserfeilkoder.IkkePositiv)]
    [InlineData("prosent over 100", T, 3, 4, Satserfeilkoder.UtenforGrense)]
    [InlineData("tak over 80", T, 3, 4, Satserfeilkoder.TakOverGrense)]
    [InlineData("tak paa 100", T, 3, 4, Satserfeilkoder.TakOverGrense)]
    [InlineData("normaltak over 80", T, 2, 4, Satserfeilkoder.TakOverGrense)]
    [InlineData("normaltak over maks", T, 2, 4, Satserfeilkoder.TakNormalOverMaks)]
    [InlineData("normaltak over maks i en senere periode", T, 2, 4, Satserfeilkoder.TakNormalOverMaks)]
    [InlineData("reduksjon over 100", T, 5, 4, Satserfeilkoder.UtenforGrense)]
    [InlineData("kilde mangler", R, 2, 4, Satserfeilkoder.VerdiMangler)]
    [InlineData("kildegrad mangler", R, 2, 5, Satserfeilkoder.VerdiMangler)]
    [InlineData("ukjent kildegrad", R, 2, 5, Satserfeilkoder.UkjentKildegrad)]
    [InlineData("ukjent kategori", L, 34, 3, Satserfeilkoder.UkjentKategori)]
    [InlineData("ukjent parameter", T, 7, 3, Satserfeilkoder.UkjentParameter)]
    [InlineData("ukjent klasse", S, 14, 3, Satserfeilkoder.UkjentKlasse)]
    [InlineData("duplikat kategori", L, 34, 3, Satserfeilkoder.Duplikat)]
    [InlineData("duplikat klasse", S, 12, 3, Satserfeilkoder.Duplikat)]
    [InlineData("duplikat periode", F, 35, 1, Satserfeilkoder.Duplikat)]
    [InlineData("duplikat parameter", T, 3, 1, Satserfeilkoder.Duplikat)]
    [InlineData("til foer fra", F, 2, 2, Satserfeilkoder.TilFoerFra)]
    [InlineData("usortert", F, 3, 1, Satserfeilkoder.Usortert)]
    [InlineData("overlapp", F, 3, 1, Satserfeilkoder.Overlapp)]
    [InlineData("overlapp etter aapen periode", T, 3, 1, Satserfeilkoder.Overlapp)]
    [InlineData("ulik gyldig_til", L, 29, 2, Satserfeilkoder.UlikGyldigTil)]
    [InlineData("kategori mangler", L, 28, 0, Satserfeilkoder.KategoriMangler)]
    [InlineData("barn_15_pluss mangler", L, 22, 0, Satserfeilkoder.KategoriMangler)]
    [InlineData("barn fra 11 mangler", L, 17, 0, Satserfeilkoder.KategoriMangler)]
    [InlineData("baand blandet", L, 28, 3, Satserfeilkoder.KategoriBlandet)]
    [InlineData("ett baand etter 2023-07-01", L, 32, 3, Satserfeilkoder.KategoriFeilPeriode)]
    [InlineData("ett baand over 2023-07-01", L, 21, 3, Satserfeilkoder.KategoriFeilPeriode)]
    [InlineData("todelte baand foer 2023-07-01", L, 21, 3, Satserfeilkoder.KategoriFeilPeriode)]
    [InlineData("samvaersklasse mangler", S, 6, 0, Satserfeilkoder.KategoriMangler)]
    [InlineData("livsopphold uten siste kjente dag", L, 34, 2, Satserfeilkoder.SistKjenteDagMangler)]
    [InlineData("samvaer uten siste kjente dag", S, 10, 2, Satserfeilkoder.SistKjenteDagMangler)]
    [InlineData("forsinkelsesrente uten siste kjente dag", F, 34, 2, Satserfeilkoder.SistKjenteDagMangler)]
    [InlineData("parameter mangler", T, 0, 0, Satserfeilkoder.ParameterMangler)]
    [InlineData("manifest, ukjent tabell", M, 7, 1, Satserfeilkoder.UkjentTabell)]
    [InlineData("manifest, tabell mangler", M, 0, 0, Satserfeilkoder.TabellMangler)]
    [InlineData("manifest, duplikat", M, 7, 1, Satserfeilkoder.Duplikat)]
    [InlineData("manifest, ugyldig filnavn", M, 3, 2, Satserfeilkoder.UgyldigFilnavn)]
    [InlineData("manifest, ugyldig sha256", M, 5, 4, Satserfeilkoder.UgyldigSha256)]
    [InlineData("manifest, versjon mangler", M, 6, 3, Satserfeilkoder.VerdiMangler)]
    public void Each_rule_is_reported_with_file_line_and_column(string brudd, string fil, int linje, int kolonne, string regel)
    {
        using var k = new Satskatalog();
        Brudd[brudd](k);
        if (brudd != "manifest, ugyldig sha256")
        {
            k.OppdaterManifest();
        }

        var feil = SatserLaster.Valider(k.Sti);

        feil.Should().ContainSingle("only the rule provoked should be broken, got: {0}", string.Join(" | ", feil))
            .Which.Should().Match<SatserFeil>(f => f.Fil == fil && f.Linje == linje && f.Kolonne == kolonne && f.Regel == regel);
        FluentActions.Invoking(() => SatserLaster.LastFraKatalog(k.Sti))
            .Should().Throw<SatserException>().Which.Feil.Should().Equal(feil);
    }

    [Fact]
    public void A_changed_file_with_a_stale_manifest_is_refused()
    {
        using var k = new Satskatalog();
        k.Erstatt(L, "enslig,10724,", "enslig,10725,");

        var feil = SatserLaster.Valider(k.Sti);

        var f = feil.Should().ContainSingle().Which;
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((M, 2, 4, Satserfeilkoder.FeilSha256));
        f.Melding.Should().Contain("livsopphold.csv");
        FluentActions.Invoking(() => SatserLaster.LastFraKatalog(k.Sti)).Should().Throw<SatserException>();
    }

    [Fact]
    public void A_missing_directory_is_reported()
    {
        var sti = Path.Combine(Path.GetTempPath(), "finnes-ikke-" + Guid.NewGuid().ToString("N"));
        SatserLaster.Valider(sti).Should().ContainSingle().Which.Regel.Should().Be(Satserfeilkoder.KatalogMangler);
        FluentActions.Invoking(() => SatserLaster.LastFraKatalog(sti))
            .Should().Throw<SatserException>().Which.Feil.Should().ContainSingle();
    }

    [Fact]
    public void Several_errors_in_several_files_are_all_reported_in_file_and_line_order()
    {
        using var k = new Satskatalog();
        k.Erstatt(L, "enslig,10724,", "enslig,10724.001,");
        k.Erstatt(L, "2024-07-01,2025-06-30,barn_15_pluss,", "2024-07-01,2025-06-30,barn_16_pluss,");
        k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2010-07-01,8.75");
        k.Erstatt(T, "tak_maks_prosent_av_brutto,80,", "tak_maks_prosent_av_brutto,8O,");
        k.Slett(R);
        k.OppdaterManifest();
        k.Erstatt(S, "2024-07-01,2025-06-30,1,317,", "2024-07-01,2025-06-30,1,318,"); // after the manifest: a stale hash

        var feil = SatserLaster.Valider(k.Sti);

        feil.Select(f => (f.Fil, f.Linje, f.Kolonne, f.Regel)).Should().Equal(
            (M, 3, 4, Satserfeilkoder.FeilSha256),
            (L, 28, 0, Satserfeilkoder.KategoriMangler), // barn_15_pluss is gone from the 2024 period ...
            (L, 28, 4, Satserfeilkoder.ForMangeDesimaler),
            (L, 33, 3, Satserfeilkoder.UkjentKategori), // ... because its row now names an unknown category
            (F, 3, 1, Satserfeilkoder.Overlapp),
            (R, 0, 0, Satserfeilkoder.FilMangler),
            (T, 3, 4, Satserfeilkoder.UgyldigTall));
        FluentActions.Invoking(() => SatserLaster.LastFraKatalog(k.Sti))
            .Should().Throw<SatserException>()
            .Which.Should().Match<SatserException>(e => e.Feil.Count == 7 && e.Message.Contains("forsinkelsesrente.csv:3:1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_manifest_the_tables_are_still_validated_under_their_standard_names()
    {
        using var k = new Satskatalog();
        k.Slett(M);
        k.Erstatt(F, "2010-01-01,2010-06-30,8.75", "2010-01-01,2010-06-30,-8.75");

        SatserLaster.Valider(k.Sti).Select(f => (f.Fil, f.Linje, f.Kolonne, f.Regel)).Should().Equal(
            (M, 0, 0, Satserfeilkoder.FilMangler),
            (F, 2, 3, Satserfeilkoder.IkkePositiv));
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_quoted_line_breaks()
    {
        using var k = new Satskatalog();
        var linjer = k.Linjer(R).ToList();
        linjer[1] = "2015-01-01,2015-12-31,860,\"a source written\nover two lines\",kunngjort";
        linjer.Insert(2, string.Empty);
        k.SkrivLinjer(R, linjer);
        k.Erstatt(R, "2016-01-01,2016-12-31,1025,", "2016-01-01,2016-12-31,1025.5.0,");
        k.OppdaterManifest();

        // line 1 header, 2–3 the 2015 row, 4 blank, 5 the 2016 row.
        var f = SatserLaster.Valider(k.Sti).Should().ContainSingle().Which;
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((R, 5, 3, Satserfeilkoder.UgyldigTall));
    }

    [Fact]
    public void A_gap_between_periods_is_allowed()
    {
        using var k = new Satskatalog();
        k.SlettLinje(F, 20);
        k.OppdaterManifest();

        SatserLaster.Valider(k.Sti).Should().BeEmpty("a gap stays a gap; lookups in it are Mangler");
    }

    [Fact]
    public void Error_text_is_file_line_column_message_rule()
    {
        var f = new SatserFeil("livsopphold.csv", 28, 4, "IKKE_POSITIV", "beloep_per_maaned '0' må være større enn 0.");
        f.ToString().Should().Be("livsopphold.csv:28:4: beloep_per_maaned '0' må være større enn 0. [IKKE_POSITIV]");
    }

    [Fact]
    public void Every_broken_case_above_names_a_distinct_provocation()
    {
        // Guards the table of cases against a typo that leaves a case unused.
        var brukt = typeof(SatserValideringTests).GetMethod(nameof(Each_rule_is_reported_with_file_line_and_column))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0])
            .ToList();
        brukt.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Brudd.Keys);
    }
}
