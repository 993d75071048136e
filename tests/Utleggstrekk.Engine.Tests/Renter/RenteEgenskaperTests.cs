using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Reference.Renter;

namespace Utleggstrekk.Tests.Renter;

public class RenteEgenskaperTests
{
    /// <summary>A generated interest case: amount, start, length in days, agreed rate in hundredths.</summary>
    public sealed record Rentetilfelle(long HovedstolOere, LocalDate Fra, int Dager, int SatsHundredeler)
    {
        public LocalDate Til => Fra.PlusDays(Dager);

        public override string ToString() => $"{HovedstolOere} øre, {Fra:uuuu-MM-dd} + {Dager} d, {SatsHundredeler}/100 %";
    }

    private static readonly LocalDate Start = new(2010, 1, 1);

    private static Arbitrary<Rentetilfelle> Tilfeller() =>
        (from hovedstol in Gen.Elements(0L, 1L, 99L, 1_825L, 100_000L, 12_345_678L, 999_999_999_99L).Or(Gen.Choose(0, int.MaxValue).Select(x => (long)x))
         from start in Gen.Choose(0, 16 * 366 + 200)
         from dager in Gen.Elements(0, 1, 2, 31, 181, 365, 366).Or(Gen.Choose(0, 2_200))
         from sats in Gen.Elements(0, 1, 1225, 2199, 10_000).Or(Gen.Choose(0, 5_000))
         select new Rentetilfelle(hovedstol, Start.PlusDays(start), dager, sats)).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Forsinkelsesrente_agrees_with_the_reference() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var motor = Renteberegner.Forsinkelsesrente(Beloep.FraOere(t.HovedstolOere), t.Fra, t.Til, ForsinkelsesrenteTestdata.Tabell);
            var reference = ReferanseRenter.Forsinkelsesrente(t.HovedstolOere / 100m, t.Fra, t.Til, ForsinkelsesrenteTestdata.Tabell);
            return motor.Rente.Kroner == reference.Rente && motor.Antatt == reference.Antatt && motor.Dager == reference.Dager;
        });

    [Property(MaxTest = 400)]
    public Property Agreed_rate_agrees_with_the_reference() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var sats = Prosent.FraHundredeler(t.SatsHundredeler);
            var motor = Renteberegner.AvtaltRente(Beloep.FraOere(t.HovedstolOere), t.Fra, t.Til, sats);
            var reference = ReferanseRenter.AvtaltRente(t.HovedstolOere / 100m, t.Fra, t.Til, sats.Verdi);
            return motor.Rente.Kroner == reference.Rente && !motor.Antatt && motor.Dager == t.Dager;
        });

    [Property(MaxTest = 300)]
    public Property Interest_is_simple_and_additive_within_one_rounding() =>
        // Splitting a period anywhere changes the result by at most 1 øre (two roundings instead of one), and
        // interest never grows on interest: doubling the principal doubles the exact interest (within rounding).
        Prop.ForAll(Tilfeller(), Arb.From(Gen.Choose(0, 1_000)), (t, snitt) =>
        {
            var midt = t.Fra.PlusDays(Math.Min(snitt, t.Dager));
            var hovedstol = Beloep.FraOere(t.HovedstolOere);
            var hel = Renteberegner.Forsinkelsesrente(hovedstol, t.Fra, t.Til, ForsinkelsesrenteTestdata.Tabell).Rente.Oere;
            var a = Renteberegner.Forsinkelsesrente(hovedstol, t.Fra, midt, ForsinkelsesrenteTestdata.Tabell).Rente.Oere;
            var b = Renteberegner.Forsinkelsesrente(hovedstol, midt, t.Til, ForsinkelsesrenteTestdata.Tabell).Rente.Oere;
            var dobbel = Renteberegner.Forsinkelsesrente(hovedstol + hovedstol, t.Fra, t.Til, ForsinkelsesrenteTestdata.Tabell).Rente.Oere;
            return Math.Abs(hel - (a + b)) <= 1 && Math.Abs(dobbel - (2 * hel)) <= 1;
        });
}
