using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// Many trekk-size cases (one per debtor, a "row") stored for the portfolio run (<see cref="Portefoeljeberegner"/>):
/// each row's scalar fields together in one element of <see cref="Rader"/> (amounts in øre, dates as day numbers,
/// <see cref="Tidsserie.Dagnummer"/>), and the children, samvær children and other expenses of all rows in shared
/// arrays, one per field, that each row addresses by offset and length. Built with <see cref="Trekkportefoeljebygger"/>; immutable
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
        Lokaldatoer = new LocalDate[datoer.Length];
        var aldersgrenser = new int[datoer.Length * Aldersgrenser.Antall];
        for (var i = 0; i < datoer.Length; i++)
        {
            Lokaldatoer[i] = Portefoeljerad.Dato(datoer[i]);
            Aldersgrenser.Fyll(datoer[i], aldersgrenser.AsSpan(i * Aldersgrenser.Antall, Aldersgrenser.Antall));
        }

        Rader = new Radfelt[Antall];
        for (var rad = 0; rad < Antall; rad++)
        {
            Rader[rad] = new Radfelt
            {
                Brutto = b.Brutto[rad],
                Forskudd = b.Forskudd[rad],
                BedrePrioritet = b.BedrePrioritet[rad],
                AndreInntekter = b.AndreInntekter[rad],
                PartnerNetto = b.PartnerNetto[rad],
                PartnerEgenGjeld = b.PartnerEgenGjeld[rad],
                Boutgift = b.Boutgift[rad],
                Barnetilsyn = b.Barnetilsyn[rad],
                BidragBetalt = b.BidragBetalt[rad],
                BarnFra = b.BarnFra[rad],
                BarnAntall = b.BarnAntall[rad],
                SamvaerFra = b.SamvaerFra[rad],
                SamvaerAntall = b.SamvaerAntall[rad],
                UtgiftFra = b.UtgiftFra[rad],
                UtgiftAntall = b.UtgiftAntall[rad],
                DatoNr = datoNr[rad],
                Sivilstand = b.Sivilstand[rad],
                Kostnadsdeling = b.Kostnadsdeling[rad],
                Tak = b.Tak[rad],
                Naeringsinntekt = b.Naeringsinntekt[rad],
                NaeringSkjematisk = b.NaeringSkjematisk[rad],
            };
        }

        TakBegrunnelse = [.. b.TakBegrunnelse];
        BarnFoedt = [.. b.BarnFoedt];
        BarnVideregaaende = [.. b.BarnVideregaaende];
        SamvaerFoedt = [.. b.SamvaerFoedt];
        Samvaersklasse = [.. b.Samvaersklasse];
        UtgiftOere = [.. b.UtgiftOere];
        UtgiftEgen = [.. b.UtgiftEgen];
        UtgiftTekst = [.. b.UtgiftTekst];
        (BarnAlder, SamvaerAlder) = Aldre(aldersgrenser);

        // The input check depends on the row alone (not on the satser or the options of a run), so it runs once here,
        // with the same generic check as Trekkberegner.Beregn, and every run reads its verdict.
        for (var rad = 0; rad < Antall; rad++)
        {
            var nr = Rader[rad].DatoNr;
            var inndata = new Portefoeljerad(this, rad, in Rader[rad], datoer[nr], Lokaldatoer[nr]);
            Rader[rad].Gyldig = Trekksakvalidering.ErGyldig(ref inndata);
        }
    }

    /// <summary>Number of rows (debtors).</summary>
    public int Antall { get; }

    /// <summary>Number of distinct beregningsdatoer among the rows.</summary>
    public int AntallDatoer => Datoer.Length;

    // The columns. Internal: read by the run through Portefoeljerad, written only by the constructor.
    internal int[] Datoer { get; }

    internal LocalDate[] Lokaldatoer { get; }


    /// <summary>
    /// Each row's scalar fields in one element (<see cref="Radfelt"/>): a run reads them all for every row, so one array
    /// costs one bounds check and one stream of memory per row instead of one per field.
    /// </summary>
    internal Radfelt[] Rader { get; }

    internal string?[] TakBegrunnelse { get; }

    internal int[] BarnFoedt { get; }

    internal bool[] BarnVideregaaende { get; }

    /// <summary>
    /// Each household child's age in whole years on its row's beregningsdato, computed once when the portfolio is built
    /// (a row's date is fixed, so the age is a fact of the row like its day numbers; see <see cref="Aldre"/>).
    /// </summary>
    internal int[] BarnAlder { get; }

    /// <summary>As <see cref="BarnAlder"/>, for each samvær child.</summary>
    internal int[] SamvaerAlder { get; }

    internal int[] SamvaerFoedt { get; }

    internal int[] Samvaersklasse { get; }

    internal long[] UtgiftOere { get; }

    internal bool[] UtgiftEgen { get; }

    internal string?[] UtgiftTekst { get; }

    /// <summary>The beregningsdato of row <paramref name="rad"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public LocalDate Beregningsdato(int rad)
    {
        SjekkRad(rad);
        return Lokaldatoer[Rader[rad].DatoNr];
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
        ref readonly var f = ref Rader[rad];
        var barn = ImmutableArray.CreateBuilder<Barn>(f.BarnAntall);
        for (var i = f.BarnFra; i < f.BarnFra + f.BarnAntall; i++)
        {
            barn.Add(new Barn(Portefoeljerad.Dato(BarnFoedt[i]), BarnVideregaaende[i]));
        }

        var samvaer = ImmutableArray.CreateBuilder<Samvaersbarn>(f.SamvaerAntall);
        for (var i = f.SamvaerFra; i < f.SamvaerFra + f.SamvaerAntall; i++)
        {
            samvaer.Add(new Samvaersbarn(Portefoeljerad.Dato(SamvaerFoedt[i]), Samvaersklasse[i]));
        }

        var andre = ImmutableArray.CreateBuilder<AnnenUtgift>(f.UtgiftAntall);
        for (var i = f.UtgiftFra; i < f.UtgiftFra + f.UtgiftAntall; i++)
        {
            andre.Add(new AnnenUtgift(UtgiftTekst[i]!, Beloep.FraOere(UtgiftOere[i]), UtgiftEgen[i]));
        }

        return new Trekksak
        {
            Beregningsdato = Lokaldatoer[f.DatoNr],
            BruttoPerMaaned = Beloep.FraOere(f.Brutto),
            ForskuddstrekkPerMaaned = Beloep.FraOere(f.Forskudd),
            TrekkMedBedrePrioritetPerMaaned = Beloep.FraOere(f.BedrePrioritet),
            AndreInntekterPerMaaned = Beloep.FraOere(f.AndreInntekter),
            Naeringsinntekt = f.Naeringsinntekt,
            NaeringSkjematisk = f.NaeringSkjematisk,
            Sivilstand = f.Sivilstand,
            PartnerNettoPerMaaned = Beloep.FraOere(f.PartnerNetto),
            PartnerEgenGjeldPerMaaned = Beloep.FraOere(f.PartnerEgenGjeld),
            Barn = barn.MoveToImmutable(),
            Samvaersbarn = samvaer.MoveToImmutable(),
            Boutgift = Beloep.FraOere(f.Boutgift),
            Barnetilsyn = Beloep.FraOere(f.Barnetilsyn),
            BidragBetalt = Beloep.FraOere(f.BidragBetalt),
            AndreUtgifter = andre.MoveToImmutable(),
            Kostnadsdeling = f.Kostnadsdeling,
            Tak = f.Tak,
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
            ref readonly var f = ref Rader[rad];
            var nr = f.DatoNr;
            var dag = Datoer[nr];
            var grenser = aldersgrenser.AsSpan(nr * Aldersgrenser.Antall, Aldersgrenser.Antall);
            for (var i = f.BarnFra; i < f.BarnFra + f.BarnAntall; i++)
            {
                barn[i] = Aldersgrenser.Alder(grenser, dag, BarnFoedt[i]);
            }

            for (var i = f.SamvaerFra; i < f.SamvaerFra + f.SamvaerAntall; i++)
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

/// <summary>
/// The scalar fields of one row of a <see cref="Trekkportefoelje"/> (amounts in øre, the offsets and counts of its
/// children, samvær children and other expenses in the shared arrays, its date's number, and whether it passes the
/// input check), kept together: the run reads them all for every row.
/// </summary>
internal struct Radfelt
{
    internal long Brutto;
    internal long Forskudd;
    internal long BedrePrioritet;
    internal long AndreInntekter;
    internal long PartnerNetto;
    internal long PartnerEgenGjeld;
    internal long Boutgift;
    internal long Barnetilsyn;
    internal long BidragBetalt;
    internal int BarnFra;
    internal int BarnAntall;
    internal int SamvaerFra;
    internal int SamvaerAntall;
    internal int UtgiftFra;
    internal int UtgiftAntall;
    internal int DatoNr;
    internal Sivilstand Sivilstand;
    internal Kostnadsdeling Kostnadsdeling;
    internal Takregel Tak;
    internal bool Naeringsinntekt;
    internal bool NaeringSkjematisk;

    /// <summary>Whether the row passes the input check (<see cref="Trekksakvalidering.ErGyldig{TSak}"/>), checked when the portfolio is built.</summary>
    internal bool Gyldig;
}
