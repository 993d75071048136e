using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// Builds a <see cref="Trekkportefoelje"/> row by row. Takes each case as it is, valid or not: the run reports an invalid
/// row by its <see cref="Radstatus"/>, exactly as <see cref="Trekkberegner.Beregn"/> would refuse it.
/// </summary>
public sealed class Trekkportefoeljebygger
{
    /// <summary>Creates an empty builder; <paramref name="kapasitet"/> is the expected number of rows.</summary>
    public Trekkportefoeljebygger(int kapasitet = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kapasitet);
        Dag = new(kapasitet);
        Brutto = new(kapasitet);
        Forskudd = new(kapasitet);
        BedrePrioritet = new(kapasitet);
        AndreInntekter = new(kapasitet);
        PartnerNetto = new(kapasitet);
        PartnerEgenGjeld = new(kapasitet);
        Boutgift = new(kapasitet);
        Barnetilsyn = new(kapasitet);
        BidragBetalt = new(kapasitet);
        Naeringsinntekt = new(kapasitet);
        NaeringSkjematisk = new(kapasitet);
        Sivilstand = new(kapasitet);
        Kostnadsdeling = new(kapasitet);
        Tak = new(kapasitet);
        TakBegrunnelse = new(kapasitet);
        BarnFra = new(kapasitet);
        BarnAntall = new(kapasitet);
        SamvaerFra = new(kapasitet);
        SamvaerAntall = new(kapasitet);
        UtgiftFra = new(kapasitet);
        UtgiftAntall = new(kapasitet);
    }

    /// <summary>Rows added so far.</summary>
    public int Antall => Dag.Count;

    internal List<int> Dag { get; }

    internal List<long> Brutto { get; }

    internal List<long> Forskudd { get; }

    internal List<long> BedrePrioritet { get; }

    internal List<long> AndreInntekter { get; }

    internal List<long> PartnerNetto { get; }

    internal List<long> PartnerEgenGjeld { get; }

    internal List<long> Boutgift { get; }

    internal List<long> Barnetilsyn { get; }

    internal List<long> BidragBetalt { get; }

    internal List<bool> Naeringsinntekt { get; }

    internal List<bool> NaeringSkjematisk { get; }

    internal List<Sivilstand> Sivilstand { get; }

    internal List<Kostnadsdeling> Kostnadsdeling { get; }

    internal List<Takregel> Tak { get; }

    internal List<string?> TakBegrunnelse { get; }

    internal List<int> BarnFra { get; }

    internal List<int> BarnAntall { get; }

    internal List<int> BarnFoedt { get; } = [];

    internal List<bool> BarnVideregaaende { get; } = [];

    internal List<int> SamvaerFra { get; }

    internal List<int> SamvaerAntall { get; }

    internal List<int> SamvaerFoedt { get; } = [];

    internal List<int> Samvaersklasse { get; } = [];

    internal List<int> UtgiftFra { get; }

    internal List<int> UtgiftAntall { get; }

    internal List<long> UtgiftOere { get; } = [];

    internal List<bool> UtgiftEgen { get; } = [];

    internal List<string?> UtgiftTekst { get; } = [];

    /// <summary>Appends <paramref name="sak"/> as the next row and returns its row number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sak"/> is null.</exception>
    /// <exception cref="UgyldigInndataException">A date lies outside years 1–9999 of the ISO calendar (it has no day
    /// number; rule <c>UGYLDIG_DATO</c>, the field named as in SAK.json). Nothing of the row is stored.</exception>
    public int LeggTil(Trekksak sak)
    {
        ArgumentNullException.ThrowIfNull(sak);

        // Day numbers first: a date without one is refused before anything of the row is stored.
        var dag = Dagnummer(sak.Beregningsdato, "beregningsdato");
        Span<int> barnDager = sak.Barn.Length <= 64 ? stackalloc int[sak.Barn.Length] : new int[sak.Barn.Length];
        Span<int> samvaerDager = sak.Samvaersbarn.Length <= 64 ? stackalloc int[sak.Samvaersbarn.Length] : new int[sak.Samvaersbarn.Length];
        Foedselsdager(sak, barnDager, samvaerDager);

        Dag.Add(dag);
        LeggTilSakstall(sak);
        LeggTilBarn(sak, barnDager);
        LeggTilSamvaersbarn(sak, samvaerDager);
        LeggTilUtgifter(sak);
        return Dag.Count - 1;
    }

    /// <summary>The day numbers of the children's and the samværsbarn's birth dates (refused as <see cref="Dagnummer"/>).</summary>
    private static void Foedselsdager(Trekksak sak, Span<int> barnDager, Span<int> samvaerDager)
    {
        for (var i = 0; i < barnDager.Length; i++)
        {
            barnDager[i] = Dagnummer(sak.Barn[i].Foedselsdato, Trekksakfelt.BarnFelt(i, "foedselsdato"));
        }

        for (var i = 0; i < samvaerDager.Length; i++)
        {
            samvaerDager[i] = Dagnummer(sak.Samvaersbarn[i].Foedselsdato, Trekksakfelt.SamvaersbarnFelt(i, "foedselsdato"));
        }
    }

    /// <summary>The row's one-per-case columns: amounts (øre), flags and rules.</summary>
    private void LeggTilSakstall(Trekksak sak)
    {
        Brutto.Add(sak.BruttoPerMaaned.Oere);
        Forskudd.Add(sak.ForskuddstrekkPerMaaned.Oere);
        BedrePrioritet.Add(sak.TrekkMedBedrePrioritetPerMaaned.Oere);
        AndreInntekter.Add(sak.AndreInntekterPerMaaned.Oere);
        PartnerNetto.Add(sak.PartnerNettoPerMaaned.Oere);
        PartnerEgenGjeld.Add(sak.PartnerEgenGjeldPerMaaned.Oere);
        Boutgift.Add(sak.Boutgift.Oere);
        Barnetilsyn.Add(sak.Barnetilsyn.Oere);
        BidragBetalt.Add(sak.BidragBetalt.Oere);
        Naeringsinntekt.Add(sak.Naeringsinntekt);
        NaeringSkjematisk.Add(sak.NaeringSkjematisk);
        Sivilstand.Add(sak.Sivilstand);
        Kostnadsdeling.Add(sak.Kostnadsdeling);
        Tak.Add(sak.Tak);
        TakBegrunnelse.Add(sak.TakBegrunnelse);
    }

    /// <summary>The row's children: where they start in the child columns, how many, and each one's birth day and school.</summary>
    private void LeggTilBarn(Trekksak sak, ReadOnlySpan<int> barnDager)
    {
        BarnFra.Add(BarnFoedt.Count);
        BarnAntall.Add(barnDager.Length);
        for (var i = 0; i < barnDager.Length; i++)
        {
            BarnFoedt.Add(barnDager[i]);
            BarnVideregaaende.Add(sak.Barn[i].Videregaaende);
        }
    }

    /// <summary>The row's samværsbarn: where they start in their columns, how many, and each one's birth day and class.</summary>
    private void LeggTilSamvaersbarn(Trekksak sak, ReadOnlySpan<int> samvaerDager)
    {
        SamvaerFra.Add(SamvaerFoedt.Count);
        SamvaerAntall.Add(samvaerDager.Length);
        for (var i = 0; i < samvaerDager.Length; i++)
        {
            SamvaerFoedt.Add(samvaerDager[i]);
            Samvaersklasse.Add(sak.Samvaersbarn[i].Samvaersklasse);
        }
    }

    /// <summary>The row's other expenses: where they start in their columns, how many, and each one's amount, kind and text.</summary>
    private void LeggTilUtgifter(Trekksak sak)
    {
        UtgiftFra.Add(UtgiftOere.Count);
        UtgiftAntall.Add(sak.AndreUtgifter.Length);
        foreach (var utgift in sak.AndreUtgifter)
        {
            UtgiftOere.Add(utgift.Beloep.Oere);
            UtgiftEgen.Add(utgift.EgenUtgift);
            UtgiftTekst.Add(utgift.Tekst);
        }
    }

    /// <summary>
    /// The portfolio of the rows added so far (copied: the builder can go on). Collects the distinct beregningsdatoer,
    /// sorted, and gives each row the number of its date.
    /// </summary>
    public Trekkportefoelje Bygg()
    {
        var distinkte = new SortedSet<int>(Dag);
        int[] datoer = [.. distinkte];
        var nummer = new Dictionary<int, int>(datoer.Length);
        for (var i = 0; i < datoer.Length; i++)
        {
            nummer[datoer[i]] = i;
        }

        var datoNr = new int[Dag.Count];
        for (var i = 0; i < datoNr.Length; i++)
        {
            datoNr[i] = nummer[Dag[i]];
        }

        return new Trekkportefoelje(this, datoer, datoNr);
    }

    private static int Dagnummer(NodaTime.LocalDate dato, string felt)
    {
        if (!Datogrense.ErGyldig(dato))
        {
            throw new UgyldigInndataException(Datogrense.Feil(dato, felt));
        }

        return Tidsserie.Dagnummer(dato);
    }
}
