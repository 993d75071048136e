using System.Reflection;
using Microsoft.Extensions.Primitives;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Web;

/// <summary>
/// A page's posted form (<c>multipart/form-data</c> or <c>application/x-www-form-urlencoded</c>), bound by the
/// framework through <see cref="BindAsync"/> from the body <see cref="Kroppbuffer"/> has read. A form that cannot be
/// read is 400; any other media type 415.
/// </summary>
public sealed class Skjemadata
{
    private readonly IFormCollection _skjema;

    private Skjemadata(IFormCollection skjema) => _skjema = skjema;

    /// <summary>The value of a field ("" when absent).</summary>
    public string this[string navn] => _skjema[navn].ToString();

    /// <summary>Every value of a field.</summary>
    public StringValues Alle(string navn) => _skjema[navn];

    /// <summary>An uploaded file, or null when none was chosen.</summary>
    public IFormFile? Fil(string navn) => _skjema.Files.GetFile(navn) is { Length: > 0 } f ? f : null;

    /// <summary>Reads the uploaded file <paramref name="navn"/> as a JSON document under the input policy, or null when none.</summary>
    public (string Tekst, string Filnavn)? JsonFil(string navn)
    {
        if (Fil(navn) is not { } fil)
        {
            return null;
        }

        var filnavn = Inndatatekst.Kort(Path.GetFileName(fil.FileName));
        using var minne = new MemoryStream();
        using (var s = fil.OpenReadStream())
        {
            s.CopyTo(minne);
        }

        return (JsonKropp.Les(minne.ToArray(), filnavn), filnavn);
    }

    /// <summary>Binds the form of <paramref name="kontekst"/>.</summary>
    public static async ValueTask<Skjemadata?> BindAsync(HttpContext kontekst, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(kontekst);
        if (!kontekst.Request.HasFormContentType)
        {
            throw new ForespoerselException(StatusCodes.Status415UnsupportedMediaType, "feil-medietype", "Feil medietype", "Siden tar imot skjemadata (multipart/form-data).");
        }

        try
        {
            return new Skjemadata(await kontekst.Request.ReadFormAsync(kontekst.RequestAborted).ConfigureAwait(false));
        }
        catch (InvalidDataException)
        {
            throw new UgyldigInndataException(new Valideringsfeil("$", null, Webfeilkoder.UgyldigSkjema, "Skjemadataene kunne ikke leses."));
        }
    }
}
