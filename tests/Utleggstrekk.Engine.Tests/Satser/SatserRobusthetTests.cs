using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Satser;

/// <summary>Random damage to a table never crashes the loader: it either loads the whole set or refuses it with errors.</summary>
public sealed class SatserRobusthetTests : IDisposable
{
    private static readonly string[] Filer = ["livsopphold.csv", "samvaer.csv", "forsinkelsesrente.csv", "rettsgebyr.csv", "trekkgrenser.csv"];

    private static readonly Gen<(int Posisjon, int Slett, string Sett)> Endring =
        from posisjon in Gen.Choose(0, int.MaxValue)
        from slett in Gen.Choose(0, 3)
        from sett in Gen.Elements(string.Empty, ",", "\"", "\n", "0", "9", ".", "-", "a", "2024-07-01", "\n\n", "¤")
        select (posisjon, slett, sett);

    private static readonly Arbitrary<(int Fil, (int Posisjon, int Slett, string Sett)[] Endringer)> Skader =
        (from fil in Gen.Choose(0, Filer.Length - 1)
         from endringer in Gen.ArrayOf(Endring, 3)
         select (fil, endringer))
        .ToArbitrary();

    private readonly Satskatalog _original = new();

    [Property(MaxTest = 150)]
    public Property Damaged_tables_are_refused_with_errors_or_loaded_whole_never_crash() =>
        Prop.ForAll(Skader, skade =>
        {
            using var k = new Satskatalog();
            var fil = Filer[skade.Fil];
            var tekst = _original.Les(fil);
            foreach (var (posisjon, slett, sett) in skade.Endringer)
            {
                var p = posisjon % (tekst.Length + 1);
                var n = Math.Min(slett, tekst.Length - p);
                tekst = string.Concat(tekst.AsSpan(0, p), sett, tekst.AsSpan(p + n));
            }

            k.Skriv(fil, tekst);
            k.OppdaterManifest();

            var feil = SatserLaster.Valider(k.Sti);
            if (feil.Count == 0)
            {
                return SatserLaster.LastFraKatalog(k.Sti).Versjon.StartsWith("satser-", StringComparison.Ordinal);
            }

            try
            {
                SatserLaster.LastFraKatalog(k.Sti);
                return false;
            }
            catch (SatserException e)
            {
                return e.Feil.SequenceEqual(feil) && feil.All(f => f.Fil == fil && f.Linje >= 0 && f.Kolonne >= 0);
            }
        });

    public void Dispose() => _original.Dispose();
}
