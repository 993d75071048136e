using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// Receives each step of the trekk calculation as the core computes it. The hot path uses <see cref="IngenSporing"/>
/// (every call is empty and disappears when the JIT specialises the generic core); <see cref="Forklaringsopptak"/>
/// builds the explanation trace. The arithmetic exists once, in <c>Trekkberegner.Beregn&lt;TSporing&gt;</c>.
/// </summary>
internal interface ISporing
{
    /// <summary>The adults' rate (step 1).</summary>
    void Voksne(Sivilstand sivilstand, int antall, Beloep satsPerVoksen, Beloep sum);

    /// <summary>One household child (step 1).</summary>
    void Barn(int indeks, int alder, bool medregnet, Beloep sats, bool redusert, Beloep etter);

    /// <summary>The household's livsopphold (step 1).</summary>
    void Livsopphold(int periode, SatsStatus status, int personer, int antallRedusert, Prosent reduksjon, Beloep sum);

    /// <summary>One samvær child (step 1).</summary>
    void Samvaersbarn(int indeks, int alder, bool medregnet, Beloep sats, bool redusert, Beloep etter);

    /// <summary>The samvær add-ons (step 1); <paramref name="periode"/> is -1 when the table was not consulted.</summary>
    void Samvaer(int periode, SatsStatus status, int antall, int antallRedusert, Prosent reduksjon, Beloep sum);

    /// <summary>Household expenses E (step 2).</summary>
    void Husstandsutgifter(Beloep livsopphold, Beloep andreFelles, Beloep sum);

    /// <summary>The debtor's share (step 3).</summary>
    void Andel(Beloep husstandsutgifter, Beloep disponibelt, Beloep partnerDisponibelt, Beloep andelAvHusstand, Beloep samvaer, Beloep andreEgne, Beloep skyldnersandel);

    /// <summary>Available income (step 4).</summary>
    void Disponibelt(Beloep nettoTrekkbar, Beloep disponibelt);

    /// <summary>Raw trekk (step 5).</summary>
    void RaaTrekk(Beloep disponibelt, Beloep skyldnersandel, Beloep raa);

    /// <summary>The limits and which one binds (step 6).</summary>
    void Grenser(Beloep raa, Beloep nettoTrekkbar, Prosent takProsent, Beloep takrom, Prosent naeringProsent, Beloep? naering, Begrensning binding, Beloep grense);

    /// <summary>Rounding and trekkprosent (step 7).</summary>
    void Resultat(Beloep foerAvrunding, Beloep trekk, Prosent trekkprosent);
}

/// <summary>The hot path's sporing: records nothing.</summary>
internal readonly struct IngenSporing : ISporing
{
    public void Voksne(Sivilstand sivilstand, int antall, Beloep satsPerVoksen, Beloep sum)
    {
    }

    public void Barn(int indeks, int alder, bool medregnet, Beloep sats, bool redusert, Beloep etter)
    {
    }

    public void Livsopphold(int periode, SatsStatus status, int personer, int antallRedusert, Prosent reduksjon, Beloep sum)
    {
    }

    public void Samvaersbarn(int indeks, int alder, bool medregnet, Beloep sats, bool redusert, Beloep etter)
    {
    }

    public void Samvaer(int periode, SatsStatus status, int antall, int antallRedusert, Prosent reduksjon, Beloep sum)
    {
    }

    public void Husstandsutgifter(Beloep livsopphold, Beloep andreFelles, Beloep sum)
    {
    }

    public void Andel(Beloep husstandsutgifter, Beloep disponibelt, Beloep partnerDisponibelt, Beloep andelAvHusstand, Beloep samvaer, Beloep andreEgne, Beloep skyldnersandel)
    {
    }

    public void Disponibelt(Beloep nettoTrekkbar, Beloep disponibelt)
    {
    }

    public void RaaTrekk(Beloep disponibelt, Beloep skyldnersandel, Beloep raa)
    {
    }

    public void Grenser(Beloep raa, Beloep nettoTrekkbar, Prosent takProsent, Beloep takrom, Prosent naeringProsent, Beloep? naering, Begrensning binding, Beloep grense)
    {
    }

    public void Resultat(Beloep foerAvrunding, Beloep trekk, Prosent trekkprosent)
    {
    }
}
