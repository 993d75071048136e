using System.CommandLine;

namespace Utleggstrekk.Cli;

/// <summary>Adds the commands to the root.</summary>
internal static class Kommandoer
{
    /// <summary>Adds every command.</summary>
    public static void LeggTil(RootCommand rot, Kontekst kontekst)
    {
        ArgumentNullException.ThrowIfNull(rot);
        ArgumentNullException.ThrowIfNull(kontekst);
        rot.Subcommands.Add(BeregnKommando.Lag(kontekst));
        rot.Subcommands.Add(HvaOmKommando.Lag(kontekst));
        rot.Subcommands.Add(RenteKommando.Lag(kontekst));
        rot.Subcommands.Add(FordelKommando.Lag(kontekst));
        rot.Subcommands.Add(TrekkperiodeKommando.Lag(kontekst));
        rot.Subcommands.Add(InnsynKommando.Lag(kontekst));
        rot.Subcommands.Add(FramskrivKommando.Lag(kontekst));
        rot.Subcommands.Add(AnsvarKommando.Lag(kontekst));
        rot.Subcommands.Add(AvregnKommando.Lag(kontekst));
        rot.Subcommands.Add(SatserKommando.Lag(kontekst));
        rot.Subcommands.Add(ElanKommando.Lag(kontekst));
        rot.Subcommands.Add(TrekkgrunnlagKommando.Lag(kontekst));
        rot.Subcommands.Add(SamordneKommando.Lag(kontekst));
        rot.Subcommands.Add(ForfallKommando.Lag(kontekst));
        rot.Subcommands.Add(PortefoeljeKommando.Lag(kontekst));
    }
}
