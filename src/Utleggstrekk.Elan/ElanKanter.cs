using System.Globalization;
using System.Text.Json;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Elan;

/// <summary>
/// The checks on an ELAN document's JSON itself, made on the parsed tree before it is deserialized: a lone surrogate
/// in a string or a property name (<c>"\ud800"</c>) and a property given twice in one object are refused as read errors
/// (exit code 2), as the project's other readers refuse them; a <c>valuta</c> other than <c>NOK</c> is refused (the
/// engine counts kroner only); and an amount or rate is read from its JSON text exactly, so a value like <c>1e-30</c>
/// or <c>8000.009999999999999999999999999999</c>, which <see cref="decimal"/> would round to two decimals, is reported
/// as <c>UGYLDIG_BELOEP</c> / <c>UGYLDIG_RENTE</c> with the text as written instead of being imported rounded.
/// </summary>
internal static class ElanKanter
{
    private static readonly HashSet<string> Beloepsfelt = new(["beloep", "paalydendeBeloep"], StringComparer.Ordinal);

    private static readonly HashSet<string> Satsfelt = new(["avtaltRentesats", "beregnetMedAvtaltRentesats"], StringComparer.Ordinal);

    /// <summary>
    /// Walks <paramref name="rot"/>: throws <see cref="UgyldigInndataException"/> with every read error found, and
    /// returns the amounts and rates (path → text) whose exact value has more than two decimals.
    /// </summary>
    public static Dictionary<string, string> Sjekk(JsonElement rot, string kilde)
    {
        var vandring = new Vandring(kilde);
        vandring.Gaa(rot, string.Empty, null);
        return vandring.Feil.Count > 0 ? throw new UgyldigInndataException(vandring.Feil) : vandring.Unoeyaktige;
    }

    /// <summary>One walk over a document: the read errors and the inexact amounts found so far.</summary>
    private sealed class Vandring(string kilde)
    {
        public List<Valideringsfeil> Feil { get; } = [];

        public Dictionary<string, string> Unoeyaktige { get; } = new(StringComparer.Ordinal);

        /// <summary>Checks <paramref name="e"/> at <paramref name="sti"/> (<paramref name="navn"/>: its property name, if any) and everything under it.</summary>
        public void Gaa(JsonElement e, string sti, string? navn)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    GaaObjekt(e, sti);
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var x in e.EnumerateArray())
                    {
                        Gaa(x, sti + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", null);
                        i++;
                    }

                    break;
                case JsonValueKind.String:
                    SjekkTekst(e, sti, navn);
                    break;
                case JsonValueKind.Number when navn is not null && (Beloepsfelt.Contains(navn) || Satsfelt.Contains(navn)):
                    SjekkTall(e, sti);
                    break;
            }
        }

        /// <summary>Each property once, with a name that is valid Unicode; then its value.</summary>
        private void GaaObjekt(JsonElement e, string sti)
        {
            var sett = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                string egenskap;
                try
                {
                    egenskap = p.Name;
                }
                catch (InvalidOperationException)
                {
                    Feil.Add(new Valideringsfeil(sti.Length == 0 ? kilde : sti, null, Feilkoder.UgyldigJson, "Et feltnavn har et enslig surrogattegn (ikke gyldig Unicode)."));
                    continue;
                }

                var under = sti.Length == 0 ? egenskap : sti + "." + egenskap;
                if (!sett.Add(egenskap))
                {
                    Feil.Add(new Valideringsfeil(under, null, Feilkoder.DuplikatFelt, "Feltet står mer enn én gang i samme objekt."));
                    continue;
                }

                Gaa(p.Value, under, egenskap);
            }
        }

        /// <summary>A string must be valid Unicode; a <c>valuta</c> must be <c>NOK</c>.</summary>
        private void SjekkTekst(JsonElement e, string sti, string? navn)
        {
            string tekst;
            try
            {
                tekst = e.GetString()!;
            }
            catch (InvalidOperationException)
            {
                Feil.Add(new Valideringsfeil(sti.Length == 0 ? kilde : sti, null, Feilkoder.UgyldigJson, "Teksten har et enslig surrogattegn (ikke gyldig Unicode)."));
                return;
            }

            if (navn == "valuta" && tekst != "NOK")
            {
                Feil.Add(new Valideringsfeil(sti, Inndatatekst.Kort(tekst), Elankoder.UgyldigValuta, "Bare norske kroner (NOK) kan importeres; beløpet regnes ikke om fra en annen valuta."));
            }
        }

        /// <summary>An amount or rate whose exact text has more than two decimals that <see cref="decimal"/> would round away.</summary>
        private void SjekkTall(JsonElement e, string sti)
        {
            var raa = e.GetRawText();
            var uten = raa.StartsWith('-') ? raa[1..] : raa;
            if (!Beloep.TryFraTekst(uten, sti, tillatEksponent: true, out _, out _)
                && decimal.TryParse(uten, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                && v * 100m == decimal.Truncate(v * 100m)
                && v <= long.MaxValue / 100m)
            {
                // decimal rounded away digits the text has: the exact value has more than two decimals.
                Unoeyaktige[sti] = Inndatatekst.Kort(raa);
            }
        }
    }
}
