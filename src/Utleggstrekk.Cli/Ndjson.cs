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
        using var fil = sti == "-" ? null : Kontekst.AapneStroem(sti);
        var bytes = fil ?? k.InnBytes;
        var type = UtleggstrekkJson.KompaktOptions.GetTypeInfo(typeof(T));
        var feiltype = UtleggstrekkJson.KompaktOptions.GetTypeInfo(typeof(LinjefeilUtdata));
        var framdrift = k.FeilErTerminal;
        long linjenr = 0;
        long feilede = 0;
        var linjer = bytes is null ? null : new Bytelinjer(bytes, k.MaksBytes);
        while (true)
        {
            var linje = NesteLinje(k, linjer, linjenr, out var dekodingsfeil);
            if (linje is null)
            {
                break;
            }

            linjenr++;
            if (dekodingsfeil is null && string.IsNullOrWhiteSpace(linje))
            {
                continue;
            }

            if (!SkrivSvar(k, linje, linjenr, dekodingsfeil, beregn, type, feiltype))
            {
                feilede++;
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
        return feilede == 0 ? Kommandolinje.Ok : Kommandolinje.UgyldigInndata;
    }

    /// <summary>
    /// The next line (null at the end). Each line is decoded strictly on its own: an invalid byte fails that line
    /// (<c>UGYLDIG_JSON</c> with the position, in <paramref name="dekodingsfeil"/>), never the run, and is never
    /// replaced by U+FFFD; so does a line past the size limit, which is skipped unread.
    /// </summary>
    private static string? NesteLinje(Kontekst k, Bytelinjer? linjer, long linjenr, out UgyldigInndataException? dekodingsfeil)
    {
        dekodingsfeil = null;
        if (linjer is null)
        {
            return k.Inn.ReadLine();
        }

        if (linjer.Neste() is not { } raa)
        {
            return null;
        }

        var navn = "linje " + (linjenr + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (linjer.ForLang)
        {
            // The line was skipped unread past the limit (--maks-fil): it fails, the run goes on.
            dekodingsfeil = new UgyldigInndataException(new Valideringsfeil(navn, null, Clifeilkoder.ForStorFil, $"Linjen er lengre enn grensen på {k.MaksBytes / (1024 * 1024)} MiB; øk den med --maks-fil MIB om den skal leses."));
            return string.Empty;
        }

        try
        {
            return JsonTekst.Dekod(raa.Span, navn);
        }
        catch (UgyldigInndataException e)
        {
            dekodingsfeil = e;
            return string.Empty;
        }
    }

    /// <summary>Writes one line's result document, or its violations in its place; false when the line failed.</summary>
    private static bool SkrivSvar<T>(
        Kontekst k, string linje, long linjenr, UgyldigInndataException? dekodingsfeil, Func<string, string, T> beregn,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo type, System.Text.Json.Serialization.Metadata.JsonTypeInfo feiltype)
    {
        try
        {
            if (dekodingsfeil is not null)
            {
                throw dekodingsfeil;
            }

            var dokument = beregn(linje, "linje " + linjenr.ToString(System.Globalization.CultureInfo.InvariantCulture));
            k.Ut.Write(MedLinje(JsonSerializer.Serialize(dokument, type), linjenr));
            return true;
        }
        catch (Exception e)
        {
            var feil = Feilhaandtering.Feil(e) ?? [new Valideringsfeil("intern", null, Clifeilkoder.InternFeil, $"intern feil ({e.GetType().Name}): {e.Message}")];
            k.Ut.Write(JsonSerializer.Serialize(new LinjefeilUtdata { Linje = linjenr, Feil = FeilUtdata.Av(IInndata(feil, linjenr)).Feil }, feiltype));
            return false;
        }
    }

    /// <summary>
    /// The result object with <c>"linje": N</c> first, so each output line says which input line it answers (the rest
    /// is the document <c>--json</c> prints for one case).
    /// </summary>
    internal static string MedLinje(string objekt, long linjenr)
    {
        var n = linjenr.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return objekt == "{}" ? "{\"linje\":" + n + "}" : "{\"linje\":" + n + "," + objekt[1..];
    }

    /// <summary>
    /// A line is parsed on its own, so a syntax error's position says "linje 1": give the line of the input instead.
    /// </summary>
    private static List<Valideringsfeil> IInndata(IReadOnlyList<Valideringsfeil> feil, long linjenr)
    {
        var linje = "(linje " + linjenr.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", posisjon ";
        return [.. feil.Select(f => f with { Melding = f.Melding.Replace("(linje 1, posisjon ", linje, StringComparison.Ordinal) })];
    }
}

/// <summary>
/// Splits a byte stream into lines at <c>\n</c> (a trailing <c>\r</c> is dropped) without decoding it, with one read
/// buffer and one line buffer that grows to the longest line: memory stays constant over any number of lines. UTF-8
/// never uses the byte <c>0x0A</c> inside a multi-byte character, so the split is safe before decoding.
/// </summary>
internal sealed class Bytelinjer(Stream kilde, long maksLengde = long.MaxValue)
{
    private readonly byte[] _les = new byte[64 * 1024];
    private byte[] _linje = new byte[4 * 1024];
    private int _start;
    private int _slutt;

    /// <summary>True when the line last returned was longer than the limit: it was skipped, not kept (and is returned empty).</summary>
    public bool ForLang { get; private set; }

    /// <summary>The next line without its line break, or null at the end. Valid until the next call.</summary>
    public ReadOnlyMemory<byte>? Neste()
    {
        var lengde = 0;
        ForLang = false;
        while (true)
        {
            if (_start == _slutt)
            {
                _start = 0;
                _slutt = kilde.Read(_les, 0, _les.Length);
                if (_slutt == 0)
                {
                    // Not a conditional expression: null would convert to an empty ReadOnlyMemory through byte[].
                    if (lengde == 0 && !ForLang)
                    {
                        return null;
                    }

                    return UtenCr(lengde);
                }
            }

            var nl = Array.IndexOf(_les, (byte)'\n', _start, _slutt - _start);
            var ende = nl < 0 ? _slutt : nl;
            var del = ende - _start;
            if (ForLang || lengde + (long)del > maksLengde)
            {
                // Past the limit: keep scanning for the line break without keeping the bytes.
                ForLang = true;
                lengde = 0;
            }
            else
            {
                if (lengde + del > _linje.Length)
                {
                    Array.Resize(ref _linje, Math.Max(_linje.Length * 2, lengde + del));
                }

                Array.Copy(_les, _start, _linje, lengde, del);
                lengde += del;
            }

            if (nl < 0)
            {
                _start = _slutt;
                continue;
            }

            _start = nl + 1;
            return UtenCr(lengde);
        }
    }

    private ReadOnlyMemory<byte> UtenCr(int lengde) =>
        _linje.AsMemory(0, lengde > 0 && _linje[lengde - 1] == (byte)'\r' ? lengde - 1 : lengde);
}
