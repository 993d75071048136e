using System.Text.Json;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>--ndjson</c>: one input document per line in, one result document per line out, streaming (one line is held at a
/// time, so memory stays constant however long the input). A line that fails gives a
/// <c>{"linje": N, "feil": [...]}</c> object in its place instead of stopping the run; empty lines are skipped. The exit
/// code is 0 when every line succeeded and 2 when at least one failed. A progress line goes to stderr every
/// <see cref="Framdriftsintervall"/> lines, only when stderr is a terminal.
/// </summary>
internal static class Ndjson
{
    /// <summary>How many lines between progress lines.</summary>
    public const int Framdriftsintervall = 10_000;

    /// <summary>Runs <paramref name="beregn"/> on every line of the file (or stdin for <c>-</c>).</summary>
    /// <typeparam name="T">The result document.</typeparam>
    public static int Kjoer<T>(Kontekst k, string sti, Func<string, string, T> beregn)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(sti);
        ArgumentNullException.ThrowIfNull(beregn);
        using var fil = sti == "-" ? null : File.OpenText(sti);
        var inn = fil ?? k.Inn;
        var type = UtleggstrekkJson.KompaktOptions.GetTypeInfo(typeof(T));
        var feiltype = UtleggstrekkJson.KompaktOptions.GetTypeInfo(typeof(LinjefeilUtdata));
        var framdrift = k.FeilErTerminal;
        long linjenr = 0;
        long feilede = 0;
        while (inn.ReadLine() is { } linje)
        {
            linjenr++;
            if (string.IsNullOrWhiteSpace(linje))
            {
                continue;
            }

            try
            {
                var dokument = beregn(linje, "linje " + linjenr.ToString(System.Globalization.CultureInfo.InvariantCulture));
                k.Ut.Write(JsonSerializer.Serialize(dokument, type));
            }
            catch (Exception e)
            {
                feilede++;
                var feil = Feilhaandtering.Feil(e) ?? [new Valideringsfeil("intern", null, "INTERN_FEIL", $"intern feil ({e.GetType().Name}): {e.Message}")];
                k.Ut.Write(JsonSerializer.Serialize(new LinjefeilUtdata { Linje = linjenr, Feil = FeilUtdata.Av(feil).Feil }, feiltype));
            }

            k.Ut.Write('\n');
            if (framdrift && linjenr % Framdriftsintervall == 0)
            {
                k.Feil.Write($"\r{linjenr} linjer behandlet, {feilede} med feil");
            }
        }

        if (framdrift && linjenr >= Framdriftsintervall)
        {
            k.Feil.WriteLine($"\r{linjenr} linjer behandlet, {feilede} med feil");
        }

        k.Ut.Flush();
        return feilede == 0 ? Kommandolinje.Ok : Kommandolinje.UgyldigInput;
    }
}
