using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Satser;

using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Json;

namespace Utleggstrekk.Applikasjon;

/// <summary>
/// One <c>framskriv</c>: the projection of a trekk for the decided trekk or for one or more what-if amounts, with
/// the result documents and each run's balances (for a chart). Built by
/// <see cref="Resultatdokumenter.Framskriv(Trekk, LocalDate, int, IReadOnlyList{Beloep}, EnkelTabell{Prosentverdi}, Beloep?, LocalDate?)"/>;
/// the command line and the HTTP service both use it, so they give the same JSON.
/// </summary>
public sealed class Framskrivingskjoering
{
    /// <summary>The prepared projection (claims, months, start balances).</summary>
    public required Framskrivingsgrunnlag Grunnlag { get; init; }

    /// <summary>The amount of each run: null for the decided trekk (the trekkpålegg), otherwise the what-if amount.</summary>
    public required IReadOnlyList<Beloep?> Beloep { get; init; }

    /// <summary>The document of each run, in the order of <see cref="Beloep"/>.</summary>
    public required IReadOnlyList<FramskrivUtdata> Dokumenter { get; init; }

    /// <summary>The balances of each run: claims × months, the balance of claim <c>i</c> after month <c>j</c> at <c>i × months + j</c>.</summary>
    public required IReadOnlyList<Beloep[]> Saldo { get; init; }

    /// <summary>
    /// The <c>framskriv --json</c> text: the one document for a single run, or <c>{"alternativer": [...]}</c> for
    /// several amounts.
    /// </summary>
    public string Json() => Dokumenter.Count == 1
        ? JsonSkriver.Skriv(Dokumenter[0], UtleggstrekkJsonContext.Utdata.FramskrivUtdata)
        : JsonSkriver.Skriv(new FramskrivAlternativerUtdata { Alternativer = Dokumenter }, UtleggstrekkJsonContext.Utdata.FramskrivAlternativerUtdata);
}
