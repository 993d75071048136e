using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Json;

/// <summary>
/// The documented text codes of the engine's enumerations in the JSON documents and on the command line, one list per
/// enumeration (the input lists of SAK.json and TREKK.json live with their readers: <see cref="SakJson"/>,
/// <see cref="TrekkJson"/>).
/// </summary>
public static class Koder
{
    /// <summary>The binding constraint: the enum names (<c>Livsopphold</c>, <c>Tak60</c>, <c>Tak80</c>, <c>TrekkbarInntekt</c>, <c>Naering20</c>, <c>IngenTrekkevne</c>).</summary>
    public static Verdiliste<Begrensning> Begrensninger { get; } = new(
        ("Livsopphold", Begrensning.Livsopphold),
        ("Tak60", Begrensning.Tak60),
        ("Tak80", Begrensning.Tak80),
        ("TrekkbarInntekt", Begrensning.TrekkbarInntekt),
        ("Naering20", Begrensning.Naering20),
        ("IngenTrekkevne", Begrensning.IngenTrekkevne));

    /// <summary>Pay periods: <c>maaned</c>, <c>fjortendager</c>, <c>uke</c>.</summary>
    public static Verdiliste<Loennsperiode> Loennsperioder { get; } =
        new(("maaned", Loennsperiode.Maaned), ("fjortendager", Loennsperiode.FjortenDager), ("uke", Loennsperiode.Uke));

    /// <summary>Distribution rules: <c>tidsprioritet</c>, <c>samordnet</c>.</summary>
    public static Verdiliste<Fordelingsregel> Fordelingsregler { get; } =
        new(("tidsprioritet", Fordelingsregel.Tidsprioritet), ("samordnet", Fordelingsregel.Samordnet));

    /// <summary>Claim categories of the trekkperiode: <c>ordinaer</c>, <c>bot</c>, <c>skatt</c>, <c>bidrag</c>.</summary>
    public static Verdiliste<Kravkategori> Kravkategorier { get; } = new(
        ("ordinaer", Kravkategori.Ordinaer), ("bot", Kravkategori.Bot), ("skatt", Kravkategori.Skatt), ("bidrag", Kravkategori.Bidrag));

    /// <summary>The assumed-rate flags as a list of codes (<c>livsopphold</c>, <c>samvaer</c>), in a fixed order; empty when none.</summary>
    public static IReadOnlyList<string> Antatt(AntattSats antatt)
    {
        var liste = new List<string>(2);
        if (antatt.HasFlag(AntattSats.Livsopphold))
        {
            liste.Add("livsopphold");
        }

        if (antatt.HasFlag(AntattSats.Samvaer))
        {
            liste.Add("samvaer");
        }

        return liste;
    }
}
