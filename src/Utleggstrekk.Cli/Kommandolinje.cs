using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.Json;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Cli;

/// <summary>
/// The <c>utleggstrekk</c> command line. Exit codes: 0 success, 2 bad input (a message on stderr naming the field
/// and the value), 1 an unexpected internal error (a one-line message, never a stack trace).
/// </summary>
internal static class Kommandolinje
{
    /// <summary>Exit code on success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code on an unexpected internal error.</summary>
    public const int InternFeil = 1;

    /// <summary>Exit code on bad input.</summary>
    public const int UgyldigInput = 2;

    /// <summary>Runs the command line in-process, writing to <paramref name="ut"/> and <paramref name="feil"/>.</summary>
    public static int Kjoer(string[] args, TextWriter ut, TextWriter feil)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(ut);
        ArgumentNullException.ThrowIfNull(feil);

        var kontekst = new Kontekst(ut, feil);
        var rot = LagRot(kontekst);
        var resultat = rot.Parse(args);
        if (resultat.Errors.Count > 0 && resultat.Action is ParseErrorAction or null)
        {
            foreach (var f in resultat.Errors)
            {
                feil.WriteLine("feil: " + f.Message);
            }

            feil.WriteLine("Se 'utleggstrekk --help'.");
            return UgyldigInput;
        }

        try
        {
            return resultat.Invoke(new InvocationConfiguration { Output = ut, Error = feil, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Feilhaandtering.Skriv(e, feil);
        }
    }

    /// <summary>Builds the command tree.</summary>
    internal static RootCommand LagRot(Kontekst kontekst)
    {
        var rot = new RootCommand("utleggstrekk: regn ut utleggstrekk (deknl. § 2-7), renter, fordeling og trekkperiode.");
        rot.Options.Add(kontekst.Katalog);
        Kommandoer.LeggTil(rot, kontekst);
        rot.SetAction(_ =>
        {
            kontekst.Feil.WriteLine("feil: ingen kommando angitt. Kommandoer: " + string.Join(", ", rot.Subcommands.Select(k => k.Name)) + ".");
            kontekst.Feil.WriteLine("Se 'utleggstrekk --help'.");
            return UgyldigInput;
        });
        return rot;
    }
}

/// <summary>Maps the exceptions that mean bad input to exit code 2 and a message on stderr.</summary>
internal static class Feilhaandtering
{
    /// <summary>Writes the message for <paramref name="e"/> and returns the exit code.</summary>
    public static int Skriv(Exception e, TextWriter feil)
    {
        switch (e)
        {
            case UgyldigInputException u:
                foreach (var f in u.Feil)
                {
                    feil.WriteLine("feil: " + f);
                }

                return Kommandolinje.UgyldigInput;
            case SatserManglerException s:
                feil.WriteLine("feil: " + s.Message);
                return Kommandolinje.UgyldigInput;
            case FileNotFoundException f:
                feil.WriteLine($"feil: fant ikke filen '{f.FileName}'.");
                return Kommandolinje.UgyldigInput;
            case DirectoryNotFoundException d:
                feil.WriteLine("feil: fant ikke katalogen: " + d.Message);
                return Kommandolinje.UgyldigInput;
            case UnauthorizedAccessException or IOException:
                feil.WriteLine("feil: kunne ikke lese: " + e.Message);
                return Kommandolinje.UgyldigInput;
            case OverflowException:
                feil.WriteLine("feil: tallene i inndataene er for store til å regne med (overflyt).");
                return Kommandolinje.UgyldigInput;
            case JsonException j:
                feil.WriteLine("feil: ugyldig JSON: " + j.Message);
                return Kommandolinje.UgyldigInput;
            default:
                if (Satskilde.ErSatsfeil(e, feil))
                {
                    return Kommandolinje.UgyldigInput;
                }

                feil.WriteLine($"intern feil ({e.GetType().Name}): {e.Message}");
                return Kommandolinje.InternFeil;
        }
    }
}
