using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Json;

public static partial class TrekkJson
{
    /// <summary>Allowed values of <c>status</c>.</summary>
    public static Verdiliste<Trekkstatus> Statuser { get; } = new(("etablert", Trekkstatus.Etablert), ("avsluttet", Trekkstatus.Avsluttet));

    /// <summary>Allowed values of <c>regel</c>.</summary>
    public static Verdiliste<Fordelingsregel> Regler { get; } =
        new(("tidsprioritet", Fordelingsregel.Tidsprioritet), ("samordnet", Fordelingsregel.Samordnet));

    /// <summary>
    /// Reads and validates the whole TREKK.json into a <see cref="Trekk"/>: the krav (as <see cref="Les"/>), who may see
    /// each (<c>saksoeker</c>, <c>prosessfullmektig</c>: nine digits, MOD11), <c>status</c>, <c>regel</c>, the
    /// <c>trekkpaalegg</c> and the amounts <c>mottatt</c>. Throws <see cref="UgyldigInndataException"/> with every violation.
    /// </summary>
    public static Trekk LesTrekk(string json, string kilde = "TREKK.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var dokument = JsonLeser.Parse(json, kilde);
        return JsonLeser.LesOgTilordne<TrekkDokument, Trekk>(dokument.RootElement, LesDokument, TilordneTrekk);
    }

    /// <summary>Maps a typed document (e.g. deserialized with the source-generated context). Throws <see cref="UgyldigInndataException"/>.</summary>
    public static Trekk TilTrekk(TrekkDokument dokument) => JsonLeser.Tilordne<TrekkDokument, Trekk>(dokument, TilordneTrekk);

    private static Trekk? TilordneTrekk(TrekkDokument dok, List<Valideringsfeil> feil)
    {
        var foer = feil.Count;
        var krav = Tilordne(dok, feil);
        var parter = ImmutableArray.CreateBuilder<Kravparter>();
        var slutt = ImmutableArray.CreateBuilder<LocalDate?>();
        for (var i = 0; i < (dok.Krav?.Count ?? 0); i++)
        {
            var k = dok.Krav![i];
            parter.Add(new Kravparter(Orgnr(k?.Saksoeker, Sti(i, "saksoeker"), feil), Orgnr(k?.Prosessfullmektig, Sti(i, "prosessfullmektig"), feil)));
            slutt.Add(k?.TrekkperiodeSlutt);
        }

        var status = Statuser.Les(dok.Status, "status", Trekkstatus.Etablert, feil);
        var regel = Regler.Les(dok.Regel, "regel", Fordelingsregel.Tidsprioritet, feil);

        var paalegg = ImmutableArray.CreateBuilder<Trekkpaalegg>();
        for (var i = 0; i < (dok.Trekkpaalegg?.Count ?? 0); i++)
        {
            var p = dok.Trekkpaalegg![i];
            var sti = "trekkpaalegg[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (p is null)
            {
                feil.Add(Paakrevd(sti));
                continue;
            }

            paalegg.Add(LesTrekkpaalegg(p, sti, feil));
        }

        var mottatt = LesMottatt(dok, feil);

        if (feil.Count > foer || krav.IsDefault)
        {
            return null;
        }

        return new Trekk
        {
            Krav = krav,
            Parter = parter.ToImmutable(),
            TrekkperiodeSlutt = slutt.Count(d => d is not null) == 0 ? [] : slutt.ToImmutable(),
            Status = status,
            Regel = regel,
            Trekkpaalegg = paalegg.ToImmutable(),
            Mottatt = mottatt,
        };
    }

    /// <summary>One <c>trekkpaalegg[i]</c>: trekkpliktig, fra (and a til after it), and exactly one of beloep and prosent.</summary>
    private static Trekkpaalegg LesTrekkpaalegg(TrekkpaaleggDokument p, string sti, List<Valideringsfeil> feil)
    {
        var trekkpliktig = p.Trekkpliktig is null ? null : Orgnr(p.Trekkpliktig, sti + ".trekkpliktig", feil);
        if (p.Trekkpliktig is null)
        {
            feil.Add(Paakrevd(sti + ".trekkpliktig"));
        }

        if (p.Fra is null)
        {
            feil.Add(Paakrevd(sti + ".fra"));
        }

        if (p.Fra is { } f && p.Til is { } t && t <= f)
        {
            feil.Add(Trekkvalidering.UgyldigPeriode(sti, f, t));
        }

        var (beloep, prosent) = LesBeloepEllerProsent(p, sti, feil);
        return new Trekkpaalegg(trekkpliktig ?? default, p.Fra ?? default, p.Til, beloep, prosent);
    }

    /// <summary>A trekkpålegg's amount or percentage (exactly one, the percentage at most 100).</summary>
    private static (Beloep? Beloep, Prosent? Prosent) LesBeloepEllerProsent(TrekkpaaleggDokument p, string sti, List<Valideringsfeil> feil)
    {
        Beloep? beloep = null;
        Prosent? prosent = null;
        if (p.Beloep is null == p.Prosent is null)
        {
            feil.Add(Trekkvalidering.BeloepEllerProsent(sti));
        }
        else if (p.Beloep is not null)
        {
            beloep = Inndataverdi.Beloep(p.Beloep, sti + ".beloep", feil);
        }
        else
        {
            try
            {
                prosent = Prosent.FraEkstern(p.Prosent!.Value, sti + ".prosent");
                if (prosent.Value > Prosent.FraHeleProsent(100))
                {
                    feil.Add(Trekkvalidering.ForHoeyProsent(sti, prosent.Value));
                }
            }
            catch (UgyldigInndataException e)
            {
                feil.AddRange(e.Feil);
            }
        }

        return (beloep, prosent);
    }

    /// <summary><c>mottatt</c>: each payment needs a date and an amount.</summary>
    private static ImmutableArray<Mottak> LesMottatt(TrekkDokument dok, List<Valideringsfeil> feil)
    {
        var mottatt = ImmutableArray.CreateBuilder<Mottak>();
        for (var i = 0; i < (dok.Mottatt?.Count ?? 0); i++)
        {
            var m = dok.Mottatt![i];
            var sti = "mottatt[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (m is null)
            {
                feil.Add(Paakrevd(sti));
                continue;
            }

            if (m.Dato is null)
            {
                feil.Add(Paakrevd(sti + ".dato"));
            }

            if (m.Beloep is null)
            {
                feil.Add(Paakrevd(sti + ".beloep"));
            }

            mottatt.Add(new Mottak(m.Dato ?? default, Inndataverdi.Beloep(m.Beloep, sti + ".beloep", feil)));
        }

        return mottatt.ToImmutable();
    }

    private static Organisasjonsnummer? Orgnr(string? tekst, string felt, List<Valideringsfeil> feil)
    {
        if (tekst is null)
        {
            return null;
        }

        if (Organisasjonsnummer.TryLes(tekst, out var orgnr))
        {
            return orgnr;
        }

        feil.Add(Organisasjonsnummer.Feil(tekst, felt));
        return null;
    }
}
