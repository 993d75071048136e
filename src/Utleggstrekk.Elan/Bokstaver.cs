using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Elan;

/// <summary>Which letter list a document's <c>prioritetDekningsloven</c> is read with (deknl. § 2-8 first ledd).</summary>
public enum Bokstaver
{
    /// <summary>
    /// The five letters before 1.1.2023: a bidrag, b erstatning for straffbar handling, c bøter, d skatt og avgift,
    /// e andre krav. The default: ELAN's own examples mark an ordinary credit-card claim <c>e</c>.
    /// </summary>
    Foer2023 = 0,

    /// <summary>The six letters from 1.1.2023 (the engine's): … c regresskrav voldserstatningsloven, d bøter, e skatt, f andre.</summary>
    Fra2023 = 1,
}

/// <summary>The mapping of a document letter to the engine's class.</summary>
public static class Bokstavtolkning
{
    /// <summary>The option values: <c>foer2023</c> and <c>2023</c>.</summary>
    public static string Navn(this Bokstaver b) => b == Bokstaver.Fra2023 ? "2023" : "foer2023";

    /// <summary>Parses an option value.</summary>
    public static bool TryLes(string? tekst, out Bokstaver bokstaver)
    {
        bokstaver = tekst switch
        {
            "2023" => Bokstaver.Fra2023,
            _ => Bokstaver.Foer2023,
        };
        return tekst is "2023" or "foer2023";
    }

    /// <summary>The letters the list has, for messages.</summary>
    public static string Tillatte(this Bokstaver b) => b == Bokstaver.Fra2023 ? "a, b, c, d, e, f" : "a, b, c, d, e";

    /// <summary>A short description of the list.</summary>
    public static string Beskrivelse(this Bokstaver b) => b == Bokstaver.Fra2023
        ? "deknl. § 2-8 første ledd fra 1.1.2023 (a bidrag, b erstatning for straffbar handling, c regresskrav etter voldserstatningsloven § 11, d bøter, e skatt og offentlig avgift, f andre krav)"
        : "deknl. § 2-8 første ledd før 1.1.2023 (a bidrag, b erstatning for straffbar handling, c bøter, d skatt og offentlig avgift, e andre krav)";

    /// <summary>Maps a letter (case-insensitive) to today's class; false when the list has no such letter.</summary>
    public static bool TryTolk(this Bokstaver b, string? bokstav, out Artsprioritet artsprioritet)
    {
        artsprioritet = Artsprioritet.F;
        if (bokstav is not { Length: 1 })
        {
            return false;
        }

        var c = char.ToLowerInvariant(bokstav[0]);
        if (b == Bokstaver.Fra2023)
        {
            return Artsprioriteter.TryFraBokstav(c.ToString(), out artsprioritet);
        }

        switch (c)
        {
            case 'a': artsprioritet = Artsprioritet.A; return true;
            case 'b': artsprioritet = Artsprioritet.B; return true;
            case 'c': artsprioritet = Artsprioritet.D; return true;
            case 'd': artsprioritet = Artsprioritet.E; return true;
            case 'e': artsprioritet = Artsprioritet.F; return true;
            default: return false;
        }
    }
}
