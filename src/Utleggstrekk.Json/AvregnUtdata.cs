using NodaTime;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>The result document of <c>avregn --json</c> (and <c>POST /api/avregn</c>).</summary>
public sealed class AvregnUtdata
{
    /// <summary>The avregning's date.</summary>
    public required LocalDate Dato { get; init; }

    /// <summary>The distribution rule (<c>tidsprioritet</c> or <c>samordnet</c>).</summary>
    public required string Regel { get; init; }

    /// <summary>Per krav, in input order.</summary>
    public required IReadOnlyList<KravAvregningUtdata> Krav { get; init; }

    /// <summary>Per payment, in the order placed (date, then order in <c>mottatt</c>).</summary>
    public required IReadOnlyList<BetalingAvregningUtdata> Betalinger { get; init; }

    /// <summary>The totals.</summary>
    public required AvregningSumUtdata Sum { get; init; }

    /// <summary>True when some interest used a forsinkelsesrente carried forward past the table's end.</summary>
    public required bool Antatt { get; init; }

    /// <summary>True when some interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>), not a published one.</summary>
    public required bool Avledet { get; init; }

    /// <summary>Builds the document.</summary>
    public static AvregnUtdata Fra(Avregningsresultat r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new AvregnUtdata
        {
            Dato = r.Dato,
            Regel = Koder.Fordelingsregler.TekstFor(r.Regel),
            Krav = KravAv(r),
            Betalinger = BetalingerAv(r),
            Sum = SumAv(r.Sum),
            Antatt = r.Sum.Antatt,
            Avledet = r.Sum.Avledet,
        };
    }

    private static List<KravAvregningUtdata> KravAv(Avregningsresultat r)
    {
        var krav = new List<KravAvregningUtdata>(r.Krav.Length);
        for (var i = 0; i < r.Krav.Length; i++)
        {
            var k = r.Krav[i];
            krav.Add(new KravAvregningUtdata
            {
                Id = r.KravId[i],
                DekketHovedstol = k.DekketHovedstol,
                DekketRenter = k.DekketRenter,
                Dekket = k.Dekket,
                Renter = k.Renter,
                GjenstaaendeHovedstol = k.GjenstaaendeHovedstol,
                GjenstaaendeRenter = k.GjenstaaendeRenter,
                Gjenstaaende = k.Gjenstaaende,
            });
        }

        return krav;
    }

    private static List<BetalingAvregningUtdata> BetalingerAv(Avregningsresultat r)
    {
        var betalinger = new List<BetalingAvregningUtdata>(r.Betalinger.Length);
        for (var b = 0; b < r.Betalinger.Length; b++)
        {
            var x = r.Betalinger[b];
            betalinger.Add(new BetalingAvregningUtdata
            {
                Mottatt = x.Indeks,
                Dato = x.Dato,
                Beloep = x.Beloep,
                Plassert = x.Plassert,
                Tilbakebetales = x.Tilbakebetales,
                Andeler = AndelerAv(r, b),
            });
        }

        return betalinger;
    }

    /// <summary>What payment <paramref name="b"/> covered, per krav that got something, in krav order.</summary>
    private static List<PlasseringUtdata> AndelerAv(Avregningsresultat r, int b)
    {
        var andeler = new List<PlasseringUtdata>();
        for (var i = 0; i < r.Krav.Length; i++)
        {
            var p = r.PlasseringFor(b, i);
            if (!p.Sum.ErNull)
            {
                andeler.Add(new PlasseringUtdata { Id = r.KravId[i], Hovedstol = p.Hovedstol, Renter = p.Renter });
            }
        }

        return andeler;
    }

    private static AvregningSumUtdata SumAv(Avregningssum s) => new()
    {
        Mottatt = s.Mottatt,
        Plassert = s.Plassert,
        Tilbakebetales = s.Tilbakebetales,
        DekketHovedstol = s.DekketHovedstol,
        DekketRenter = s.DekketRenter,
        TilLoependeBidrag = s.TilLoependeBidrag,
        Gjenstaaende = s.Gjenstaaende,
    };
}

/// <summary>One krav after the avregning.</summary>
public sealed class KravAvregningUtdata
{
    /// <summary>The krav id.</summary>
    public required string Id { get; init; }

    /// <summary>Principal covered (a løpende bidrag: the amounts due covered).</summary>
    public required Beloep DekketHovedstol { get; init; }

    /// <summary>Interest covered.</summary>
    public required Beloep DekketRenter { get; init; }

    /// <summary>Both.</summary>
    public required Beloep Dekket { get; init; }

    /// <summary>Interest accrued over the avregning (from renteFra to the date; without the given paaloeptRente).</summary>
    public required Beloep Renter { get; init; }

    /// <summary>Principal remaining on the date.</summary>
    public required Beloep GjenstaaendeHovedstol { get; init; }

    /// <summary>Interest accrued and unpaid on the date.</summary>
    public required Beloep GjenstaaendeRenter { get; init; }

    /// <summary>Both.</summary>
    public required Beloep Gjenstaaende { get; init; }
}

/// <summary>One payment as placed.</summary>
public sealed class BetalingAvregningUtdata
{
    /// <summary>Its index in <c>mottatt</c> (0-based).</summary>
    public required int Mottatt { get; init; }

    /// <summary>The day received.</summary>
    public required LocalDate Dato { get; init; }

    /// <summary>The amount received.</summary>
    public required Beloep Beloep { get; init; }

    /// <summary>What it covered.</summary>
    public required Beloep Plassert { get; init; }

    /// <summary>What must be paid back to the debtor (every krav taking part was covered).</summary>
    public required Beloep Tilbakebetales { get; init; }

    /// <summary>What each krav got of it (only krav that got something).</summary>
    public required IReadOnlyList<PlasseringUtdata> Andeler { get; init; }
}

/// <summary>What one payment gave one krav.</summary>
public sealed class PlasseringUtdata
{
    /// <summary>The krav id.</summary>
    public required string Id { get; init; }

    /// <summary>Principal covered.</summary>
    public required Beloep Hovedstol { get; init; }

    /// <summary>Interest covered.</summary>
    public required Beloep Renter { get; init; }
}

/// <summary>The totals of an avregning.</summary>
public sealed class AvregningSumUtdata
{
    /// <summary>Every payment together.</summary>
    public required Beloep Mottatt { get; init; }

    /// <summary>What the payments covered.</summary>
    public required Beloep Plassert { get; init; }

    /// <summary>What must be paid back to the debtor.</summary>
    public required Beloep Tilbakebetales { get; init; }

    /// <summary>Principal covered (løpende bidrag included).</summary>
    public required Beloep DekketHovedstol { get; init; }

    /// <summary>Interest covered.</summary>
    public required Beloep DekketRenter { get; init; }

    /// <summary>Of the principal covered, what went to løpende bidrag.</summary>
    public required Beloep TilLoependeBidrag { get; init; }

    /// <summary>What remains of every krav on the date.</summary>
    public required Beloep Gjenstaaende { get; init; }
}
