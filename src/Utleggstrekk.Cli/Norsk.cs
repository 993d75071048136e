using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace Utleggstrekk.Cli;

/// <summary>
/// Norwegian (bokmål) for what System.CommandLine writes itself: the help text and the parser's error messages.
/// Applied once to the whole command tree (<see cref="Konfigurer"/>), so a command added later gets it too.
/// System.CommandLine ships no Norwegian resources, so the help is written here and the parser errors are translated
/// from their (stable, resource-defined) English forms; an unknown form is wrapped, never shown bare.
/// </summary>
internal static partial class Norsk
{
    /// <summary>Gives every <c>--help</c> and <c>--version</c> in the tree a Norwegian description and the Norwegian help writer.</summary>
    public static void Konfigurer(RootCommand rot)
    {
        ArgumentNullException.ThrowIfNull(rot);
        foreach (var valg in rot.Options)
        {
            switch (valg)
            {
                case HelpOption hjelp:
                    hjelp.Description = "Vis hjelp og bruk.";
                    hjelp.Action = new Hjelp();
                    break;
                case VersionOption versjon:
                    versjon.Description = "Vis versjonen.";
                    break;
            }
        }
    }

    /// <summary>The parser's error message in Norwegian.</summary>
    public static string Parserfeil(string melding)
    {
        ArgumentNullException.ThrowIfNull(melding);
        foreach (var (moenster, norsk) in Oversettelser)
        {
            var m = moenster.Match(melding);
            if (m.Success)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, norsk, [.. m.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
            }
        }

        return "ugyldig kommandolinje (" + melding + ")";
    }

    private static readonly (Regex Moenster, string Norsk)[] Oversettelser =
    [
        (new Regex(@"^Unrecognized command or argument '(.*)'\.$"), "ukjent kommando eller argument '{0}'."),
        (new Regex(@"^Option '(.*)' is required\.$"), "valget '{0}' må angis."),
        (new Regex(@"^Required argument missing for command: '(.*)'\.$"), "argumentet mangler for kommandoen '{0}'."),
        (new Regex(@"^Required argument missing for option: '(.*)'\.$"), "verdien mangler for valget '{0}'."),
        (new Regex(@"^Required command was not provided\.$"), "ingen kommando angitt."),
        (new Regex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$"), "valget '{0}' tar én verdi, men fikk {1}."),
        (new Regex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\.", RegexOptions.Singleline), "kan ikke lese '{0}' som verdi for valget '{1}'."),
        (new Regex(@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\.", RegexOptions.Singleline), "kan ikke lese argumentet '{0}' for kommandoen '{1}'."),
        (new Regex(@"^Cannot parse argument '(.*)' as expected type '(.*)'\.$"), "kan ikke lese argumentet '{0}'."),
        (new Regex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline), "ukjent verdi '{0}'; tillatt:{1}"),
        (new Regex(@"^'(.*)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline), "'{0}' finnes ikke. Mente du:{1}"),
        (new Regex(@"^(.*) option cannot be combined with other arguments\.$"), "valget {0} kan ikke kombineres med andre argumenter."),
        (new Regex(@"^File does not exist: '(.*)'\.$"), "fant ikke filen '{0}'."),
        (new Regex(@"^Directory does not exist: '(.*)'\.$"), "fant ikke katalogen '{0}'."),
        (new Regex(@"^Response file not found '(.*)'\.$"), "fant ikke svarfilen '{0}'."),
    ];

    /// <summary>Writes the help of the command asked about in Norwegian: description, usage, arguments, options, subcommands.</summary>
    private sealed class Hjelp : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            ArgumentNullException.ThrowIfNull(parseResult);
            Skriv(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return Kommandolinje.Ok;
        }
    }

    /// <summary>Writes the Norwegian help of <paramref name="kommando"/>.</summary>
    public static void Skriv(Command kommando, TextWriter ut)
    {
        ArgumentNullException.ThrowIfNull(kommando);
        ArgumentNullException.ThrowIfNull(ut);
        if (!string.IsNullOrEmpty(kommando.Description))
        {
            ut.WriteLine("Beskrivelse:");
            ut.WriteLine("  " + kommando.Description);
            ut.WriteLine();
        }

        var sti = new List<string>();
        for (Symbol? s = kommando; s is Command c; s = c.Parents.FirstOrDefault())
        {
            sti.Insert(0, c is RootCommand ? "utleggstrekk" : c.Name);
        }

        var bruk = string.Join(' ', sti);
        bruk += string.Concat(kommando.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        if (Synlige(kommando).Any())
        {
            bruk += " [valg]";
        }

        if (kommando.Subcommands.Count > 0)
        {
            bruk += " [kommando]";
        }

        ut.WriteLine("Bruk:");
        ut.WriteLine("  " + bruk);

        Seksjon(ut, "Argumenter:", [.. kommando.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description ?? string.Empty))]);
        Seksjon(ut, "Valg:", [.. Synlige(kommando).Select(o => (Etikett(o), (o.Description ?? string.Empty) + (o.Required ? " (påkrevd)" : string.Empty)))]);
        Seksjon(ut, "Kommandoer:", [.. kommando.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name + string.Concat(c.Arguments.Select(a => $" <{a.Name}>")), c.Description ?? string.Empty))]);
    }

    // The command's own options and the recursive options of its ancestors (e.g. --katalog, --help).
    private static IEnumerable<Option> Synlige(Command kommando)
    {
        var sett = new HashSet<Option>();
        foreach (var o in kommando.Options.Where(o => !o.Hidden))
        {
            if (sett.Add(o))
            {
                yield return o;
            }
        }

        for (var forelder = kommando.Parents.OfType<Command>().FirstOrDefault(); forelder is not null; forelder = forelder.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var o in forelder.Options.Where(o => o.Recursive && !o.Hidden))
            {
                if (sett.Add(o))
                {
                    yield return o;
                }
            }
        }
    }

    private static string Etikett(Option o)
    {
        var navn = string.Join(", ", o.Aliases.Append(o.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        return o.ValueType == typeof(bool) || o.Arity.MaximumNumberOfValues == 0 ? navn : $"{navn} <{o.HelpName ?? o.Name.TrimStart('-').ToUpperInvariant()}>";
    }

    private static void Seksjon(TextWriter ut, string tittel, IReadOnlyList<(string Venstre, string Hoeyre)> rader)
    {
        if (rader.Count == 0)
        {
            return;
        }

        ut.WriteLine();
        ut.WriteLine(tittel);
        var bredde = rader.Max(r => r.Venstre.Length);
        foreach (var (venstre, hoeyre) in rader)
        {
            ut.WriteLine(("  " + venstre.PadRight(bredde) + "  " + hoeyre).TrimEnd());
        }
    }
}
