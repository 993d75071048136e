namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// How a figure in a rate table is known (SPEC §3, column <c>kildegrad</c>): published by the authority, published by
/// someone else, or derived by a stated rule. A result that used a derived figure lists the table under
/// <c>avledet</c>.
/// </summary>
public enum Kildegrad
{
    /// <summary>Published by the authority that sets the figure (<c>kunngjort</c>): a ministry, Lovdata, the courts, Skatteetaten.</summary>
    Kunngjort = 0,

    /// <summary>Published by someone else (<c>sekundaer</c>): a municipality, a debt adviser, a collection agency.</summary>
    Sekundaer = 1,

    /// <summary>
    /// Derived by a stated rule (<c>avledet</c>), e.g. last year's livsopphold × the KPI change May–May
    /// (forskrift om livsoppholdssatser § 6); not a published figure. The table's <c>kilde</c> states the rule.
    /// </summary>
    Avledet = 2,
}

/// <summary>Which tables a result used a derived (<see cref="Kildegrad.Avledet"/>) figure from.</summary>
[Flags]
public enum AvledetSats
{
    /// <summary>No figure was derived.</summary>
    Ingen = 0,

    /// <summary>A livsoppholdssats was derived.</summary>
    Livsopphold = 1,

    /// <summary>A samvær add-on was derived.</summary>
    Samvaer = 2,

    /// <summary>A forsinkelsesrente was derived.</summary>
    Forsinkelsesrente = 4,

    /// <summary>A trekkgrense was derived.</summary>
    Trekkgrenser = 8,
}

/// <summary>The codes of <see cref="Kildegrad"/> as written in the tables' <c>kildegrad</c> column and in results.</summary>
public static class Kildegradkode
{
    /// <summary>The codes, in the order of <see cref="Kildegrad"/>.</summary>
    public static IReadOnlyList<string> Koder { get; } = ["kunngjort", "sekundaer", "avledet"];

    /// <summary>The code of a grade (<c>kunngjort</c>, <c>sekundaer</c>, <c>avledet</c>).</summary>
    public static string Tekst(Kildegrad grad) => grad switch
    {
        Kildegrad.Kunngjort => "kunngjort",
        Kildegrad.Sekundaer => "sekundaer",
        Kildegrad.Avledet => "avledet",
        _ => throw new ArgumentOutOfRangeException(nameof(grad), grad, "Ukjent kildegrad."),
    };

    /// <summary>Reads a code exactly as written (ordinal, lower case); false for anything else.</summary>
    public static bool TryLes(string? tekst, out Kildegrad grad)
    {
        for (var i = 0; i < Koder.Count; i++)
        {
            if (string.Equals(Koder[i], tekst, StringComparison.Ordinal))
            {
                grad = (Kildegrad)i;
                return true;
            }
        }

        grad = default;
        return false;
    }

    /// <summary>The tables of an <see cref="AvledetSats"/> as a list of table names, in a fixed order; empty when none.</summary>
    public static IReadOnlyList<string> Tabeller(AvledetSats avledet)
    {
        var liste = new List<string>(1);
        if (avledet.HasFlag(AvledetSats.Livsopphold))
        {
            liste.Add("livsopphold");
        }

        if (avledet.HasFlag(AvledetSats.Samvaer))
        {
            liste.Add("samvaer");
        }

        if (avledet.HasFlag(AvledetSats.Forsinkelsesrente))
        {
            liste.Add("forsinkelsesrente");
        }

        if (avledet.HasFlag(AvledetSats.Trekkgrenser))
        {
            liste.Add("trekkgrenser");
        }

        return liste;
    }
}
