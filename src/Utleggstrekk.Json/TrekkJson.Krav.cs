using System.Collections.Immutable;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Json;

public static partial class TrekkJson
{
    /// <summary>Allowed values of <c>krav[i].kravtype</c>.</summary>
    public static Verdiliste<Kravtype> Kravtyper { get; } = new(
        ("hovedstol", Kravtype.Hovedstol),
        ("renter", Kravtype.Renter),
        ("kostnader", Kravtype.Kostnader),
        ("gebyr", Kravtype.Gebyr),
        ("loependeBidrag", Kravtype.LoependeBidrag),
        ("bidragsgjeld", Kravtype.Bidragsgjeld));

    /// <summary>Allowed values of <c>krav[i].rentevilkaar.type</c>.</summary>
    public static Verdiliste<Rentetype> Rentetyper { get; } = new(
        ("ingen", Rentetype.Ingen),
        ("forsinkelsesrente", Rentetype.Forsinkelsesrente),
        ("avtalt", Rentetype.Avtalt));

    /// <summary>
    /// Reads and validates TREKK.json into the engine's krav, in input order. Throws <see cref="UgyldigInndataException"/>
    /// with every violation: JSON types, missing and unknown fields, amounts, unknown class or kravtype, dates, and the
    /// engine's own krav rules (<see cref="Kravvalidering"/>: duplicate ids, bidrag in class a, …), and the rest of the
    /// document (<see cref="LesTrekk"/>): a bad organisation number or trekkpålegg is refused here too.
    /// </summary>
    public static ImmutableArray<Krav> Les(string json, string kilde = "TREKK.json") => LesTrekk(json, kilde).Krav;

    /// <summary>Maps a typed document (e.g. deserialized with the source-generated context). Throws <see cref="UgyldigInndataException"/>.</summary>
    public static ImmutableArray<Krav> TilKrav(TrekkDokument dokument) => TilTrekk(dokument).Krav;

    private static ImmutableArray<Krav> Tilordne(TrekkDokument dok, List<Valideringsfeil> feil)
    {
        if (dok.Krav is null)
        {
            feil.Add(Paakrevd("krav"));
            return default;
        }

        if (dok.Krav.Count == 0)
        {
            // The engine's rule, so the file and a call from code are refused alike.
            feil.AddRange(Kravvalidering.Valider([]));
            return default;
        }

        var krav = ImmutableArray.CreateBuilder<Krav>(dok.Krav.Count);
        var foer = feil.Count;
        var daarlige = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dok.Krav.Count; i++)
        {
            var k = dok.Krav[i];
            var feilFoerKrav = feil.Count;
            if (k is null)
            {
                feil.Add(Paakrevd("krav[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
                return default;
            }

            krav.Add(LesKrav(k, i, feil));
            if (feil.Count > feilFoerKrav)
            {
                daarlige.Add("krav[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].");
            }
        }

        // The engine's own krav rules. On a krav that already failed mapping only the cross-krav rule (duplicate id)
        // is kept: its other fields hold placeholders, not the caller's values.
        var resultat = krav.MoveToImmutable();
        foreach (var f in Kravvalidering.Valider(resultat.AsSpan()))
        {
            if (f.Regel == Feilkoder.KravDuplikateReferanser || !daarlige.Any(d => f.Felt.StartsWith(d, StringComparison.Ordinal)))
            {
                feil.Add(f);
            }
        }

        return feil.Count > foer ? default : resultat;
    }

    /// <summary>One claim <c>krav[i]</c>: its required fields, letter, type and interest terms, then what its type needs.</summary>
    private static Krav LesKrav(KravDokument k, int i, List<Valideringsfeil> feil)
    {
        foreach (var (verdi, felt) in new[] { (k.Id, "id"), (k.Artsprioritet, "artsprioritet"), (k.Sak, "sak"), (k.Kravtype, "kravtype") })
        {
            if (verdi is null)
            {
                feil.Add(Paakrevd(Sti(i, felt)));
            }
        }

        if (k.Tidsprioritet is null)
        {
            feil.Add(Paakrevd(Sti(i, "tidsprioritet")));
        }

        var art = Artsprioritet.A;
        if (k.Artsprioritet is not null && !Artsprioriteter.TryFraBokstav(k.Artsprioritet, out art))
        {
            feil.Add(new Valideringsfeil(Sti(i, "artsprioritet"), k.Artsprioritet, Feilkoder.UkjentArtsprioritet, "Ukjent artsprioritet; tillatt: a, b, c, d, e, f (deknl. § 2-8 første ledd)."));
        }

        var feilFoerType = feil.Count;
        var type = k.Kravtype is null ? Kravtype.Hovedstol : Kravtyper.Les(k.Kravtype, Sti(i, "kravtype"), Kravtype.Hovedstol, feil);
        var typeKjent = k.Kravtype is not null && feil.Count == feilFoerType;
        var rentetype = Rentetyper.Les(k.Rentevilkaar?.Type, Sti(i, "rentevilkaar.type"), Rentetype.Ingen, feil);
        var sats = Prosent.Null;
        if (k.Rentevilkaar?.AvtaltSats is { } s)
        {
            try
            {
                sats = Prosent.FraEkstern(s, Sti(i, "rentevilkaar.avtaltSats"));
            }
            catch (UgyldigInndataException e)
            {
                feil.AddRange(e.Feil);
            }
        }

        SjekkBeloepOgRente(k, i, typeKjent, type, rentetype, feil);
        return new Krav
        {
            Id = k.Id ?? string.Empty,
            Artsprioritet = art,
            Tidsprioritet = Dato(k.Tidsprioritet),
            Sak = k.Sak ?? string.Empty,
            PrioritetISak = k.PrioritetISak ?? 1,
            RentePrioritetISak = k.Rentevilkaar?.PrioritetISak,
            Kravtype = type,
            Gjenstaaende = Inndataverdi.Beloep(k.Gjenstaaende, Sti(i, "gjenstaaende"), feil),
            MaanedligBeloep = Inndataverdi.Beloep(k.MaanedligBeloep, Sti(i, "maanedligBeloep"), feil),
            PaaloeptRente = Inndataverdi.Beloep(k.PaaloeptRente, Sti(i, "paaloeptRente"), feil),
            BevartTidsprioritet = k.BevartTidsprioritet ?? false,
            TidsprioritetAntatt = k.TidsprioritetAntatt ?? false,
            Rentevilkaar = new Rentevilkaar(rentetype, sats, k.Rentevilkaar?.RenteFra),
        };
    }

    /// <summary>
    /// What a claim's type and interest terms need: <c>gjenstaaende</c> unless a løpende bidrag (and never a non-zero
    /// one there), <c>avtaltSats</c> with type avtalt and only there.
    /// </summary>
    private static void SjekkBeloepOgRente(KravDokument k, int i, bool typeKjent, Kravtype type, Rentetype rentetype, List<Valideringsfeil> feil)
    {
        // What a claim needs must be stated, never defaulted: a løpende bidrag needs this period's amount
        // (checked by the engine), every other claim its remaining amount (issue 3 contract). A løpende bidrag's
        // remaining amount is not used, so a non-zero one is refused rather than silently ignored.
        if (typeKjent && type != Kravtype.LoependeBidrag && k.Gjenstaaende is null)
        {
            feil.Add(Paakrevd(Sti(i, "gjenstaaende")));
        }

        if (type == Kravtype.LoependeBidrag && k.Gjenstaaende is { } g && g != 0)
        {
            feil.Add(new Valideringsfeil(
                Sti(i, "gjenstaaende"),
                g.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Feilkoder.UgyldigVerdi,
                "Et løpende bidrag dekkes med maanedligBeloep; restanse føres som et eget krav med kravtype bidragsgjeld."));
        }

        // An agreed rate must be given with type avtalt, and only there.
        if (rentetype == Rentetype.Avtalt && k.Rentevilkaar?.AvtaltSats is null)
        {
            feil.Add(Paakrevd(Sti(i, "rentevilkaar.avtaltSats")));
        }

        if (rentetype == Rentetype.Ingen && k.Rentevilkaar?.AvtaltSats is { } ubrukt)
        {
            feil.Add(new Valideringsfeil(
                Sti(i, "rentevilkaar.avtaltSats"),
                ubrukt.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Feilkoder.UgyldigRente,
                "En avtalt rentesats krever rentevilkaar.type = avtalt."));
        }
    }
}
