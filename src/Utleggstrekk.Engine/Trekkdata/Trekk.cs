using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Engine.Trekkdata;

/// <summary>Whether a trekk is running.</summary>
public enum Trekkstatus
{
    /// <summary>Laid down and not ended (the default): innsyn is given.</summary>
    Etablert = 0,

    /// <summary>Ended: innsyn is refused (forskrift 2025-07-09-1510 § 4; ELAN: "etablert og ikke avsluttet").</summary>
    Avsluttet = 1,
}

/// <summary>Who may see a krav: its saksøker and (optionally) its prosessfullmektig.</summary>
/// <param name="Saksoeker">The creditor (saksøker), if known.</param>
/// <param name="Prosessfullmektig">The creditor's representative, if any.</param>
public readonly record struct Kravparter(Organisasjonsnummer? Saksoeker, Organisasjonsnummer? Prosessfullmektig)
{
    /// <summary>True when <paramref name="som"/> is the saksøker or the prosessfullmektig.</summary>
    public bool Omfatter(Organisasjonsnummer som) => Saksoeker == som || Prosessfullmektig == som;
}

/// <summary>
/// A decided trekk (trekkpålegg) to one trekkpliktig (employer or payer) for the period <c>[Fra, Til)</c>: a fixed
/// amount per month, or a percent of the gross income. Exactly one of <see cref="Beloep"/> and <see cref="Prosent"/>.
/// </summary>
/// <param name="Trekkpliktig">Who pays the trekk over.</param>
/// <param name="Fra">First day (inclusive).</param>
/// <param name="Til">End (exclusive), or null when open-ended.</param>
/// <param name="Beloep">The amount per month, when the trekk is an amount.</param>
/// <param name="Prosent">The percent of gross income, when the trekk is a percent.</param>
public readonly record struct Trekkpaalegg(Organisasjonsnummer Trekkpliktig, LocalDate Fra, LocalDate? Til, Beloep? Beloep, Prosent? Prosent)
{
    /// <summary>True when the trekkpålegg is in force on <paramref name="dato"/>.</summary>
    public bool GjelderPaa(LocalDate dato) => Fra <= dato && (Til is not { } t || dato < t);
}

/// <summary>An amount received from the trekk and placed on the claims.</summary>
/// <param name="Dato">The day it was received.</param>
/// <param name="Beloep">The amount.</param>
public readonly record struct Mottak(LocalDate Dato, Beloep Beloep);

/// <summary>
/// One trekk as innsyn and framskriving see it: its claims (with who may see each), its status, its distribution
/// rule, the decided trekkpålegg and the amounts received. Read from TREKK.json (<c>docs/trekk-json.md</c>).
/// </summary>
public sealed record Trekk
{
    /// <summary>The claims, in input order.</summary>
    public required ImmutableArray<Krav> Krav { get; init; }

    /// <summary>Who may see each claim, aligned with <see cref="Krav"/> (empty: nobody may).</summary>
    public ImmutableArray<Kravparter> Parter { get; init; } = [];

    /// <summary>Whether the trekk is running (default <see cref="Trekkstatus.Etablert"/>).</summary>
    public Trekkstatus Status { get; init; }

    /// <summary>The distribution rule (default <see cref="Fordelingsregel.Tidsprioritet"/>).</summary>
    public Fordelingsregel Regel { get; init; }

    /// <summary>The decided trekk per trekkpliktig.</summary>
    public ImmutableArray<Trekkpaalegg> Trekkpaalegg { get; init; } = [];

    /// <summary>The amounts received.</summary>
    public ImmutableArray<Mottak> Mottatt { get; init; } = [];

    /// <summary>The parties of the claim at input index <paramref name="indeks"/> (none when not given).</summary>
    public Kravparter ParterFor(int indeks) => indeks < Parter.Length ? Parter[indeks] : default;

    /// <summary>
    /// Per claim (input order, like <see cref="Krav"/>; shorter means none for the rest): the end (exclusive) of the
    /// claim's own trekkperiode (tvangsl. § 7-21; Retningslinje pkt. 7 — e.g. two years from the decision for most
    /// claims, longer for skatt and bøter, none for bidrag, see <c>Trekkperiode.Trekkperiodeberegner</c>), or null when
    /// it has no end within the trekk. A projection lets a claim take part in the fordeling only in months that begin
    /// before its end (<see cref="Framskriving.Framskrivingsregler.KravetsTrekkperiode"/>).
    /// </summary>
    public ImmutableArray<LocalDate?> TrekkperiodeSlutt { get; init; } = [];

    /// <summary>The end (exclusive) of the trekkperiode of the claim at input index <paramref name="indeks"/>, or null.</summary>
    public LocalDate? TrekkperiodeSluttFor(int indeks) => indeks < TrekkperiodeSlutt.Length ? TrekkperiodeSlutt[indeks] : null;
}
