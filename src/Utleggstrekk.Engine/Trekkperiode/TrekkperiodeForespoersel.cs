using NodaTime;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>A question about the maximum trekkperiode of one trekk.</summary>
/// <param name="Kategori">Which maximum applies (main rule, bøter, skattekrav, bidrag).</param>
/// <param name="Beslutningsdato">The day the trekk was decided; every limit is counted from it or from the tax year.</param>
/// <param name="Inntektsaar">Skatt only: the income year the tax concerns.</param>
/// <param name="Endringsvedtakaar">Skatt only: the calendar year an endringsvedtak (changed assessment) was made.</param>
/// <param name="Forlengelse">Skatt only: the trekk is an extension (forlengelse) of a running tax trekk.</param>
/// <param name="Start">
/// The day the trekk takes effect when it is laid down to start later (e.g. when another trekk ends); <c>null</c>
/// or the beslutningsdato itself = starts at once.
/// </param>
public sealed record TrekkperiodeForespoersel(
    Kravkategori Kategori,
    LocalDate Beslutningsdato,
    int? Inntektsaar = null,
    int? Endringsvedtakaar = null,
    bool Forlengelse = false,
    LocalDate? Start = null);
