using System.Text.Json.Serialization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;

namespace Utleggstrekk.Json;

/// <summary>
/// The result document of <c>innsyn --json</c>: the five aggregates of forskrift 2025-07-09-1510 § 4 in the shape of
/// the ELAN innsyn model. Nothing in it names another creditor or another krav.
/// </summary>
public sealed class InnsynUtdata
{
    /// <summary>(a).</summary>
    public required SumUtdata KravMedHoeyerePrioritet { get; init; }

    /// <summary>(b).</summary>
    public required SammePrioritetUtdata KravMedSammePrioritet { get; init; }

    /// <summary>(c).</summary>
    public required BidragUtdata DekningAvUforfalteBidragskrav { get; init; }

    /// <summary>(d).</summary>
    public required MottattUtdata MottattTrekkbeloepSistePeriode { get; init; }

    /// <summary>(e).</summary>
    public required IReadOnlyList<TrekkpliktigUtdata> BesluttetTrekkPerTrekkpliktig { get; init; }

    /// <summary>
    /// True when the stipulated interest in (a) and (b) used a derived forsinkelsesrente (kildegrad <c>avledet</c>), not a
    /// published one.
    /// </summary>
    public required bool Avledet { get; init; }

    /// <summary>Builds the document from an answer that gives innsyn.</summary>
    public static InnsynUtdata Fra(Innsynssvar svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        var a = svar.Aggregater;
        return new InnsynUtdata
        {
            KravMedHoeyerePrioritet = new SumUtdata { SumGjenstaaendeBeloep = a.SumHoeyerePrioritet },
            KravMedSammePrioritet = new SammePrioritetUtdata
            {
                SumGjenstaaendeBeloep = a.SumSammePrioritet,
                KravetsAndel = a.KravetsAndel,
                KravetsDividendegrunnlag = a.KravetsDividendegrunnlag,
                AndreKravsDividendegrunnlag = a.AndreKravsDividendegrunnlag,
            },
            DekningAvUforfalteBidragskrav = new BidragUtdata { MaanedligBidragsforpliktelse = a.MaanedligBidragsforpliktelse },
            MottattTrekkbeloepSistePeriode = new MottattUtdata
            {
                Startdato = svar.MottattFra,
                Sluttdato = svar.Dato,
                Mottatt = [.. svar.Mottatt.Select(m => new MottakUtdata { Dato = m.Dato, Trekkbeloep = m.Beloep })],
            },
            BesluttetTrekkPerTrekkpliktig = [.. svar.BesluttetTrekk.Select(t => new TrekkpliktigUtdata
            {
                Trekkpliktig = t.Trekkpliktig.ToString(),
                Perioder = [.. t.Perioder.Select(p => new TrekkperiodeUtdataInnsyn
                {
                    Startdato = p.Fra,
                    Sluttdato = p.Til?.PlusDays(-1),
                    Trekkbeloep = p.Beloep,
                    Trekkprosent = p.Prosent,
                })],
            })],
            Avledet = svar.Avledet,
        };
    }
}

/// <summary>A sum of remaining amounts plus stipulated interest.</summary>
public sealed class SumUtdata
{
    /// <summary>The sum.</summary>
    public required Beloep SumGjenstaaendeBeloep { get; init; }
}

/// <summary>Aggregate (b).</summary>
public sealed class SammePrioritetUtdata
{
    /// <summary>The other claims of the class not covered before the krav.</summary>
    public required Beloep SumGjenstaaendeBeloep { get; init; }

    /// <summary>Own / (own + others), percent, two decimals.</summary>
    public required Prosent KravetsAndel { get; init; }

    /// <summary>The krav's remaining amount plus stipulated interest.</summary>
    public required Beloep KravetsDividendegrunnlag { get; init; }

    /// <summary>The others' remaining amounts plus stipulated interest.</summary>
    public required Beloep AndreKravsDividendegrunnlag { get; init; }
}

/// <summary>Aggregate (c).</summary>
public sealed class BidragUtdata
{
    /// <summary>The løpende bidrag per month.</summary>
    public required Beloep MaanedligBidragsforpliktelse { get; init; }
}

/// <summary>Aggregate (d).</summary>
public sealed class MottattUtdata
{
    /// <summary>One month before the innsyn date (inclusive).</summary>
    public required LocalDate Startdato { get; init; }

    /// <summary>The innsyn date (inclusive).</summary>
    public required LocalDate Sluttdato { get; init; }

    /// <summary>The amounts received, by date.</summary>
    public required IReadOnlyList<MottakUtdata> Mottatt { get; init; }
}

/// <summary>One amount received.</summary>
public sealed class MottakUtdata
{
    /// <summary>The day.</summary>
    public required LocalDate Dato { get; init; }

    /// <summary>The amount.</summary>
    public required Beloep Trekkbeloep { get; init; }
}

/// <summary>Aggregate (e) for one trekkpliktig.</summary>
public sealed class TrekkpliktigUtdata
{
    /// <summary>The trekkpliktig's organisation number.</summary>
    public required string Trekkpliktig { get; init; }

    /// <summary>The periods.</summary>
    public required IReadOnlyList<TrekkperiodeUtdataInnsyn> Perioder { get; init; }
}

/// <summary>One decided trekk period: its first and last day (both inclusive; no last day when open-ended) and an amount or a percent.</summary>
public sealed class TrekkperiodeUtdataInnsyn
{
    /// <summary>First day.</summary>
    public required LocalDate Startdato { get; init; }

    /// <summary>Last day (inclusive: the trekkpålegg's <c>til</c> minus one day), null when open-ended.</summary>
    public required LocalDate? Sluttdato { get; init; }

    /// <summary>Amount per month, when the trekk is an amount.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Beloep? Trekkbeloep { get; init; }

    /// <summary>Percent, when the trekk is a percent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Prosent? Trekkprosent { get; init; }
}

/// <summary>The result document of <c>framskriv --json</c> for one amount.</summary>
public sealed class FramskrivUtdata
{
    /// <summary>The what-if amount, only inside <see cref="FramskrivAlternativerUtdata.Alternativer"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Beloep? Beloep { get; init; }

    /// <summary>Per krav.</summary>
    public required IReadOnlyList<KravFramskrivingUtdata> Krav { get; init; }

    /// <summary>Per month.</summary>
    public required IReadOnlyList<MaanedUtdata> Maaneder { get; init; }

    /// <summary>
    /// True when some figure of the projection rests on an assumed forsinkelsesrente: a month's interest or a claim's
    /// start (what the CLI's and the web page's note say). Not written to JSON: the flags it sums are.
    /// </summary>
    [JsonIgnore]
    public bool NoeAntatt => Maaneder.Any(m => m.Antatt) || Krav.Any(k => k.StartAntatt);

    /// <summary>As <see cref="NoeAntatt"/> for a derived forsinkelsesrente (kildegrad <c>avledet</c>).</summary>
    [JsonIgnore]
    public bool NoeAvledet => Maaneder.Any(m => m.Avledet) || Krav.Any(k => k.StartAvledet);

    /// <summary>Builds the document from a projection.</summary>
    public static FramskrivUtdata Fra(Framskrivingsgrunnlag grunnlag, ReadOnlySpan<KravFramskriving> krav, ReadOnlySpan<Framskrivingsmaaned> maaneder, Beloep? beloep)
    {
        ArgumentNullException.ThrowIfNull(grunnlag);
        var k = new List<KravFramskrivingUtdata>(krav.Length);
        for (var i = 0; i < krav.Length; i++)
        {
            var x = krav[i];
            k.Add(new KravFramskrivingUtdata
            {
                Id = grunnlag.Trekk.Krav[i].Id,
                Innfridd = x.ErInnfridd ? Maaned(grunnlag.MaanedFra(x.InnfriddMaaned)) : null,
                Start = x.Start,
                Gjenstaaende = x.Gjenstaaende,
                Renter = x.Renter,
                Mottatt = x.Mottatt,
                StartAntatt = x.StartAntatt,
                StartAvledet = x.StartAvledet,
            });
        }

        var m = new List<MaanedUtdata>(maaneder.Length);
        foreach (var x in maaneder)
        {
            m.Add(new MaanedUtdata
            {
                Maaned = Maaned(x.Fra),
                Fra = x.Fra,
                Betaling = x.Betaling,
                Fordelt = x.Fordelt,
                Overskudd = x.Overskudd,
                Tilbakebetales = x.Tilbakebetales,
                Renter = x.Renter,
                Gjenstaaende = x.Gjenstaaende,
                Antatt = x.Antatt,
                Avledet = x.Avledet,
            });
        }

        return new FramskrivUtdata { Beloep = beloep, Krav = k, Maaneder = m };
    }

    /// <summary><c>YYYY-MM</c>.</summary>
    public static string Maaned(LocalDate dato) => dato.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The result document of <c>framskriv --json</c> with several amounts.</summary>
public sealed class FramskrivAlternativerUtdata
{
    /// <summary>One projection per amount, in the order given.</summary>
    public required IReadOnlyList<FramskrivUtdata> Alternativer { get; init; }
}

/// <summary>One krav at the end of a projection.</summary>
public sealed class KravFramskrivingUtdata
{
    /// <summary>The krav id.</summary>
    public required string Id { get; init; }

    /// <summary>The month (<c>YYYY-MM</c>) it is paid off, or null when something remains at the horizon.</summary>
    public required string? Innfridd { get; init; }

    /// <summary>
    /// What the claim needed on the projection's first day: remaining plus accrued interest plus interest stipulated to
    /// that day (the figure <see cref="StartAntatt"/> and <see cref="StartAvledet"/> describe; 0 for a løpende bidrag).
    /// </summary>
    public Beloep Start { get; init; }

    /// <summary>What remains at the horizon (principal plus unpaid interest).</summary>
    public required Beloep Gjenstaaende { get; init; }

    /// <summary>Interest accrued over the projection.</summary>
    public required Beloep Renter { get; init; }

    /// <summary>Total received.</summary>
    public required Beloep Mottatt { get; init; }

    /// <summary>
    /// True when the claim's start (remaining plus accrued interest plus interest stipulated to the projection's first
    /// day) includes stipulated interest at an assumed forsinkelsesrente (carried forward past the table's end).
    /// </summary>
    public bool StartAntatt { get; init; }

    /// <summary>
    /// True when the claim's start includes interest stipulated to the projection's first day at a derived
    /// forsinkelsesrente (kildegrad <c>avledet</c>), not a published one.
    /// </summary>
    public bool StartAvledet { get; init; }
}

/// <summary>One month of a projection.</summary>
public sealed class MaanedUtdata
{
    /// <summary><c>YYYY-MM</c> of the month's first day.</summary>
    public required string Maaned { get; init; }

    /// <summary>The month's first day.</summary>
    public required LocalDate Fra { get; init; }

    /// <summary>The trekk paid.</summary>
    public required Beloep Betaling { get; init; }

    /// <summary>What the claims received.</summary>
    public required Beloep Fordelt { get; init; }

    /// <summary>What was left over.</summary>
    public required Beloep Overskudd { get; init; }

    /// <summary>
    /// What the month took beyond what the claims needed, to be paid back to the debtor (Retningslinje pkt. 8.7); only
    /// the month that pays the last claim can have it, since later months take no trekk beyond the løpende bidrag due.
    /// </summary>
    public required Beloep Tilbakebetales { get; init; }

    /// <summary>Interest accrued over the month.</summary>
    public required Beloep Renter { get; init; }

    /// <summary>What remains of all claims at the month's end.</summary>
    public required Beloep Gjenstaaende { get; init; }

    /// <summary>True when the month's interest used an assumed (carried-forward) rate.</summary>
    public required bool Antatt { get; init; }

    /// <summary>True when the month's interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>), not a published one.</summary>
    public required bool Avledet { get; init; }
}
