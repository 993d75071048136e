using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Innsyn;
using Utleggstrekk.Reference.Prioritet;
using Utleggstrekk.Reference.Renter;

namespace Utleggstrekk.Reference.Framskriving;

/// <summary>One claim at the end of a reference projection, in kroner.</summary>
/// <param name="Innfridd">The 0-based month at whose end nothing remains, or −1.</param>
/// <param name="Start">Remaining plus accrued and stipulated interest at the start.</param>
/// <param name="Gjenstaaende">What remains at the end.</param>
/// <param name="Renter">Interest accrued over the projection.</param>
/// <param name="Mottatt">Total received.</param>
public sealed record ReferanseKravFramskriving(int Innfridd, decimal Start, decimal Gjenstaaende, decimal Renter, decimal Mottatt);

/// <summary>One month of a reference projection, in kroner.</summary>
/// <param name="Fra">The month's first day.</param>
/// <param name="Betaling">The trekk paid.</param>
/// <param name="Overskudd">What was left over: taken too much, to be paid back (pkt. 8.7).</param>
/// <param name="Renter">Interest accrued over the month.</param>
/// <param name="Gjenstaaende">What remains of all claims at the month's end.</param>
public sealed record ReferanseMaaned(LocalDate Fra, decimal Betaling, decimal Overskudd, decimal Renter, decimal Gjenstaaende);

/// <summary>A reference projection.</summary>
/// <param name="Krav">Per claim, input order.</param>
/// <param name="Maaneder">Per month.</param>
public sealed record ReferanseFramskrivingsresultat(IReadOnlyList<ReferanseKravFramskriving> Krav, IReadOnlyList<ReferanseMaaned> Maaneder);

/// <summary>
/// Reference projection (SPEC §9), plain decimal + LINQ, written without the engine's projection code: each month the
/// trekkpålegg in force on its first day (or a fixed what-if amount) is distributed with <see cref="ReferanseFordeling"/>
/// (which places the interest of a class a–d krav in class f), a class e/f claim's share pays interest before
/// principal, then <see cref="ReferanseRenter"/> gives the month's interest on each remaining
/// principal.
/// </summary>
public static class ReferanseFramskriving
{
    /// <summary>Projects <paramref name="trekk"/> over <paramref name="maaneder"/> months from <paramref name="fra"/>.</summary>
    public static ReferanseFramskrivingsresultat Framskriv(
        Trekk trekk,
        LocalDate fra,
        int maaneder,
        EnkelTabell<Prosentverdi> tabell,
        decimal? brutto,
        LocalDate? trekkperiodeSlutt,
        decimal? fastBeloep)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        var krav = trekk.Krav;
        var n = krav.Length;
        var gj = krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag ? 0m : k.Gjenstaaende.Kroner).ToArray();
        var renter = krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag ? 0m : k.PaaloeptRente.Kroner + ReferanseInnsyn.StipulertRente(k, fra, tabell)).ToArray();
        var start = gj.Zip(renter, (a, b) => a + b).ToArray();
        var opptjent = new decimal[n];
        var mottatt = new decimal[n];
        var innfridd = Enumerable.Repeat(-1, n).ToArray();
        var resultatMaaneder = new List<ReferanseMaaned>();

        for (var j = 0; j < maaneder; j++)
        {
            var maanedFra = fra.PlusMonths(j);
            var maanedTil = fra.PlusMonths(j + 1);
            var iKraft = trekk.Trekkpaalegg.Where(p => p.Fra <= maanedFra && (p.Til is null || maanedFra < p.Til)).ToList();
            // A claim takes part while its own trekkperiode runs on the month's first day; with none taking part, no trekk.
            var deltar = Enumerable.Range(0, n).Select(i => trekk.TrekkperiodeSluttFor(i) is not { } s || maanedFra < s).ToArray();
            var aktiv = (trekk.Trekkpaalegg.IsEmpty || iKraft.Count > 0) && (trekkperiodeSlutt is null || maanedFra < trekkperiodeSlutt) && deltar.Any(d => d);
            var besluttet = iKraft.Sum(p => p.Beloep is { } b ? b.Kroner : Math.Floor(brutto!.Value * p.Prosent!.Value.Verdi / 100m));
            var betaling = aktiv ? fastBeloep ?? besluttet : 0m;

            // The claims with this month's needs; the reference fordeling splits off the class-f interest parts itself.
            var maanedensKrav = krav
                .Select((k, i) => !deltar[i]
                    ? k with { MaanedligBeloep = Beloep.Null, Gjenstaaende = Beloep.Null, PaaloeptRente = Beloep.Null }
                    : k.Kravtype == Kravtype.LoependeBidrag
                    ? k with { MaanedligBeloep = aktiv ? k.MaanedligBeloep : Beloep.Null }
                    : k with { Gjenstaaende = Beloep.FraDesimal(gj[i]), PaaloeptRente = Beloep.FraDesimal(renter[i]) })
                .ToList();

            // Pkt. 8.7 / SPEC §9: once every other claim taking part is paid, the trekk takes only what the løpende
            // bidrag are due.
            var andreKravTrengerNoe = maanedensKrav.Any(k => k.Kravtype != Kravtype.LoependeBidrag && k.Behov > Beloep.Null);
            if (!andreKravTrengerNoe)
            {
                betaling = Math.Min(betaling, maanedensKrav.Where(k => k.Kravtype == Kravtype.LoependeBidrag).Sum(k => k.MaanedligBeloep.Kroner));
            }

            var fordeling = ReferanseFordeling.Fordel(maanedensKrav, betaling, trekk.Regel);
            for (var i = 0; i < n; i++)
            {
                var andel = fordeling.Andeler[i];
                mottatt[i] += andel;
                if (krav[i].Kravtype == Kravtype.LoependeBidrag)
                {
                    continue;
                }

                // A class a–d claim's interest is paid by its class-f part; a class e/f claim pays interest first.
                var tilRente = krav[i].Artsprioritet <= Artsprioritet.D ? fordeling.Renteandeler[i] : Math.Min(andel, renter[i]);
                renter[i] -= tilRente;
                gj[i] -= andel - tilRente;
            }

            decimal maanedsrente = 0;
            for (var i = 0; i < n; i++)
            {
                var v = krav[i].Rentevilkaar;
                if (krav[i].Kravtype != Kravtype.LoependeBidrag && gj[i] > 0 && v.Type != Rentetype.Ingen && v.RenteFra is { } rf && rf < maanedTil)
                {
                    var fraDag = rf > maanedFra ? rf : maanedFra;
                    var r = v.Type == Rentetype.Avtalt
                        ? ReferanseRenter.AvtaltRente(gj[i], fraDag, maanedTil, v.AvtaltSats.Verdi).Rente
                        : ReferanseRenter.Forsinkelsesrente(gj[i], fraDag, maanedTil, tabell).Rente;
                    renter[i] += r;
                    opptjent[i] += r;
                    maanedsrente += r;
                }

                if (innfridd[i] < 0 && krav[i].Kravtype != Kravtype.LoependeBidrag && gj[i] + renter[i] == 0)
                {
                    innfridd[i] = j;
                }
            }

            resultatMaaneder.Add(new ReferanseMaaned(maanedFra, betaling, fordeling.Overskudd, maanedsrente, gj.Sum() + renter.Sum()));
        }

        var resultatKrav = Enumerable.Range(0, n)
            .Select(i => new ReferanseKravFramskriving(innfridd[i], start[i], gj[i] + renter[i], opptjent[i], mottatt[i]))
            .ToList();
        return new ReferanseFramskrivingsresultat(resultatKrav, resultatMaaneder);
    }
}
