using System.Net;
using System.Text;
using System.Text.Json;
using Utleggstrekk.Cli;

namespace Utleggstrekk.Web.Tests;

/// <summary>Shared helpers of the API tests: request bodies, the CLI run to compare with, answer checks.</summary>
internal static class Http
{
    public static StringContent JsonInnhold(string tekst) => new(tekst, Encoding.UTF8, "application/json");

    /// <summary>Runs the command line in-process; the exit code and standard output.</summary>
    public static (int Kode, string Ut) KjoerCli(params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        var kode = Kommandolinje.Kjoer(args, ut, feil);
        return (kode, ut.ToString());
    }

    /// <summary>A 200 JSON answer's text.</summary>
    public static async Task<string> OkAsync(HttpResponseMessage svar)
    {
        var tekst = await svar.Content.ReadAsStringAsync();
        svar.StatusCode.Should().Be(HttpStatusCode.OK, tekst);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return tekst;
    }

    /// <summary>A problem answer with <paramref name="status"/>, checked for the RFC 9457 members.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage svar, HttpStatusCode status)
    {
        var tekst = await svar.Content.ReadAsStringAsync();
        svar.StatusCode.Should().Be(status, tekst);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var rot = JsonDocument.Parse(tekst).RootElement.Clone();
        rot.GetProperty("status").GetInt32().Should().Be((int)status);
        rot.GetProperty("type").GetString().Should().StartWith("urn:utleggstrekk:problem:");
        rot.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        rot.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        return rot;
    }

    /// <summary>The (field, rule) pairs of a problem's <c>feil</c>.</summary>
    public static List<(string Felt, string Regel)> Feil(JsonElement problem) =>
        [.. problem.GetProperty("feil").EnumerateArray().Select(f => (f.GetProperty("felt").GetString()!, f.GetProperty("regel").GetString()!))];
}
