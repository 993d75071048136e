using System.Globalization;

namespace Utleggstrekk.Web;

/// <summary>
/// What one request may cost, checked before any calculation (docs/web.md, "Grenser"). A request over a limit is
/// refused with a problem answer naming the limit: 413 for the body size, 422 for the cost budget.
/// </summary>
public static class Grenser
{
    /// <summary>The largest request body accepted (256 KiB; a SAK.json is well under 2 KiB).</summary>
    public const int MaksForespoerselBytes = 256 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted (SAK.json and TREKK.json need 4).</summary>
    public const int MaksDybde = 16;

    /// <summary>The most krav in one TREKK.json.</summary>
    public const int MaksKrav = 200;

    /// <summary>The most months in one projection.</summary>
    public const int MaksMaaneder = 600;

    /// <summary>The most alternatives in one request: what-if variants (<c>sett</c>) or projection amounts (<c>beloep</c>).</summary>
    public const int MaksAlternativer = 5;

    /// <summary>
    /// The cost budget of a projection: krav × months × runs (each amount, or the decided trekk, is one run). About
    /// 36 bytes of answer per cell, so at most some 2 MB per answer.
    /// </summary>
    public const int MaksCeller = 60_000;

    /// <summary>The longest time a request body may take to arrive before the request is refused with 408.</summary>
    public static readonly TimeSpan StandardLesetid = TimeSpan.FromSeconds(10);

    /// <summary>How long a client refused by the concurrency limiter is asked to wait (<c>Retry-After</c>).</summary>
    public const int VentSekunder = 1;

    /// <summary>Refuses more than <see cref="MaksKrav"/> krav (rule <c>FOR_MANGE_KRAV</c>, 422).</summary>
    public static void SjekkKrav(int antall)
    {
        if (antall > MaksKrav)
        {
            throw OverBudsjett("krav", antall, Webfeilkoder.ForMangeKrav, $"Høyst {MaksKrav} krav i ett trekk per forespørsel.");
        }
    }

    /// <summary>Refuses a projection over the budget: krav, months or krav × months × runs.</summary>
    public static void SjekkFramskriving(int krav, int maaneder, int kjoeringer)
    {
        SjekkKrav(krav);
        if (maaneder > MaksMaaneder)
        {
            throw OverBudsjett("maaneder", maaneder, Webfeilkoder.ForMangeMaaneder, $"Høyst {MaksMaaneder} måneder per forespørsel.");
        }

        if (kjoeringer > MaksAlternativer)
        {
            throw OverBudsjett("beloep", kjoeringer, Webfeilkoder.ForMangeAlternativer, $"Høyst {MaksAlternativer} alternativer per forespørsel.");
        }

        long celler = (long)krav * maaneder * kjoeringer;
        if (celler > MaksCeller)
        {
            throw OverBudsjett(
                "maaneder",
                maaneder,
                Webfeilkoder.OverBudsjett,
                $"Krav × måneder × alternativer er {celler.ToString(CultureInfo.InvariantCulture)}; høyst {MaksCeller.ToString(CultureInfo.InvariantCulture)} per forespørsel. Del opp i kortere perioder eller færre krav.");
        }
    }

    /// <summary>Refuses more than <see cref="MaksAlternativer"/> alternatives in <paramref name="felt"/>.</summary>
    public static void SjekkAlternativer(string felt, int antall)
    {
        if (antall > MaksAlternativer)
        {
            throw OverBudsjett(felt, antall, Webfeilkoder.ForMangeAlternativer, $"Høyst {MaksAlternativer} alternativer per forespørsel.");
        }
    }

    private static ForespoerselException OverBudsjett(string felt, long verdi, string regel, string melding) => new(
        StatusCodes.Status422UnprocessableEntity,
        "over-budsjett",
        "Forespørselen er over kostnadsgrensen",
        melding,
        [new Engine.Felles.Valideringsfeil(felt, verdi.ToString(CultureInfo.InvariantCulture), regel, melding)]);
}
