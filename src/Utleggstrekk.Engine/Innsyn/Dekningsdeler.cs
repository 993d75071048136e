using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Engine.Innsyn;

/// <summary>
/// The order of cover of one trekk as parts: every krav is one part in its own class, and the interest of a class a–d
/// krav (other than a løpende bidrag) is a second part in class f at the krav's time priority (SPEC §6; Retningslinje
/// pkt. 6.1–6.2). Planned once with <see cref="Fordeler.Planlegg"/>, so innsyn and framskriving read the same order of
/// cover as <see cref="Fordeler"/>. Immutable after construction.
/// </summary>
internal sealed class Dekningsdeler
{
    /// <summary>Suffix of an interest part's internal id (never shown).</summary>
    private const string Rentesuffiks = "\u0001renter";

    private Dekningsdeler(Fordelingsplan plan, int[] kravIndeks, bool[] erRente, int[] hovedDel, int[] renteDel, int[] rang, int[] gruppe)
    {
        Plan = plan;
        KravIndeks = kravIndeks;
        ErRente = erRente;
        HovedDel = hovedDel;
        RenteDel = renteDel;
        Rang = rang;
        Gruppe = gruppe;
    }

    /// <summary>The plan over the parts (part index = plan input index).</summary>
    public Fordelingsplan Plan { get; }

    /// <summary>Per part: the input index of its krav.</summary>
    public int[] KravIndeks { get; }

    /// <summary>Per part: true for the class-f interest part of a class a–d krav.</summary>
    public bool[] ErRente { get; }

    /// <summary>Per krav: the index of its own part (its class).</summary>
    public int[] HovedDel { get; }

    /// <summary>Per krav: the index of its class-f interest part, or −1 when it has none.</summary>
    public int[] RenteDel { get; }

    /// <summary>Per part: its rank in the order of cover.</summary>
    public int[] Rang { get; }

    /// <summary>Per part: the index of its group in <see cref="Fordelingsplan.Grupper"/>.</summary>
    public int[] Gruppe { get; }

    /// <summary>Number of parts.</summary>
    public int Antall => KravIndeks.Length;

    /// <summary>True when the interest of <paramref name="krav"/> is its own class-f part.</summary>
    public static bool HarEgenRentedel(Krav krav) =>
        krav.Artsprioritet < Artsprioritet.E && krav.Kravtype != Kravtype.LoependeBidrag;

    /// <summary>Validates the claims (paths name the caller's krav) and plans the parts.</summary>
    /// <exception cref="Felles.UgyldigInputException">The claims break one or more rules.</exception>
    public static Dekningsdeler Lag(ReadOnlySpan<Krav> krav, Fordelingsregel regel)
    {
        Kravvalidering.SjekkGyldig(krav);
        var deler = new List<Krav>(krav.Length * 2);
        var kravIndeks = new List<int>(krav.Length * 2);
        var erRente = new List<bool>(krav.Length * 2);
        var hovedDel = new int[krav.Length];
        var renteDel = new int[krav.Length];
        for (var i = 0; i < krav.Length; i++)
        {
            var k = krav[i];
            hovedDel[i] = deler.Count;
            renteDel[i] = -1;
            if (!HarEgenRentedel(k))
            {
                deler.Add(k);
                kravIndeks.Add(i);
                erRente.Add(false);
                continue;
            }

            deler.Add(k with { PaaloeptRente = default });
            kravIndeks.Add(i);
            erRente.Add(false);
            renteDel[i] = deler.Count;
            deler.Add(new Krav
            {
                Id = k.Id + Rentesuffiks,
                Artsprioritet = Artsprioritet.F,
                Tidsprioritet = k.Tidsprioritet,
                Sak = k.Sak,
                PrioritetISak = k.PrioritetISak,
                Kravtype = Kravtype.Renter,
                Gjenstaaende = k.PaaloeptRente,
                BevartTidsprioritet = k.BevartTidsprioritet,
                Rentevilkaar = Rentevilkaar.Ingen,
            });
            kravIndeks.Add(i);
            erRente.Add(true);
        }

        var plan = Fordeler.Planlegg(deler.ToArray(), regel);
        var rang = new int[plan.Antall];
        var gruppe = new int[plan.Antall];
        var grupper = plan.Grupper;
        for (var g = 0; g < grupper.Length; g++)
        {
            for (var r = grupper[g].Start; r < grupper[g].Start + grupper[g].Lengde; r++)
            {
                rang[plan.Rekkefoelge[r]] = r;
                gruppe[plan.Rekkefoelge[r]] = g;
            }
        }

        return new Dekningsdeler(plan, [.. kravIndeks], [.. erRente], hovedDel, renteDel, rang, gruppe);
    }
}
