using System.Globalization;
using System.Text;
using System.Text.Json;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>
/// The encoding policy of the JSON documents: UTF-8 (an optional UTF-8 byte order mark is skipped), strictly decoded.
/// A byte sequence that is not UTF-8 — including a UTF-16 file — is refused with rule <c>UGYLDIG_JSON</c> and its
/// line and position, instead of being replaced by U+FFFD (two different bad ids would otherwise collide).
/// </summary>
public static class JsonTekst
{
    private static readonly UTF8Encoding Streng = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes a document's bytes. Throws <see cref="UgyldigInndataException"/> (field = <paramref name="kilde"/>,
    /// rule <c>UGYLDIG_JSON</c>) naming the line and byte position of the first invalid byte.
    /// </summary>
    public static string Dekod(ReadOnlySpan<byte> utf8, string kilde)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var innhold = utf8.StartsWith(bom) ? utf8[bom.Length..] : utf8;
        try
        {
            return Streng.GetString(innhold);
        }
        catch (DecoderFallbackException e)
        {
            var indeks = Math.Clamp(e.Index, 0, innhold.Length);

            // DecoderFallbackException.Index is relative to the buffer the decoder was working on; find the first
            // invalid byte ourselves so the position is exact.
            var status = System.Text.Unicode.Utf8.ToUtf16(innhold, new char[innhold.Length], out var lest, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                indeks = lest;
            }

            throw new UgyldigInndataException(Feil(kilde, innhold, indeks, "Ikke gyldig UTF-8"));
        }
    }

    /// <summary>True when <paramref name="tekst"/> holds no lone surrogate (it is valid Unicode).</summary>
    internal static bool ErGyldigUnicode(string tekst)
    {
        try
        {
            _ = Streng.GetByteCount(tekst);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The <c>UGYLDIG_JSON</c> violation for byte <paramref name="indeks"/> of <paramref name="innhold"/>.</summary>
    internal static Valideringsfeil Feil(string kilde, ReadOnlySpan<byte> innhold, long indeks, string hva)
    {
        var foer = innhold[..(int)Math.Min(indeks, innhold.Length)];
        var linje = foer.Count((byte)'\n') + 1;
        var posisjon = foer.Length - foer.LastIndexOf((byte)'\n');
        return new Valideringsfeil(
            kilde,
            null,
            Feilkoder.UgyldigJson,
            $"{hva} (linje {linje.ToString(CultureInfo.InvariantCulture)}, posisjon {posisjon.ToString(CultureInfo.InvariantCulture)}).");
    }

    /// <summary>
    /// The value as short text for a message: a string without its quotes, <c>{…}</c> or <c>[…]</c> for an object or
    /// list, otherwise the raw JSON; cut at 60 characters. The one helper for this in the JSON, ELAN and web readers.
    /// </summary>
    public static string Kort(JsonElement verdi)
    {
        var tekst = verdi.ValueKind switch
        {
            JsonValueKind.String => verdi.GetString() ?? string.Empty,
            JsonValueKind.Object => "{…}",
            JsonValueKind.Array => "[…]",
            _ => verdi.GetRawText(),
        };
        return Inndatatekst.Kort(tekst);
    }
}
