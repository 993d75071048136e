using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Utleggstrekk.Satser.Csv;

/// <summary>One data row of a CSV file: its first line number (1-based, the header is line 1) and its fields.</summary>
internal sealed record Rad(int Linje, string[] Felt);

/// <summary>Reads a CSV file (RFC 4180, comma, UTF-8) into rows with line numbers, checking the header and field counts.</summary>
internal static class CsvFil
{
    /// <summary>
    /// The data rows of a rate table, or <c>null</c> when the file cannot be read as a table or has no rows (reported
    /// as <see cref="Satserfeilkoder.TomTabell"/>): the common first step of every table reader.
    /// </summary>
    public static List<Rad>? LesTabell(string fil, byte[] innhold, IReadOnlyList<string> kolonner, Feilsamler feil)
    {
        var rader = Les(fil, innhold, kolonner, feil);
        if (rader is { Count: 0 })
        {
            feil.Legg(fil, 0, 0, Satserfeilkoder.TomTabell, "Tabellen har ingen rader.");
            return null;
        }

        return rader;
    }

    /// <summary>
    /// The data rows of <paramref name="innhold"/>, or <c>null</c> when the file cannot be read as a table
    /// (invalid UTF-8, wrong header). Rows with the wrong number of fields are reported and left out.
    /// </summary>
    public static List<Rad>? Les(string fil, byte[] innhold, IReadOnlyList<string> kolonner, Feilsamler feil)
    {
        // Encoding and quoting first, with exact positions: CsvHelper's own reports of bad quoting are imprecise.
        if (Csvskanner.Les(fil, innhold, feil) is not { } tekst)
        {
            return null;
        }

        var leser = new Radleser(fil, kolonner, feil);
        try
        {
            if (!leser.LesAlle(tekst))
            {
                return null;
            }
        }
        catch (CsvHelperException e)
        {
            feil.Legg(fil, 0, 0, Satserfeilkoder.UgyldigCsv, $"Filen kan ikke leses som CSV: {e.Message}");
            return null;
        }

        if (!leser.HodeLest)
        {
            feil.Legg(fil, 1, 1, Satserfeilkoder.FeilHode, $"Filen er tom; forventet hodet {string.Join(',', kolonner)}.");
            return null;
        }

        return leser.Rader;
    }

    /// <summary>The first line of the current record (a quoted field may span lines; the parser reports the last).</summary>
    private static int Startlinje(CsvParser parser)
    {
        var raa = parser.RawRecord;
        var linjeskift = raa.Count(c => c == '\n');
        if (raa.EndsWith('\n'))
        {
            linjeskift--;
        }

        return Math.Max(1, parser.RawRow - linjeskift);
    }

    private static bool SjekkHode(string fil, int linje, string[] felt, IReadOnlyList<string> kolonner, Feilsamler feil)
    {
        for (var i = 0; i < Math.Max(felt.Length, kolonner.Count); i++)
        {
            var faktisk = i < felt.Length ? felt[i] : null;
            var forventet = i < kolonner.Count ? kolonner[i] : null;
            if (!string.Equals(faktisk, forventet, StringComparison.Ordinal))
            {
                var hva = (faktisk, forventet) switch
                {
                    (null, _) => $"kolonnen '{forventet}' mangler",
                    (_, null) => $"kolonnen '{faktisk}' er ukjent",
                    _ => $"kolonne {i + 1} heter '{faktisk}', forventet '{forventet}'",
                };
                feil.Legg(fil, linje, i + 1, Satserfeilkoder.FeilHode, $"Feil hode: {hva}. Forventet nøyaktig {string.Join(',', kolonner)}.");
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the records of one file in order: the header first, then the data rows, reporting each bad record.</summary>
    private sealed class Radleser(string fil, IReadOnlyList<string> kolonner, Feilsamler feil)
    {
        private string? _daarligFelt;

        /// <summary>The data rows read so far (those with the right number of fields).</summary>
        public List<Rad> Rader { get; } = [];

        /// <summary>True once the header record has been read.</summary>
        public bool HodeLest { get; private set; }

        /// <summary>Reads every record; false when the file cannot be read as a table (a bad or wrong header).</summary>
        public bool LesAlle(string tekst)
        {
            var konfigurasjon = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = ",",
                IgnoreBlankLines = true,
                DetectDelimiter = false,
                TrimOptions = TrimOptions.None,
                BadDataFound = a => _daarligFelt ??= a.Field,
            };
            using var leser = new StringReader(tekst);
            using var parser = new CsvParser(leser, konfigurasjon);
            while (parser.Read())
            {
                if (!LesPost(parser.Record ?? [], Startlinje(parser)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>One record: a bad field, the header or a data row. False when reading must stop.</summary>
        private bool LesPost(string[] felt, int linje)
        {
            if (_daarligFelt is { } daarligFelt)
            {
                MeldDaarligFelt(daarligFelt, felt, linje);
                _daarligFelt = null;
                return HodeLest;
            }

            if (!HodeLest)
            {
                HodeLest = true;
                return SjekkHode(fil, linje, felt, kolonner, feil);
            }

            if (felt.Length != kolonner.Count)
            {
                feil.Legg(
                    fil,
                    linje,
                    Math.Min(felt.Length, kolonner.Count) + 1,
                    Satserfeilkoder.AntallKolonner,
                    $"Raden har {felt.Length} felt, men hodet har {kolonner.Count} ({string.Join(',', kolonner)}). Et felt med komma må stå i anførselstegn.");
                return true;
            }

            Rader.Add(new Rad(linje, felt));
            return true;
        }

        /// <summary>Reports the field CsvHelper found bad in this record, at its column.</summary>
        private void MeldDaarligFelt(string daarligFelt, string[] felt, int linje)
        {
            var kolonne = Array.IndexOf(felt, daarligFelt.Replace("\"", string.Empty, StringComparison.Ordinal)) + 1;
            feil.Legg(fil, linje, kolonne, Satserfeilkoder.UgyldigCsv, $"Ugyldig CSV i feltet {daarligFelt}: et felt med anførselstegn må være helt omsluttet av dem, og anførselstegn inne i feltet skrives dobbelt.");
        }
    }
}
