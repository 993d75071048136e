using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>Conversions of optional document values to engine values that collect violations instead of throwing.</summary>
internal static class Inndataverdi
{
    /// <summary>
    /// An amount from an optional document value: a missing value is 0 kr (the documented default), an invalid one
    /// (negative, more than two decimals) is recorded in <paramref name="feil"/> with rule <c>UGYLDIG_BELOEP</c>.
    /// </summary>
    public static Beloep Beloep(decimal? kroner, string felt, List<Valideringsfeil> feil)
    {
        if (kroner is not { } k)
        {
            return Engine.Felles.Beloep.Null;
        }

        if (Engine.Felles.Beloep.TryFraEkstern(k, felt, out var beloep, out var f))
        {
            return beloep;
        }

        feil.Add(f);
        return Engine.Felles.Beloep.Null;
    }
}
