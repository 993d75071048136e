namespace Utleggstrekk.Cli.Tests;

/// <summary>Runs the command line in-process and captures exit code, stdout and stderr.</summary>
internal static class CliKjoering
{
    public static (int Kode, string Ut, string Feil) Kjoer(params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        var kode = Kommandolinje.Kjoer(args, ut, feil);
        return (kode, ut.ToString(), feil.ToString());
    }

    /// <summary>The repository root (the folder holding Utleggstrekk.Engine.sln).</summary>
    public static string Rot() => Repo.Rot();

    /// <summary>Writes <paramref name="innhold"/> to a new temporary .json file and returns its path.</summary>
    public static string Midlertidig(string innhold)
    {
        var fil = Path.Combine(Path.GetTempPath(), "utleggstrekk-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(fil, innhold);
        return fil;
    }

    public static string Eksempel(string navn) => Repo.Eksempel(navn);

    public static void SkalVaereUgyldig(this (int Kode, string Ut, string Feil) r, params string[] inneholder)
    {
        r.Kode.Should().Be(2, "stderr: " + r.Feil);
        r.Ut.Should().BeEmpty();
        foreach (var tekst in inneholder)
        {
            r.Feil.Should().Contain(tekst);
        }

        r.Feil.Should().NotContain("   at ", "a stack trace must never be shown");
        r.Feil.Should().NotContain("Exception");
    }
}
