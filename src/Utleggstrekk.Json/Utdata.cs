using System.Text.Json.Serialization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Json;

/// <summary>The result document of <c>beregn --json</c>. Property order is fixed; amounts are kroner with two decimals.</summary>
public sealed class BeregnUtdata
{
    /// <summary>Trekk per month, whole kroner.</summary>
    public required Beloep TrekkPerMaaned { get; init; }

    /// <summary>Trekk as percent of gross, rounded down to two decimals.</summary>
    public required Prosent Trekkprosent { get; init; }

    /// <summary>The binding constraint (<c>Livsopphold</c>, <c>Tak60</c>, <c>Tak80</c>, <c>TrekkbarInntekt</c>, <c>Naering20</c>, <c>IngenTrekkevne</c>).</summary>
    public required string Begrensning { get; init; }

    /// <summary>The calculation date.</summary>
    public required LocalDate Beregningsdato { get; init; }

    /// <summary>The satser version used.</summary>
    public required string SatserVersjon { get; init; }

    /// <summary>Which rates were assumed (<c>livsopphold</c>, <c>samvaer</c>); empty when all were known.</summary>
    public required IReadOnlyList<string> Antatt { get; init; }

    /// <summary>
    /// Which tables gave a derived figure the calculation used (<c>livsopphold</c>, <c>samvaer</c>,
    /// <c>trekkgrenser</c>): not published, derived by the rule the table's <c>kilde</c> states; empty when every
    /// figure used was published (kildegrad <c>kunngjort</c> or <c>sekundaer</c>).
    /// </summary>
    public required IReadOnlyList<string> Avledet { get; init; }

    /// <summary>The intermediate figures.</summary>
    public required MellomregningUtdata Mellomregning { get; init; }

    /// <summary>The trekk per pay period, when asked for with <c>--loennsperiode</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LoennsperiodeUtdata? Loennsperiode { get; init; }

    /// <summary>The explanation trace, when asked for with <c>--forklar</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ForklaringUtdata? Forklaring { get; init; }

    /// <summary>
    /// The document of a trekk-size result: what <c>beregn --json</c> prints, and what
    /// <c>JsonSerializer.Serialize(resultat, UtleggstrekkJson.Options)</c> writes (without the optional parts).
    /// </summary>
    /// <param name="resultat">The engine's result.</param>
    /// <param name="loennsperiode">When given, the trekk is also converted to this pay period (<c>--loennsperiode</c>).</param>
    /// <param name="forklaring">When given, the explanation trace (<c>--forklar</c>).</param>
    public static BeregnUtdata Av(Trekkresultat resultat, Loennsperiode? loennsperiode = null, Forklaring? forklaring = null) => new()
    {
        TrekkPerMaaned = resultat.TrekkPerMaaned,
        Trekkprosent = resultat.Trekkprosent,
        Begrensning = Koder.Begrensninger.TekstFor(resultat.Begrensning),
        Beregningsdato = resultat.Beregningsdato,
        SatserVersjon = resultat.SatserVersjon,
        Antatt = Koder.Antatt(resultat.Antatt),
        Avledet = Kildegradkode.Tabeller(resultat.Avledet),
        Mellomregning = new MellomregningUtdata
        {
            Livsopphold = resultat.Livsopphold,
            Samvaerstillegg = resultat.Samvaerstillegg,
            Husstandsutgifter = resultat.Husstandsutgifter,
            Skyldnersandel = resultat.Skyldnersandel,
            Disponibelt = resultat.Disponibelt,
            RaaTrekk = resultat.RaaTrekk,
            TrekkbarInntekt = resultat.TrekkbarInntekt,
            Takrom = resultat.Takrom,
            Naeringsgrense = resultat.Naeringsgrense,
        },
        Loennsperiode = loennsperiode is { } p
            ? new LoennsperiodeUtdata { Periode = Koder.Loennsperioder.TekstFor(p), TrekkPerPeriode = Trekkberegner.TilLoennsperiode(resultat.TrekkPerMaaned, p) }
            : null,
        Forklaring = forklaring is null ? null : ForklaringUtdata.Av(forklaring),
    };
}

/// <summary>The intermediate figures of a trekk-size calculation (SPEC §4 steps 1–6), per month.</summary>
public sealed class MellomregningUtdata
{
    /// <summary>Livsopphold of the household (step 1).</summary>
    public required Beloep Livsopphold { get; init; }

    /// <summary>Samvær add-ons (step 1).</summary>
    public required Beloep Samvaerstillegg { get; init; }

    /// <summary>Household expenses E (step 2).</summary>
    public required Beloep Husstandsutgifter { get; init; }

    /// <summary>The debtor's share including own expenses (step 3).</summary>
    public required Beloep Skyldnersandel { get; init; }

    /// <summary>Available income (step 4).</summary>
    public required Beloep Disponibelt { get; init; }

    /// <summary>Raw trekk (step 5); may be negative.</summary>
    public required Beloep RaaTrekk { get; init; }

    /// <summary>Garnishable net income (step 6).</summary>
    public required Beloep TrekkbarInntekt { get; init; }

    /// <summary>Room under the applicable ceiling (step 6).</summary>
    public required Beloep Takrom { get; init; }

    /// <summary>The 20 % næring limit, or null when the schematic rule is not chosen.</summary>
    public required Beloep? Naeringsgrense { get; init; }
}

/// <summary>The trekk converted to a pay period.</summary>
public sealed class LoennsperiodeUtdata
{
    /// <summary><c>maaned</c>, <c>fjortendager</c> or <c>uke</c>.</summary>
    public required string Periode { get; init; }

    /// <summary>Trekk per pay period.</summary>
    public required Beloep TrekkPerPeriode { get; init; }
}

/// <summary>One node of the explanation trace.</summary>
public sealed class ForklaringUtdata
{
    /// <summary>Step name.</summary>
    public required string Steg { get; init; }

    /// <summary>The rule applied.</summary>
    public required RegelUtdata Regel { get; init; }

    /// <summary>The step's result as text.</summary>
    public required string Resultat { get; init; }

    /// <summary>The facts used.</summary>
    public required IReadOnlyList<FaktumUtdata> Fakta { get; init; }

    /// <summary>Sub-steps.</summary>
    public required IReadOnlyList<ForklaringUtdata> Deler { get; init; }

    /// <summary>Converts the engine's trace.</summary>
    public static ForklaringUtdata Av(Forklaring forklaring)
    {
        ArgumentNullException.ThrowIfNull(forklaring);
        return new ForklaringUtdata
        {
            Steg = forklaring.Steg,
            Regel = new RegelUtdata
            {
                Navn = forklaring.Regel.Navn,
                Kilde = forklaring.Regel.Kilde,
                GyldigFra = forklaring.Regel.GyldigFra,
                Beskrivelse = forklaring.Regel.Beskrivelse,
            },
            Resultat = forklaring.Resultat,
            Fakta = [.. forklaring.Fakta.Select(f => new FaktumUtdata { Navn = f.Navn, Verdi = f.Verdi })],
            Deler = [.. forklaring.Deler.Select(Av)],
        };
    }
}

/// <summary>A rule in the explanation trace.</summary>
public sealed class RegelUtdata
{
    /// <summary>Rule name.</summary>
    public required string Navn { get; init; }

    /// <summary>Legal source.</summary>
    public required string Kilde { get; init; }

    /// <summary>Date the rule applies from.</summary>
    public required LocalDate GyldigFra { get; init; }

    /// <summary>What the rule does.</summary>
    public required string Beskrivelse { get; init; }
}

/// <summary>A fact in the explanation trace.</summary>
public sealed class FaktumUtdata
{
    /// <summary>Name.</summary>
    public required string Navn { get; init; }

    /// <summary>Value as text.</summary>
    public required string Verdi { get; init; }
}

/// <summary>The result document of <c>hva-om --json</c>.</summary>
public sealed class HvaOmUtdata
{
    /// <summary>The baseline (the file as given).</summary>
    public required HvaOmRad Grunnlag { get; init; }

    /// <summary>One row per <c>--sett</c>, in the order given.</summary>
    public required IReadOnlyList<HvaOmRad> Varianter { get; init; }

    /// <summary>The satser version used.</summary>
    public required string SatserVersjon { get; init; }
}

/// <summary>One row of a what-if comparison.</summary>
public sealed class HvaOmRad
{
    /// <summary>The change, <c>felt=verdi</c> as given; null for the baseline.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sett { get; init; }

    /// <summary>Trekk per month.</summary>
    public required Beloep TrekkPerMaaned { get; init; }

    /// <summary>Trekk as percent of gross.</summary>
    public required Prosent Trekkprosent { get; init; }

    /// <summary>The binding constraint.</summary>
    public required string Begrensning { get; init; }

    /// <summary>Which rates were assumed.</summary>
    public required IReadOnlyList<string> Antatt { get; init; }

    /// <summary>Which tables gave a derived figure the row used.</summary>
    public required IReadOnlyList<string> Avledet { get; init; }

    /// <summary>Trekk minus the baseline's trekk (signed); null for the baseline.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Beloep? Differanse { get; init; }
}

/// <summary>The result document of <c>rente --json</c>.</summary>
public sealed class RenteUtdata
{
    /// <summary>Interest, rounded once to øre, half away from zero.</summary>
    public required Beloep Rente { get; init; }

    /// <summary>Number of days in <c>[fra, til)</c>.</summary>
    public required int Dager { get; init; }

    /// <summary>True when a forsinkelsesrente past the table's end was carried forward.</summary>
    public required bool Antatt { get; init; }

    /// <summary>True when a forsinkelsesrente used is derived (kildegrad <c>avledet</c>), not published.</summary>
    public required bool Avledet { get; init; }

    /// <summary>The principal.</summary>
    public required Beloep Hovedstol { get; init; }

    /// <summary>First day (inclusive).</summary>
    public required LocalDate Fra { get; init; }

    /// <summary>End (exclusive).</summary>
    public required LocalDate Til { get; init; }

    /// <summary><c>forsinkelsesrente</c> or <c>avtalt</c>.</summary>
    public required string Rentetype { get; init; }

    /// <summary>The agreed percent p.a.; null for forsinkelsesrente.</summary>
    public required Prosent? Sats { get; init; }

    /// <summary>The satser version used (forsinkelsesrente), or null.</summary>
    public required string? SatserVersjon { get; init; }

    /// <summary>The explanation trace, when asked for with <c>--forklar</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ForklaringUtdata? Forklaring { get; init; }

    /// <summary>The document of an interest calculation: the result with the request it answers.</summary>
    /// <param name="resultat">The engine's result.</param>
    /// <param name="hovedstol">The principal.</param>
    /// <param name="fra">First day (inclusive).</param>
    /// <param name="til">End (exclusive).</param>
    /// <param name="avtaltSats">The agreed rate, or null for forsinkelsesrente.</param>
    /// <param name="satserVersjon">The satser version of the forsinkelsesrente table, or null.</param>
    /// <param name="forklaring">When given, the explanation trace.</param>
    public static RenteUtdata Av(Renteresultat resultat, Beloep hovedstol, LocalDate fra, LocalDate til, Prosent? avtaltSats, string? satserVersjon, Forklaring? forklaring = null) => new()
    {
        Rente = resultat.Rente,
        Dager = resultat.Dager,
        Antatt = resultat.Antatt,
        Avledet = resultat.Avledet,
        Hovedstol = hovedstol,
        Fra = fra,
        Til = til,
        Rentetype = avtaltSats is null ? "forsinkelsesrente" : "avtalt",
        Sats = avtaltSats,
        SatserVersjon = satserVersjon,
        Forklaring = forklaring is null ? null : ForklaringUtdata.Av(forklaring),
    };
}

/// <summary>The engine's <see cref="Renteresultat"/> alone: the first three properties of the <c>rente --json</c> document.</summary>
public sealed class RenteresultatUtdata
{
    /// <summary>Interest, rounded once to øre, half away from zero.</summary>
    public required Beloep Rente { get; init; }

    /// <summary>Number of days in <c>[fra, til)</c>.</summary>
    public required int Dager { get; init; }

    /// <summary>True when a forsinkelsesrente past the table's end was carried forward.</summary>
    public required bool Antatt { get; init; }

    /// <summary>True when a forsinkelsesrente used is derived (kildegrad <c>avledet</c>), not published.</summary>
    public required bool Avledet { get; init; }

    /// <summary>Maps the engine's result.</summary>
    public static RenteresultatUtdata Av(Renteresultat resultat) =>
        new() { Rente = resultat.Rente, Dager = resultat.Dager, Antatt = resultat.Antatt, Avledet = resultat.Avledet };
}

/// <summary>The result document of <c>fordel --json</c>.</summary>
public sealed class FordelUtdata
{
    /// <summary>The payment distributed.</summary>
    public required Beloep Beloep { get; init; }

    /// <summary><c>tidsprioritet</c> or <c>samordnet</c>.</summary>
    public required string Regel { get; init; }

    /// <summary>One entry per krav, in input order (0 when it gets nothing).</summary>
    public required IReadOnlyList<FordelingsandelUtdata> Fordeling { get; init; }

    /// <summary>What is left when every krav is covered.</summary>
    public required Beloep Overskudd { get; init; }

    /// <summary>The explanation trace, when asked for with <c>--forklar</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ForklaringUtdata? Forklaring { get; init; }

    /// <summary>
    /// The document of a distributed payment: what <c>fordel --json</c> prints, and what
    /// <c>JsonSerializer.Serialize(resultat, UtleggstrekkJson.Options)</c> writes (without the trace).
    /// </summary>
    /// <param name="resultat">The engine's result.</param>
    /// <param name="forklaring">When given, the explanation trace (<c>--forklar</c>; <see cref="Fordeler.Forklar"/>).</param>
    public static FordelUtdata Av(Fordelingsresultat resultat, Forklaring? forklaring = null)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return new()
        {
            Beloep = resultat.Betaling,
            Regel = Koder.Fordelingsregler.TekstFor(resultat.Regel),
            Fordeling = [.. resultat.Andeler.Select(x => new FordelingsandelUtdata { Id = x.Id, Beloep = x.Andel, Renteandel = x.Renteandel })],
            Overskudd = resultat.Overskudd,
            Forklaring = forklaring is null ? null : ForklaringUtdata.Av(forklaring),
        };
    }
}

/// <summary>One krav's share of a payment.</summary>
public sealed class FordelingsandelUtdata
{
    /// <summary>The krav id.</summary>
    public required string Id { get; init; }

    /// <summary>The share (principal and interest parts together).</summary>
    public required Beloep Beloep { get; init; }

    /// <summary>
    /// Of <see cref="Beloep"/>, what the krav's separate interest part got: the accrued interest of a class a–d krav is
    /// covered in class f (Retningslinje pkt. 6.1/6.2). 0 when the krav has no such part (class e/f, løpende bidrag).
    /// </summary>
    public Beloep Renteandel { get; init; }
}

/// <summary>The result document of <c>trekkperiode --json</c>.</summary>
public sealed class TrekkperiodeUtdata
{
    /// <summary>First day of the period.</summary>
    public required LocalDate Fra { get; init; }

    /// <summary>End (exclusive), or null when there is no limit.</summary>
    public required LocalDate? Til { get; init; }

    /// <summary>Last day (inclusive), or null when there is no limit.</summary>
    public required LocalDate? SisteDag { get; init; }

    /// <summary>The reason.</summary>
    public required string Grunn { get; init; }

    /// <summary>The legal source.</summary>
    public required string Kilde { get; init; }

    /// <summary>The explanation.</summary>
    public required string Forklaring { get; init; }

    /// <summary>The document of a trekkperiode answer: what <c>trekkperiode --json</c> prints.</summary>
    public static TrekkperiodeUtdata Av(Trekkperiodesvar svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        return new()
        {
            Fra = svar.Fra,
            Til = svar.Til,
            SisteDag = svar.SisteDag,
            Grunn = svar.Grunn,
            Kilde = svar.Kilde,
            Forklaring = svar.Forklaring,
        };
    }
}

/// <summary>
/// One output line of <c>portefolje omregn</c>: a running trekk recomputed on a new date, and whether it must be lowered
/// (tvangsl. § 7-23).
/// </summary>
public sealed class OmregningUtdata
{
    /// <summary>The input line's <c>id</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The trekk running today, per month (from the input).</summary>
    public required Beloep GjeldendeTrekk { get; init; }

    /// <summary>The maximum trekk per month on the new date (the case moved to that date).</summary>
    public required Beloep NyttMaksTrekk { get; init; }

    /// <summary>
    /// <c>senkes</c> (the running trekk is above the new maximum and must be lowered), <c>uendret</c> (equal) or
    /// <c>kanOekes</c> (the new maximum is higher: the trekk may be raised, but nothing requires it).
    /// </summary>
    public required string Endring { get; init; }

    /// <summary><c>nyttMaksTrekk − gjeldendeTrekk</c> (negative when the trekk must be lowered).</summary>
    public required Beloep Differanse { get; init; }

    /// <summary>Which rates were assumed (<c>livsopphold</c>, <c>samvaer</c>); empty when all were known.</summary>
    public required IReadOnlyList<string> Antatt { get; init; }

    /// <summary>Which tables gave a derived figure the new maximum used; empty when none.</summary>
    public required IReadOnlyList<string> Avledet { get; init; }
}

/// <summary>An output line of <c>portefolje omregn</c> for an input line that could not be recomputed.</summary>
public sealed class OmregningsfeilUtdata
{
    /// <summary>The input line's <c>id</c>, or null when it could not be read.</summary>
    public required string? Id { get; init; }

    /// <summary>Every problem of that line.</summary>
    public required IReadOnlyList<FeilpostUtdata> Feil { get; init; }
}

/// <summary>The result document of <c>satser juster --json</c>.</summary>
public sealed class SatsjusteringUtdata
{
    /// <summary>First day of the derived period.</summary>
    public required LocalDate Fra { get; init; }

    /// <summary>Last day (inclusive) of the derived period.</summary>
    public required LocalDate Til { get; init; }

    /// <summary>First day of the period the figures were derived from.</summary>
    public required LocalDate ForrigeFra { get; init; }

    /// <summary>The KPI change, percent.</summary>
    public required decimal Kpi { get; init; }

    /// <summary>The <c>kilde</c> written in the new rows.</summary>
    public required string Kilde { get; init; }

    /// <summary>Always <c>avledet</c>.</summary>
    public required string Kildegrad { get; init; }

    /// <summary>The directory written.</summary>
    public required string Katalog { get; init; }

    /// <summary>The version of the written set.</summary>
    public required string SatserVersjon { get; init; }

    /// <summary>One row per category (and the couple rate, 2 × <c>par_per_person</c>).</summary>
    public required IReadOnlyList<SatsjusteringRadUtdata> Satser { get; init; }
}

/// <summary>One category of <c>satser juster</c>.</summary>
public sealed class SatsjusteringRadUtdata
{
    /// <summary>The category.</summary>
    public required string Kategori { get; init; }

    /// <summary>The latest figure.</summary>
    public required Beloep Forrige { get; init; }

    /// <summary>The derived figure.</summary>
    public required Beloep Ny { get; init; }
}

/// <summary>The result document of <c>satser vis --json</c>.</summary>
public sealed class SatserUtdata
{
    /// <summary>The version of the whole set.</summary>
    public required string Versjon { get; init; }

    /// <summary>The tables, in a fixed order.</summary>
    public required IReadOnlyList<SatstabellUtdata> Tabeller { get; init; }
}

/// <summary>One rate table in <c>satser vis</c>.</summary>
public sealed class SatstabellUtdata
{
    /// <summary>Table name (<c>livsopphold</c>, <c>samvaer</c>, …).</summary>
    public required string Navn { get; init; }

    /// <summary>The table's version from the manifest.</summary>
    public required string Versjon { get; init; }

    /// <summary>The last day the table is known to be valid for; null when its last period is open.</summary>
    public required LocalDate? SistKjenteDag { get; init; }

    /// <summary>The periods with their values.</summary>
    public required IReadOnlyList<SatsperiodeUtdata> Perioder { get; init; }
}

/// <summary>One period of a rate table.</summary>
public sealed class SatsperiodeUtdata
{
    /// <summary>First day (inclusive).</summary>
    public required LocalDate Fra { get; init; }

    /// <summary>End (exclusive), or null when open.</summary>
    public required LocalDate? Til { get; init; }

    /// <summary>The values of the period, in a fixed order.</summary>
    public required IReadOnlyList<SatsUtdata> Verdier { get; init; }
}

/// <summary>One named value of a period.</summary>
public sealed class SatsUtdata
{
    /// <summary>Name (category, class and age band, or parameter).</summary>
    public required string Navn { get; init; }

    /// <summary>The value (kroner, or percent).</summary>
    public required decimal Verdi { get; init; }

    /// <summary>The value's source.</summary>
    public required string Kilde { get; init; }

    /// <summary>How the value is known: <c>kunngjort</c>, <c>sekundaer</c> or <c>avledet</c>.</summary>
    public required string Kildegrad { get; init; }
}

/// <summary>
/// The error document of every command under <c>--json</c> (on stdout, exit code 2):
/// <c>{"feil": [{"felt", "verdi", "regel", "melding"}]}</c>; <c>verdi</c> is null when the field is missing.
/// </summary>
public sealed class FeilUtdata
{
    /// <summary>Every problem found.</summary>
    public required IReadOnlyList<FeilpostUtdata> Feil { get; init; }

    /// <summary>The document of a list of problems.</summary>
    public static FeilUtdata Av(IEnumerable<Valideringsfeil> feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        return new() { Feil = [.. feil.Select(f => new FeilpostUtdata { Felt = f.Felt, Verdi = f.Verdi, Regel = f.Regel, Melding = f.Melding })] };
    }

    /// <summary>The document of a library exception (<see cref="UtleggstrekkException.Valideringsfeil"/>).</summary>
    public static FeilUtdata Av(UtleggstrekkException unntak)
    {
        ArgumentNullException.ThrowIfNull(unntak);
        return Av(unntak.Valideringsfeil);
    }
}

/// <summary>One problem in <see cref="FeilUtdata"/>.</summary>
public sealed class FeilpostUtdata
{
    /// <summary>The field (a dotted path into the input, an option such as <c>--beloep</c>, or <c>fil:linje:kolonne</c>).</summary>
    public required string Felt { get; init; }

    /// <summary>The offending value as text, or null when missing.</summary>
    public required string? Verdi { get; init; }

    /// <summary>The stable rule code.</summary>
    public required string Regel { get; init; }

    /// <summary>The Norwegian message.</summary>
    public required string Melding { get; init; }
}

/// <summary>The error object of one input line in <c>--ndjson</c> mode: the line number (1-based) and its problems.</summary>
public sealed class LinjefeilUtdata
{
    /// <summary>The line of the input, 1-based.</summary>
    public required long Linje { get; init; }

    /// <summary>Every problem of that line.</summary>
    public required IReadOnlyList<FeilpostUtdata> Feil { get; init; }
}
