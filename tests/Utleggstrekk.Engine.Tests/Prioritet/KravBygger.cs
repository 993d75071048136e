using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Tests.Prioritet;

/// <summary>Short constructors for claims in tests.</summary>
internal static class KravBygger
{
    public static Krav Krav(
        string id,
        Artsprioritet art,
        LocalDate dato,
        decimal gjenstaaende,
        string sak = "S1",
        int prioritetISak = 1,
        Kravtype type = Kravtype.Hovedstol,
        decimal paaloeptRente = 0m,
        bool bevart = false) => new()
        {
            Id = id,
            Artsprioritet = art,
            Tidsprioritet = dato,
            Sak = sak,
            PrioritetISak = prioritetISak,
            Kravtype = type,
            Gjenstaaende = Beloep.FraDesimal(gjenstaaende),
            PaaloeptRente = Beloep.FraDesimal(paaloeptRente),
            BevartTidsprioritet = bevart,
        };

    public static Krav LoependeBidrag(string id, LocalDate dato, decimal maanedlig, string sak = "B1") => new()
    {
        Id = id,
        Artsprioritet = Artsprioritet.A,
        Tidsprioritet = dato,
        Sak = sak,
        Kravtype = Kravtype.LoependeBidrag,
        MaanedligBeloep = Beloep.FraDesimal(maanedlig),
    };

    public static Krav Bidragsgjeld(string id, LocalDate dato, decimal gjenstaaende, string sak = "B1") => new()
    {
        Id = id,
        Artsprioritet = Artsprioritet.A,
        Tidsprioritet = dato,
        Sak = sak,
        Kravtype = Kravtype.Bidragsgjeld,
        Gjenstaaende = Beloep.FraDesimal(gjenstaaende),
    };

    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>Shares in kroner by claim id.</summary>
    public static Dictionary<string, decimal> EtterId(Fordelingsresultat r) =>
        r.Andeler.ToDictionary(a => a.Id, a => a.Andel.Kroner, StringComparer.Ordinal);
}
