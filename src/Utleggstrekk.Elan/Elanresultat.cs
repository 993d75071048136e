using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Elan;

/// <summary>How a document is imported.</summary>
/// <param name="Bokstaver">Which letter list <c>prioritetDekningsloven</c> is read with (default <see cref="Bokstaver.Foer2023"/>).</param>
/// <param name="Tidsprioritet">
/// The krav's tidsprioritet (the date the trekk is laid down, deknl. § 2-8 third ledd). When null, the document's
/// begjæringsdato / beslutningsdato is used and reported as an assumption.
/// </param>
public sealed record ElanValg(Bokstaver Bokstaver = Bokstaver.Foer2023, LocalDate? Tidsprioritet = null);

/// <summary>One violation: the code, its title (from ELAN's table), the JSON path, the value there and a message.</summary>
public sealed record ElanAvvik(string Kode, string Tittel, string Sti, string? Verdi, string Melding);

/// <summary>Information about the import (a class changed by law, an assumption, a rentekontroll that matched), with its source.</summary>
public sealed record ElanInformasjon(string Kode, string Sti, string Melding, string Kilde);

/// <summary>One interest line of the rentekontroll: one call of the engine's interest (the same as <c>rente</c>).</summary>
public sealed record Renteledd(Beloep Grunnlag, LocalDate Fra, LocalDate Til, Beloep Rente, bool Antatt)
{
    /// <summary>True when the line's forsinkelsesrente used a derived rate (kildegrad <c>avledet</c>).</summary>
    public bool Avledet { get; init; }
}

/// <summary>The result of checking one rentekrav against the interest the engine computes.</summary>
/// <param name="Id">The rentekrav's reference (its id, as <c>Krav.Id</c> after import).</param>
/// <param name="Sti">The JSON path of its interest basis.</param>
/// <param name="Status"><c>overstiger</c>, <c>lik</c>, <c>lavere</c> or <c>ikkeKontrollert</c>.</param>
/// <param name="Krevd">What the document claims (opprinneligBeloep, else gjenstaaendeBeloep).</param>
/// <param name="Beregnet">The engine's interest: the sum of <paramref name="Ledd"/>.</param>
/// <param name="Rentetype"><c>forsinkelsesrente</c> or <c>avtalt</c>.</param>
/// <param name="AvtaltSats">The agreed rate, for <c>avtalt</c>.</param>
/// <param name="Antatt">True when a day lies past the rate table's end (the last rate carried forward).</param>
/// <param name="Ledd">The interest lines: the basis between payments.</param>
/// <param name="Merknad">Why it was not checked, or null.</param>
public sealed record Rentekontrollresultat(
    string Id,
    string Sti,
    string Status,
    Beloep Krevd,
    Beloep Beregnet,
    string Rentetype,
    Prosent? AvtaltSats,
    bool Antatt,
    ImmutableArray<Renteledd> Ledd,
    string? Merknad)
{
    /// <summary>
    /// True when some line's forsinkelsesrente is a derived figure (kildegrad <c>avledet</c>: not published, derived by
    /// the rule the table's <c>kilde</c> states, e.g. Norges Bank's policy rate + 8 pp).
    /// </summary>
    public bool Avledet { get; init; }
}

/// <summary>The import and rule check of one ELAN document.</summary>
public sealed class Elanresultat
{
    /// <summary>Which document it was.</summary>
    public required Dokumenttype Dokumenttype { get; init; }

    /// <summary>The letter list used for <c>prioritetDekningsloven</c>.</summary>
    public required Bokstaver Bokstaver { get; init; }

    /// <summary>The imported krav in document order (empty for an oppslag).</summary>
    public required ImmutableArray<Krav> Krav { get; init; }

    /// <summary>The class the document gave each krav (mapped by <see cref="Bokstaver"/>), null where it gave none or an unknown letter.</summary>
    public required ImmutableArray<Artsprioritet?> DokumentetsKlasse { get; init; }

    /// <summary>Every violation, in document order of the rules.</summary>
    public required IReadOnlyList<ElanAvvik> Avvik { get; init; }

    /// <summary>Information: class changes, assumptions, matches.</summary>
    public required IReadOnlyList<ElanInformasjon> Informasjon { get; init; }

    /// <summary>One entry per rentekrav with a rentePeriode.</summary>
    public required IReadOnlyList<Rentekontrollresultat> Rentekontroll { get; init; }

    /// <summary>The saksøkere's identifiers (organisation or person numbers), for innsyn.</summary>
    public required IReadOnlyList<string> Saksoekere { get; init; }

    /// <summary>The prosessfullmektiger's organisation numbers, for innsyn.</summary>
    public required IReadOnlyList<string> Prosessfullmektiger { get; init; }

    /// <summary>The sak the krav were put in (innsenderReferanse, else saksreferanse).</summary>
    public required string Sak { get; init; }

    /// <summary>The tidsprioritet given to the krav (null for an oppslag).</summary>
    public LocalDate? Tidsprioritet { get; init; }

    /// <summary>The first saksøker's identifier, written as every krav's <c>saksoeker</c> by <c>--krav-ut</c> (null for none).</summary>
    public string? Saksoeker { get; init; }

    /// <summary>The first saksøker's prosessfullmektig (its own, else the innsender's), written as every krav's <c>prosessfullmektig</c>.</summary>
    public string? Prosessfullmektig { get; init; }

    /// <summary>True when there are no violations.</summary>
    public bool ErGyldig => Avvik.Count == 0;

    /// <summary>
    /// The imported krav as a <see cref="Trekk"/> (what <c>elan sjekk --krav-ut</c> writes as TREKK.json with
    /// <c>TrekkDokument</c>): every krav carries the document's saksøker and prosessfullmektig when they are
    /// organisation numbers (nine digits, MOD11), so <c>innsyn --som</c> answers them; a person as saksøker is left
    /// out. Status, rule, pålegg and payments are the defaults: the document states none of them.
    /// </summary>
    public Trekk TilTrekk()
    {
        var parter = new Kravparter(Orgnr(Saksoeker), Orgnr(Prosessfullmektig));
        return new Trekk
        {
            Krav = Krav,
            Parter = parter == default ? [] : [.. Enumerable.Repeat(parter, Krav.Length)],
        };
    }

    private static Organisasjonsnummer? Orgnr(string? id) => Organisasjonsnummer.TryLes(id, out var orgnr) ? orgnr : null;
}
