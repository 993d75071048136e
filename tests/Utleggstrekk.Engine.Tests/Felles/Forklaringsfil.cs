using System.Runtime.CompilerServices;
using System.Text;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// An explanation tree as text — one line per node (indented by depth: step, rule, result) and one per fact — compared
/// with a committed file next to the test. With <c>UTLEGGSTREKK_OPPDATER_FORKLARINGER=1</c> the file is written first
/// (after a deliberate change of a trace; read the diff before committing it).
/// </summary>
internal static class Forklaringsfil
{
    public static void SkalVaere(Forklaring forklaring, string mappe, string navn, [CallerFilePath] string testfil = "")
    {
        var tekst = Skriv(forklaring);
        var sti = Path.Combine(Path.GetDirectoryName(testfil)!, mappe, navn + ".txt");
        if (Environment.GetEnvironmentVariable("UTLEGGSTREKK_OPPDATER_FORKLARINGER") == "1")
        {
            File.WriteAllText(sti, tekst, new UTF8Encoding(false));
        }

        tekst.Should().Be(File.ReadAllText(sti), $"{mappe}/{navn}.txt");
    }

    public static string Skriv(Forklaring rot)
    {
        var sb = new StringBuilder();
        Node(sb, rot, 0);
        return sb.ToString();
    }

    private static void Node(StringBuilder sb, Forklaring f, int dybde)
    {
        var innrykk = new string(' ', dybde * 2);
        sb.Append(innrykk).Append(f.Steg).Append(" [").Append(f.Regel.Navn).Append("] = ").Append(f.Resultat).Append('\n');
        foreach (var faktum in f.Fakta)
        {
            sb.Append(innrykk).Append("  · ").Append(faktum.Navn).Append(" = ").Append(faktum.Verdi).Append('\n');
        }

        foreach (var del in f.Deler)
        {
            Node(sb, del, dybde + 1);
        }
    }
}
