using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Utleggstrekk.Web.Tests;

/// <summary>
/// The service on a real socket (127.0.0.1, a free port) and Debian's Chromium driven by Playwright. No browser is
/// downloaded: Playwright is pointed at <c>/usr/bin/chromium</c> (installed by <c>.ci/run</c> when missing).
/// </summary>
public sealed class Nettleserfikstur : IAsyncLifetime
{
    /// <summary>Debian's Chromium.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The browser.</summary>
    public IBrowser Nettleser { get; private set; } = null!;

    /// <summary>The service's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Adresse { get; private set; } = string.Empty;

    /// <summary>Where the screenshots go (the test output).</summary>
    public string Skjermbildemappe { get; } = Path.Combine(AppContext.BaseDirectory, "skjermbilder");

    public async Task InitializeAsync()
    {
        _app = Tjeneste.Lag(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        Adresse = _app.Urls.First();
        Directory.CreateDirectory(Skjermbildemappe);
        _playwright = await Playwright.CreateAsync();
        Nettleser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Nettleser is not null)
        {
            await Nettleser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

public class NettleserTests(Nettleserfikstur f, ITestOutputHelper utdata) : IClassFixture<Nettleserfikstur>
{
    /// <summary>What the browser said on the console (a style or image the content security policy blocked would show here).</summary>
    private readonly List<string> _konsoll = [];

    private async Task<IPage> NySideAsync(int bredde = 1280)
    {
        var side = await f.Nettleser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = bredde, Height = 900 }, Locale = "nb-NO" });
        side.SetDefaultTimeout(15_000);
        side.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                _konsoll.Add(m.Text);
            }
        };
        await side.GotoAsync(f.Adresse + "/");
        return side;
    }

    /// <summary>True when the page is no wider than the window (tables scroll in their own box).</summary>
    private static async Task<bool> PasserIBreddenAsync(IPage side)
    {
        var passer = await side.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
        if (!passer)
        {
            // Name the elements that stick out, for the failure message.
            var for_brede = await side.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.tabellboks')).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
            throw new Xunit.Sdk.XunitException("For bredt ved " + await side.EvaluateAsync<int>("() => window.innerWidth") + " px: " + string.Join(", ", for_brede));
        }

        return passer;
    }

    /// <summary>Code names a caseworker should never read in the explanation.</summary>
    private static readonly System.Text.RegularExpressions.Regex Kodenavn = new(
        @"\b[a-z]+[A-Z][A-Za-z]*\b|\[\d+\]|\btrue\b|\bfalse\b|(?<![\d.])\d+\.\d{2}(?![\d.])|_|\.csv|\bupdated\b|Samvaer|Skyldnersandel|RaaTrekk|\b\d\. \d\.",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    [Fact]
    public async Task Nine_thousand_typed_with_a_space_is_read_and_with_a_point_is_refused_naming_the_field()
    {
        var side = await NySideAsync();
        await FyllSpecEksempelAsync(side);
        await side.GetByLabel("Boutgift per måned", new() { Exact = true }).FillAsync("9 000");
        await side.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();
        // 40 000 − 10 000 − (10 724 livsopphold + 9 000 boutgift) = 10 276.
        await Assertions.Expect(side.Locator("#trekk")).ToHaveTextAsync("Trekk per måned: 10 276 kr");

        await side.GetByLabel("Boutgift per måned", new() { Exact = true }).FillAsync("9.000");
        await side.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();
        await Assertions.Expect(side.Locator("#trekk")).ToHaveCountAsync(0);
        var feil = side.Locator("#feil");
        await Assertions.Expect(feil).ToContainTextAsync("Boutgift per måned («9.000»): Skriv beløpet i kroner som 9000 eller 9 000");
        await Assertions.Expect(side.Locator("#boutgift-feil")).ToContainTextAsync("med komma foran øre: 9 000,50");
        await Assertions.Expect(side.GetByLabel("Boutgift per måned", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");

        // The link in the error list takes the keyboard to the field.
        await feil.GetByRole(AriaRole.Link, new() { Name = "Boutgift per måned" }).ClickAsync();
        (await side.EvaluateAsync<string>("() => location.hash")).Should().Be("#boutgift");
        await SkjermbildeAsync(side, "7-tvetydig-beloep.png");
        _konsoll.Should().BeEmpty();
    }

    [Fact]
    public async Task The_explanation_is_in_a_caseworkers_words()
    {
        var side = await NySideAsync();
        await side.GetByLabel("Last inn en sak fra fil (SAK.json)").SetInputFilesAsync(Repo.Eksempel("par-tre-barn-to-samvaersbarn.json"));
        await side.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();
        var forklaring = side.Locator("#forklaring");
        await Assertions.Expect(forklaring).ToContainTextAsync("Livsopphold for husstanden: 30 299 kr");
        await Assertions.Expect(forklaring).ToContainTextAsync("Barn 2, født 01.05.2016 (8 år): 3 642,40 kr");
        await Assertions.Expect(forklaring).ToContainTextAsync("Redusert som fjerde person eller senere: Ja");
        await Assertions.Expect(forklaring).ToContainTextAsync("Kilde: deknl. § 2-7 første ledd");
        var tekst = await forklaring.InnerTextAsync();
        Kodenavn.Matches(tekst).Select(m => m.Value).Should().BeEmpty("the explanation is for a caseworker, not a developer:\n" + tekst);

        // Each top-level step numbered once by the list, never "2. 1. …".
        (await forklaring.Locator(":scope > li").CountAsync()).Should().BeGreaterThan(4);
        (await side.Locator("#forklaring ol").CountAsync()).Should().Be(0);
        _konsoll.Should().BeEmpty();
    }

    [Fact]
    public async Task At_390_px_nothing_overflows_and_the_tables_scroll_in_their_own_box()
    {
        var side = await NySideAsync(390);
        (await PasserIBreddenAsync(side)).Should().BeTrue("the empty form");
        await FyllSpecEksempelAsync(side);
        await side.GetByLabel("Variant 1: felt").SelectOptionAsync(new SelectOptionValue { Label = "Boutgift per måned" });
        await side.GetByLabel("Variant 1: ny verdi").FillAsync("9 500");
        await side.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();
        await Assertions.Expect(side.Locator("#trekk")).ToHaveTextAsync("Trekk per måned: 11 276 kr");
        (await PasserIBreddenAsync(side)).Should().BeTrue("the result with a variant column");
        await SkjermbildeAsync(side, "8-hva-om-390px.png");

        await side.GotoAsync(f.Adresse + "/trekk");
        await side.GetByLabel("Last inn et trekk fra fil (TREKK.json)").SetInputFilesAsync(Repo.Eksempel("trekk-blandet.json"));
        await side.GetByLabel("Første måned (fra)").FillAsync("2025-03-01");
        await side.GetByLabel("Trekk per måned i dag (kr)").FillAsync("6 000");
        await side.GetByLabel("Hva om trekket var … kr per måned").FillAsync("9 000");
        await side.GetByRole(AriaRole.Button, new() { Name = "Vis fordeling og framskriving" }).ClickAsync();
        await Assertions.Expect(side.Locator("#fordeling")).ToBeVisibleAsync();
        (await PasserIBreddenAsync(side)).Should().BeTrue("the fordeling table and the charts");
        var boks = side.Locator(".tabellboks").First;
        (await boks.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth")).Should().BeTrue("the wide table scrolls inside its box");
        await SkjermbildeAsync(side, "9-trekk-390px.png");
        _konsoll.Should().BeEmpty();
    }

    private async Task SkjermbildeAsync(IPage side, string navn)
    {
        var fil = Path.Combine(f.Skjermbildemappe, navn);
        await side.ScreenshotAsync(new PageScreenshotOptions { Path = fil, FullPage = true });
        utdata.WriteLine("Skjermbilde: " + fil);
    }

    /// <summary>The SPEC §4 worked example, typed into the labelled fields.</summary>
    private static async Task FyllSpecEksempelAsync(IPage side)
    {
        await side.GetByLabel("Beregningsdato").FillAsync("2025-03-01");
        await side.GetByLabel("Brutto lønn/ytelse per måned").FillAsync("40 000");
        await side.GetByLabel("Forskuddstrekk per måned").FillAsync("10 000");
        await side.GetByLabel("Sivilstand").SelectOptionAsync("enslig");
        await side.GetByLabel("Boutgift per måned", new() { Exact = true }).FillAsync("8 000");
    }

    [Fact]
    public async Task The_spec_example_typed_in_gives_11_276_kr_and_a_higher_boutgift_variant_shows_both_columns()
    {
        var side = await NySideAsync();
        await FyllSpecEksempelAsync(side);
        await SkjermbildeAsync(side, "1-skjema-utfylt.png");

        // Submitted from the keyboard: Enter in a field submits the form with its first button, «Beregn».
        await side.GetByLabel("Boutgift per måned", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(side.Locator("#trekk")).ToHaveTextAsync("Trekk per måned: 11 276 kr");
        await Assertions.Expect(side.Locator("#begrensning")).ToContainTextAsync("Bindende begrensning: Livsopphold");
        await Assertions.Expect(side.Locator("#forklaring")).ToContainTextAsync("deknl. § 2-7");
        await Assertions.Expect(side.Locator("#foreldede-satser")).ToHaveCountAsync(0);
        await SkjermbildeAsync(side, "2-resultat.png");

        // What if the boutgift is documented at 9 500? Add it as variant 1, and a second variant row for more.
        await side.GetByLabel("Variant 1: felt").SelectOptionAsync(new SelectOptionValue { Label = "Boutgift per måned" });
        await side.GetByLabel("Variant 1: ny verdi").FillAsync("9 500");
        await side.GetByRole(AriaRole.Button, new() { Name = "Legg til variant" }).ClickAsync();
        await Assertions.Expect(side.GetByLabel("Variant 2: felt")).ToBeVisibleAsync();
        await side.GetByLabel("Variant 2: felt").SelectOptionAsync(new SelectOptionValue { Label = "Forskuddstrekk per måned" });
        await side.GetByLabel("Variant 2: ny verdi").FillAsync("12000");
        await side.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();

        var tabell = side.Locator("#sammenligning");
        await Assertions.Expect(tabell.Locator("thead th")).ToHaveTextAsync(["Post", "Grunnlag", "Variant 1: Boutgift per måned = 9 500", "Variant 2: Forskuddstrekk per måned = 12000"]);
        var trekkrad = tabell.Locator("tbody tr").First;
        // Boutgift 9 500: share 20 224, raw 30 000 − 20 224 = 9 776. Forskuddstrekk 12 000: available 28 000, raw 9 276.
        await Assertions.Expect(trekkrad.Locator("td")).ToHaveTextAsync(["11 276 kr", "9 776 kr (endret)", "9 276 kr (endret)"]);
        await Assertions.Expect(trekkrad.Locator("td.endret")).ToHaveCountAsync(2);
        await Assertions.Expect(side.Locator("#trekk")).ToHaveTextAsync("Trekk per måned: 11 276 kr");
        await SkjermbildeAsync(side, "3-varianter.png");

        if (Stier.Oppdater)
        {
            await side.ScreenshotAsync(new PageScreenshotOptions { Path = Stier.Docs("skjermbilde-hva-om.png"), FullPage = false });
        }

        _konsoll.Should().BeEmpty("the content security policy blocks nothing the page uses");
    }

    [Fact]
    public async Task A_date_past_the_known_satser_shows_the_warning()
    {
        var side = await NySideAsync();
        await FyllSpecEksempelAsync(side);
        await side.GetByLabel("Beregningsdato").FillAsync("2031-03-01");
        await side.GetByLabel("Tillat antatte satser (siste kjente satser videreført)").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();
        await Assertions.Expect(side.Locator("#foreldede-satser")).ToContainTextAsync("Satsene er foreldet");
        await Assertions.Expect(side.Locator("#trekk")).ToContainTextAsync("Trekk per måned:");
        await SkjermbildeAsync(side, "4-foreldede-satser.png");
    }

    /// <summary>Counts the line series of a chart: OxyPlot draws each as a 2 px polyline; a legend swatch has only two points.</summary>
    private const string TellSerier =
        "svg => [...svg.querySelectorAll('polyline')].filter(p => p.getAttribute('stroke-width') === '2' && p.getAttribute('points').trim().split(' ').length > 2).length";

    [Fact]
    public async Task The_mixed_trekk_example_loaded_from_file_shows_the_fordeling_and_a_chart_per_amount()
    {
        var side = await NySideAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Fordeling og framskriving (TREKK.json)" }).ClickAsync();
        await Assertions.Expect(side.Locator("h1")).ToHaveTextAsync("Utleggstrekk – fordeling og framskriving");

        await side.GetByLabel("Last inn et trekk fra fil (TREKK.json)").SetInputFilesAsync(Repo.Eksempel("trekk-blandet.json"));
        await side.GetByLabel("Første måned (fra)").FillAsync("2025-03-01");
        await side.GetByLabel("Antall måneder").FillAsync("24");
        await side.GetByLabel("Trekk per måned i dag (kr)").FillAsync("6 000");
        await side.GetByLabel("Hva om trekket var … kr per måned").FillAsync("9 000");
        await SkjermbildeAsync(side, "5-trekk-utfylt.png");

        // From the keyboard: Enter in the last field submits.
        await side.GetByLabel("Hva om trekket var … kr per måned").PressAsync("Enter");
        await Assertions.Expect(side.Locator(".merknad")).ToHaveTextAsync("Trekket er lest fra trekk-blandet.json.");
        var rader = side.Locator("#fordeling tbody tr");
        await Assertions.Expect(rader.Locator("th")).ToHaveTextAsync(["A", "B", "C", "D", "E", "F"]);
        // The share column: the løpende bidrag A and B first (class a), then F (class d) gets the last 1 000.
        await Assertions.Expect(rader.Locator("td:nth-of-type(6)")).ToHaveTextAsync(["3 000 kr", "2 000 kr", "0 kr", "0 kr", "0 kr", "1 000 kr"]);

        foreach (var figur in new[] { "#diagram-i-dag", "#diagram-hva-om" })
        {
            var svg = side.Locator(figur + " svg");
            await Assertions.Expect(svg).ToBeVisibleAsync();
            (await svg.EvaluateAsync<int>(TellSerier)).Should().Be(4, "one series per krav with a balance: C, D, E, F");
            await Assertions.Expect(svg).ToHaveAttributeAsync("role", "img");
        }

        await Assertions.Expect(side.Locator("#diagram-hva-om figcaption")).ToContainTextAsync("Hva om trekket var 9 000 kr per måned");
        await Assertions.Expect(side.Locator("#innfridd tbody tr").First.Locator("td")).ToHaveTextAsync(["2027-02", "2025-08"]);
        await SkjermbildeAsync(side, "6-trekk-fordeling-og-framskriving.png");

        if (Stier.Oppdater)
        {
            await side.Locator("#resultat").ScreenshotAsync(new LocatorScreenshotOptions { Path = Stier.Docs("skjermbilde-framskriving.png") });
        }
    }
}
