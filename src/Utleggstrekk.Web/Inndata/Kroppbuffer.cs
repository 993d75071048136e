using Microsoft.Extensions.Options;

namespace Utleggstrekk.Web;

/// <summary>The service's adjustable limits (configuration section <c>Grenser</c>; the defaults suit production).</summary>
public sealed class Tjenestegrenser
{
    /// <summary>Seconds a request body may take to arrive (<c>Grenser:LesetidSekunder</c>); then 408.</summary>
    public double LesetidSekunder { get; set; } = Grenser.StandardLesetid.TotalSeconds;

    /// <summary>Requests computed at once per kind (light, heavy) (<c>Grenser:Samtidige</c>; 0 = two per core).</summary>
    public int Samtidige { get; set; }

    /// <summary>Requests waiting for a free slot per kind (<c>Grenser:Koe</c>); beyond that 503.</summary>
    public int Koe { get; set; } = 32;

    /// <summary>The number of requests computed at once.</summary>
    public int SamtidigeEllerStandard => Samtidige > 0 ? Samtidige : Math.Max(2, 2 * Environment.ProcessorCount);
}

/// <summary>
/// Reads every request body into memory before any endpoint sees it: at most <see cref="Grenser.MaksForespoerselBytes"/>
/// bytes (413), within <see cref="Tjenestegrenser.LesetidSekunder"/> (408: a body that never finishes holds no
/// worker). The endpoints then read the body from memory.
/// </summary>
internal sealed class Kroppbuffer(RequestDelegate neste, IOptions<Tjenestegrenser> grenser)
{
    private const string Noekkel = "utleggstrekk.kropp";

    public async Task InvokeAsync(HttpContext kontekst)
    {
        var request = kontekst.Request;
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method) && !HttpMethods.IsPatch(request.Method))
        {
            await neste(kontekst).ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > Grenser.MaksForespoerselBytes)
        {
            throw ForStor();
        }

        using var tid = CancellationTokenSource.CreateLinkedTokenSource(kontekst.RequestAborted);
        tid.CancelAfter(TimeSpan.FromSeconds(grenser.Value.LesetidSekunder));
        byte[] bytes;
        try
        {
            bytes = await LesAsync(request.Body, tid.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!kontekst.RequestAborted.IsCancellationRequested)
        {
            throw new ForespoerselException(
                StatusCodes.Status408RequestTimeout,
                "tidsavbrudd",
                "Innholdet kom ikke fram i tide",
                $"Innholdet må komme fram innen {grenser.Value.LesetidSekunder.ToString(System.Globalization.CultureInfo.InvariantCulture)} sekunder.");
        }

        kontekst.Items[Noekkel] = bytes;
        request.Body = new MemoryStream(bytes, writable: false);
        await neste(kontekst).ConfigureAwait(false);
    }

    /// <summary>The body read by the middleware (empty when there was none).</summary>
    public static byte[] Bytes(HttpContext kontekst) =>
        kontekst.Items.TryGetValue(Noekkel, out var b) && b is byte[] bytes ? bytes : [];

    internal static ForespoerselException ForStor() => new(
        StatusCodes.Status413PayloadTooLarge, "for-stor", "Forespørselen er for stor", $"Innholdet kan være høyst {Grenser.MaksForespoerselBytes} byte.");

    private static async Task<byte[]> LesAsync(Stream kropp, CancellationToken avbrutt)
    {
        using var buffer = new MemoryStream();
        var blokk = new byte[16 * 1024];
        int lest;
        while ((lest = await kropp.ReadAsync(blokk, avbrutt).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + lest > Grenser.MaksForespoerselBytes)
            {
                throw ForStor();
            }

            buffer.Write(blokk, 0, lest);
        }

        return buffer.ToArray();
    }
}
