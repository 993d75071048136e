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
    /// as <see cref="SatserRegler.TomTabell"/>): the common first step of every table reader.
    /// </summary>
    public static List<Rad>? LesTabell(string fil, byte[] innhold, IReadOnlyList<string> kolonner, Feilsamler feil)
    {
        var rader = Les(fil, innhold, kolonner, feil);
        if (rader is { Count: 0 })
        {
            feil.Legg(fil, 0, 0, SatserRegler.TomTabell, "Tabellen har ingen rader.");
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
        var rader = new List<Rad>();
        var hodeLest = false;
        string? daarligFelt = null;
        var konfigurasjon = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            IgnoreBlankLines = true,
            DetectDelimiter = false,
            TrimOptions = TrimOptions.None,
            BadDataFound = a => daarligFelt ??= a.Field,
        };

        // Encoding and quoting first, with exact positions: CsvHelper's own reports of bad quoting are imprecise.
        if (Csvskanner.Les(fil, innhold, feil) is not { } tekst)
        {
            return null;
        }

        try
        {
            using var leser = new StringReader(tekst);
            using var parser = new CsvParser(leser, konfigurasjon);
            while (parser.Read())
            {
                var felt = parser.Record ?? [];
                var linje = Startlinje(parser);
                if (daarligFelt is not null)
                {
                    var kolonne = Array.IndexOf(felt, daarligFelt.Replace("\"", string.Empty, StringComparison.Ordinal)) + 1;
                    feil.Legg(fil, linje, kolonne, SatserRegler.UgyldigCsv, $"Ugyldig CSV i feltet {daarligFelt}: et felt med anførselstegn må være helt omsluttet av dem, og anførselstegn inne i feltet skrives dobbelt.");
                    daarligFelt = null;
                    if (!hodeLest)
                    {
                        return null;
                    }

                    continue;
                }

                if (!hodeLest)
                {
                    hodeLest = true;
                    if (!SjekkHode(fil, linje, felt, kolonner, feil))
                    {
                        return null;
                    }

                    continue;
                }

                if (felt.Length != kolonner.Count)
                {
                    feil.Legg(
                        fil,
                        linje,
                        Math.Min(felt.Length, kolonner.Count) + 1,
                        SatserRegler.AntallKolonner,
                        $"Raden har {felt.Length} felt, men hodet har {kolonner.Count} ({string.Join(',', kolonner)}). Et felt med komma må stå i anførselstegn.");
                    continue;
                }

                rader.Add(new Rad(linje, felt));
            }
        }
        catch (CsvHelperException e)
        {
            feil.Legg(fil, 0, 0, SatserRegler.UgyldigCsv, $"Filen kan ikke leses som CSV: {e.Message}");
            return null;
        }

        if (!hodeLest)
        {
            feil.Legg(fil, 1, 1, SatserRegler.FeilHode, $"Filen er tom; forventet hodet {string.Join(',', kolonner)}.");
            return null;
        }

        return rader;
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
                feil.Legg(fil, linje, i + 1, SatserRegler.FeilHode, $"Feil hode: {hva}. Forventet nøyaktig {string.Join(',', kolonner)}.");
                return false;
            }
        }

        return true;
    }
}
