using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// Many trekk-size cases (one per debtor, a "row") stored as struct-of-arrays for the portfolio run
/// (<see cref="Portefoeljeberegner"/>): one array per field, amounts in øre, dates as day numbers
/// (<see cref="Tidsserie.Dagnummer"/>), and the children, samvær children and other expenses of all rows in shared
/// arrays that each row addresses by offset and length. Built with <see cref="Trekkportefoeljebygger"/>; immutable
/// afterwards, so one portfolio may be run by many threads at once. See <c>docs/portefoelje.md</c>.
/// </summary>
/// <remarks>
/// The distinct beregningsdatoer are collected when the portfolio is built (<see cref="AntallDatoer"/>); each row holds
/// the number of its date in that list, so a run looks the rates up once per distinct date, not once per row.
/// </remarks>
public sealed class Trekkportefoelje
{
    internal Trekkportefoelje(Trekkportefoeljebygger b, int[] datoer, int[] datoNr)
    {
        Antall = b.Antall;
        Datoer = datoer;
        DatoNr = datoNr;
        Lokaldatoer = new LocalDate[datoer.Length];
        var aldersgrenser = new int[datoer.Length * Aldersgrenser.Antall];
        for (var i = 0; i < datoer.Length; i++)
        {
            Lokaldatoer[i] = Portefoeljerad.Dato(datoer[i]);
            Aldersgrenser.Fyll(datoer[i], aldersgrenser.AsSpan(i * Aldersgrenser.Antall, Aldersgrenser.Antall));
        }

        Brutto = [.. b.Brutto];
        Forskudd = [.. b.Forskudd];
        BedrePrioritet = [.. b.BedrePrioritet];
        AndreInntekter = [.. b.AndreInntekter];
        PartnerNetto = [.. b.PartnerNetto];
        PartnerEgenGjeld = [.. b.PartnerEgenGjeld];
        Boutgift = [.. b.Boutgift];
        Barnetilsyn = [.. b.Barnetilsyn];
        BidragBetalt = [.. b.BidragBetalt];
        Naeringsinntekt = [.. b.Naeringsinntekt];
        NaeringSkjematisk = [.. b.NaeringSkjematisk];
        Sivilstand = [.. b.Sivilstand];
        Kostnadsdeling = [.. b.Kostnadsdeling];
        Tak = [.. b.Tak];
        TakBegrunnelse = [.. b.TakBegrunnelse];
        BarnFra = [.. b.BarnFra];
        BarnAntall = [.. b.BarnAntall];
        BarnFoedt = [.. b.BarnFoedt];
        BarnVideregaaende = [.. b.BarnVideregaaende];
        SamvaerFra = [.. b.SamvaerFra];
        SamvaerAntall = [.. b.SamvaerAntall];
        SamvaerFoedt = [.. b.SamvaerFoedt];
        Samvaersklasse = [.. b.Samvaersklasse];
        UtgiftFra = [.. b.UtgiftFra];
        UtgiftAntall = [.. b.UtgiftAntall];
        UtgiftOere = [.. b.UtgiftOere];
        UtgiftEgen = [.. b.UtgiftEgen];
        UtgiftTekst = [.. b.UtgiftTekst];
        (BarnAlder, SamvaerAlder) = Aldre(aldersgrenser);

        // The input check depends on the row alone (not on the satser or the options of a run), so it runs once here,
        // with the same generic check as Trekkberegner.Beregn, and every run reads its verdict.
        Gyldig = new bool[Antall];
        for (var rad = 0; rad < Antall; rad++)
        {
            var nr = DatoNr[rad];
            var inndata = new Portefoeljerad(this, rad, datoer[nr], Lokaldatoer[nr]);
            Gyldig[rad] = Trekksakvalidering.ErGyldig(ref inndata);
        }
    }

    /// <summary>Number of rows (debtors).</summary>
    public int Antall { get; }

    /// <summary>Number of distinct beregningsdatoer among the rows.</summary>
    public int AntallDatoer => Datoer.Length;

    // The columns. Internal: read by the run through Portefoeljerad, written only by the constructor.
    internal int[] Datoer { get; }

    internal LocalDate[] Lokaldatoer { get; }


    internal int[] DatoNr { get; }

    /// <summary>Whether each row passes the input check (<see cref="Trekksakvalidering.ErGyldig{TSak}"/>), checked when the portfolio is built.</summary>
    internal bool[] Gyldig { get; }

    internal long[] Brutto { get; }

    internal long[] Forskudd { get; }

    internal long[] BedrePrioritet { get; }

    internal long[] AndreInntekter { get; }

    internal long[] PartnerNetto { get; }

    internal long[] PartnerEgenGjeld { get; }

    internal long[] Boutgift { get; }

    internal long[] Barnetilsyn { get; }

    internal long[] BidragBetalt { get; }

    internal bool[] Naeringsinntekt { get; }

    internal bool[] NaeringSkjematisk { get; }

    internal Sivilstand[] Sivilstand { get; }

    internal Kostnadsdeling[] Kostnadsdeling { get; }

    internal Takregel[] Tak { get; }

    internal string?[] TakBegrunnelse { get; }

    internal int[] BarnFra { get; }

    internal int[] BarnAntall { get; }

    internal int[] BarnFoedt { get; }

    internal bool[] BarnVideregaaende { get; }

    /// <summary>
    /// Each household child's age in whole years on its row's beregningsdato, computed once when the portfolio is built
    /// (a row's date is fixed, so the age is a fact of the row like its day numbers; see <see cref="Aldre"/>).
    /// </summary>
    internal int[] BarnAlder { get; }

    /// <summary>As <see cref="BarnAlder"/>, for each samvær child.</summary>
    internal int[] SamvaerAlder { get; }

    internal int[] SamvaerFra { get; }

    internal int[] SamvaerAntall { get; }

    internal int[] SamvaerFoedt { get; }

    internal int[] Samvaersklasse { get; }

    internal int[] UtgiftFra { get; }

    internal int[] UtgiftAntall { get; }

    internal long[] UtgiftOere { get; }

    internal bool[] UtgiftEgen { get; }

    internal string?[] UtgiftTekst { get; }

    /// <summary>The beregningsdato of row <paramref name="rad"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public LocalDate Beregningsdato(int rad)
    {
        SjekkRad(rad);
        return Lokaldatoer[DatoNr[rad]];
    }

    /// <summary>
    /// Row <paramref name="rad"/> as a <see cref="Trekksak"/>, field for field: the "normal path" for a row the run
    /// refused. <see cref="Trekkberegner.Valider"/> on it lists every input rule it breaks, and
    /// <see cref="Trekkberegner.Beregn"/> on it throws the exception behind the row's <see cref="Radstatus"/>.
    /// Allocates; not for the hot path.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public Trekksak Sak(int rad)
    {
        SjekkRad(rad);
        var barn = ImmutableArray.CreateBuilder<Barn>(BarnAntall[rad]);
        for (var i = BarnFra[rad]; i < BarnFra[rad] + BarnAntall[rad]; i++)
        {
            barn.Add(new Barn(Portefoeljerad.Dato(BarnFoedt[i]), BarnVideregaaende[i]));
        }

        var samvaer = ImmutableArray.CreateBuilder<Samvaersbarn>(SamvaerAntall[rad]);
        for (var i = SamvaerFra[rad]; i < SamvaerFra[rad] + SamvaerAntall[rad]; i++)
        {
            samvaer.Add(new Samvaersbarn(Portefoeljerad.Dato(SamvaerFoedt[i]), Samvaersklasse[i]));
        }

        var andre = ImmutableArray.CreateBuilder<AnnenUtgift>(UtgiftAntall[rad]);
        for (var i = UtgiftFra[rad]; i < UtgiftFra[rad] + UtgiftAntall[rad]; i++)
        {
            andre.Add(new AnnenUtgift(UtgiftTekst[i]!, Beloep.FraOere(UtgiftOere[i]), UtgiftEgen[i]));
        }

        return new Trekksak
        {
            Beregningsdato = Lokaldatoer[DatoNr[rad]],
            BruttoPerMaaned = Beloep.FraOere(Brutto[rad]),
            ForskuddstrekkPerMaaned = Beloep.FraOere(Forskudd[rad]),
            TrekkMedBedrePrioritetPerMaaned = Beloep.FraOere(BedrePrioritet[rad]),
            AndreInntekterPerMaaned = Beloep.FraOere(AndreInntekter[rad]),
            Naeringsinntekt = Naeringsinntekt[rad],
            NaeringSkjematisk = NaeringSkjematisk[rad],
            Sivilstand = Sivilstand[rad],
            PartnerNettoPerMaaned = Beloep.FraOere(PartnerNetto[rad]),
            PartnerEgenGjeldPerMaaned = Beloep.FraOere(PartnerEgenGjeld[rad]),
            Barn = barn.MoveToImmutable(),
            Samvaersbarn = samvaer.MoveToImmutable(),
            Boutgift = Beloep.FraOere(Boutgift[rad]),
            Barnetilsyn = Beloep.FraOere(Barnetilsyn[rad]),
            BidragBetalt = Beloep.FraOere(BidragBetalt[rad]),
            AndreUtgifter = andre.MoveToImmutable(),
            Kostnadsdeling = Kostnadsdeling[rad],
            Tak = Tak[rad],
            TakBegrunnelse = TakBegrunnelse[rad],
        };
    }

    /// <summary>
    /// The ages of every household and samvær child on their row's beregningsdato, from the age thresholds of the
    /// row's date (<paramref name="aldersgrenser"/>: those of date number <c>d</c> at <c>d × Aldersgrenser.Antall</c>;
    /// <see cref="Aldersgrenser.Alder"/>, the same value as <see cref="Livsopphold.Alder.HeleAar(LocalDate, LocalDate)"/>).
    /// A date of birth after the beregningsdato (a row the input check refuses) gets a negative age that no run reads.
    /// </summary>
    private (int[] Barn, int[] Samvaer) Aldre(int[] aldersgrenser)
    {
        var barn = new int[BarnFoedt.Length];
        var samvaer = new int[SamvaerFoedt.Length];
        for (var rad = 0; rad < Antall; rad++)
        {
            var nr = DatoNr[rad];
            var dag = Datoer[nr];
            var grenser = aldersgrenser.AsSpan(nr * Aldersgrenser.Antall, Aldersgrenser.Antall);
            for (var i = BarnFra[rad]; i < BarnFra[rad] + BarnAntall[rad]; i++)
            {
                barn[i] = Aldersgrenser.Alder(grenser, dag, BarnFoedt[i]);
            }

            for (var i = SamvaerFra[rad]; i < SamvaerFra[rad] + SamvaerAntall[rad]; i++)
            {
                samvaer[i] = Aldersgrenser.Alder(grenser, dag, SamvaerFoedt[i]);
            }
        }

        return (barn, samvaer);
    }

    private void SjekkRad(int rad)
    {
        if (unchecked((uint)rad) >= (uint)Antall)
        {
            throw new ArgumentOutOfRangeException(nameof(rad), rad, $"Porteføljen har {Antall} rader (0–{Antall - 1}).");
        }
    }
}
