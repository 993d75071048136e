using System.Text;
using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// Standard input as the real console gives it, bytes: decoded strictly as UTF-8 like a file, for a whole document
/// (<c>-</c>) and line by line (<c>--ndjson</c>), so an invalid byte is refused with its position and never becomes U+FFFD.
/// </summary>
public class StdinBytesTests
{
    private static (int Kode, string Ut, string Feil) Kjoer(byte[] inn, params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        using var stroem = new MemoryStream(inn);
        var kode = Kommandolinje.Kjoer(args, ut, feil, stroem);
        return (kode, ut.ToString(), feil.ToString());
    }

    private static string EnLinje(string eksempel) =>
        JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel(eksempel))).RootElement);

    [Fact]
    public void A_document_on_stdin_as_bytes_gives_what_the_file_gives_with_or_without_a_bom()
    {
        var fil = CliKjoering.Eksempel("enslig-spec-eksempel.json");
        var forventet = CliKjoering.Kjoer("beregn", fil, "--json").Ut;
        var bytes = File.ReadAllBytes(fil);
        Kjoer(bytes, "beregn", "-", "--json").Ut.Should().Be(forventet);
        Kjoer([0xEF, 0xBB, 0xBF, .. bytes], "beregn", "-", "--json").Ut.Should().Be(forventet);
    }

    [Fact]
    public void Invalid_utf8_on_stdin_is_refused_with_its_position_not_replaced()
    {
        // The krav id "K\xFF1": replaced it would be read as "K\uFFFD1" and accepted.
        var tekst = File.ReadAllText(CliKjoering.Eksempel("trekk-blandet.json"));
        var i = tekst.IndexOf("\"id\": \"", StringComparison.Ordinal) + 7;
        var bytes = Encoding.UTF8.GetBytes(tekst[..i]).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(tekst[i..])).ToArray();

        var (kode, ut, _) = Kjoer(bytes, "fordel", "-", "--beloep", "7000", "--json");
        kode.Should().Be(2);
        var feil = JsonDocument.Parse(ut).RootElement.GetProperty("feil")[0];
        feil.GetProperty("felt").GetString().Should().Be("stdin");
        feil.GetProperty("regel").GetString().Should().Be("UGYLDIG_JSON");
        feil.GetProperty("melding").GetString().Should().Contain("UTF-8");
    }

    [Fact]
    public void Ndjson_decodes_each_line_on_its_own_an_invalid_byte_fails_only_its_line()
    {
        var a = Encoding.UTF8.GetBytes(EnLinje("enslig-spec-eksempel.json"));
        byte[] daarlig = [.. Encoding.UTF8.GetBytes("{ \"tekst\": \""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\" }")];
        byte[] inn = [0xEF, 0xBB, 0xBF, .. a, (byte)'\r', (byte)'\n', .. daarlig, (byte)'\n', (byte)'\n', .. a];

        var (kode, ut, _) = Kjoer(inn, "beregn", "-", "--ndjson");

        kode.Should().Be(2);
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().HaveCount(3, "line 3 is empty and skipped; line 4 has no final line break");
        var enkel = JsonDocument.Parse(CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("enslig-spec-eksempel.json"), "--json").Ut).RootElement.GetProperty("trekkPerMaaned").GetDecimal();
        JsonDocument.Parse(linjer[0]).RootElement.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(enkel, "the BOM and the \\r are not part of the document");
        JsonDocument.Parse(linjer[2]).RootElement.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(enkel);
        var feil = JsonDocument.Parse(linjer[1]).RootElement;
        feil.GetProperty("linje").GetInt64().Should().Be(2);
        feil.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("UGYLDIG_JSON");
        feil.GetProperty("feil")[0].GetProperty("felt").GetString().Should().Be("linje 2");
    }

    [Fact]
    public void Ndjson_lines_longer_than_the_read_buffer_and_crossing_it_are_read_whole()
    {
        // Padding with spaces inside the object: the line is ≈ 150 000 bytes, so it spans several 64 KiB reads.
        var a = EnLinje("enslig-spec-eksempel.json");
        var lang = "{" + new string(' ', 150_000) + a[1..];
        var inn = Encoding.UTF8.GetBytes(a + "\n" + lang + "\n" + a + "\n");

        var (kode, ut, feil) = Kjoer(inn, "beregn", "-", "--ndjson");

        kode.Should().Be(0, ut + feil);
        ut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3).And.OnlyContain(l => l.Contains("\"trekkPerMaaned\":11276", StringComparison.Ordinal));
    }

    [Fact]
    public void Ndjson_from_a_file_is_read_as_bytes_too()
    {
        var a = EnLinje("enslig-spec-eksempel.json");
        var sti = Path.Combine(Path.GetTempPath(), $"ndjson-{Guid.NewGuid():N}.ndjson");
        try
        {
            File.WriteAllBytes(sti, [.. Encoding.UTF8.GetBytes(a + "\n"), 0xFF, (byte)'\n']);
            var r = CliKjoering.Kjoer("beregn", sti, "--ndjson");
            r.Kode.Should().Be(2);
            var linjer = r.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            linjer.Should().HaveCount(2);
            JsonDocument.Parse(linjer[1]).RootElement.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("UGYLDIG_JSON");
        }
        finally
        {
            File.Delete(sti);
        }
    }
}
