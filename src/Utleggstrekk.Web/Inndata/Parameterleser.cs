using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// Reads the scalars of a query string or a form under the input policy, collecting every violation as the CLI's
/// option parser does: amounts as a Norwegian types them (<see cref="Norsktall"/>), dates <c>ÅÅÅÅ-MM-DD</c> in years
/// 1–9999, whole numbers in a range, <c>true</c>/<c>false</c>; a repeated single-valued parameter is a violation.
/// </summary>
public sealed class Parameterleser
{
    private readonly List<Valideringsfeil> _feil = [];

    /// <summary>Every violation so far.</summary>
    public IReadOnlyList<Valideringsfeil> Feil => _feil;

    /// <summary>Records a violation.</summary>
    public void Legg(Valideringsfeil feil) => _feil.Add(feil);

    /// <summary>The single value of a parameter bound as <c>string[]</c>, or null when absent.</summary>
    public string? Tekst(string navn, IReadOnlyList<string>? verdier)
    {
        if (verdier is null || verdier.Count == 0)
        {
            return null;
        }

        if (verdier.Count > 1)
        {
            _feil.Add(new Valideringsfeil(navn, Inndatatekst.Kort(string.Join(",", verdier)), Feilkoder.DuplikatFelt, "Parameteren står mer enn én gang."));
        }

        return verdier[0];
    }

    /// <summary>Every value of a repeatable parameter.</summary>
    public static IReadOnlyList<string> Alle(IReadOnlyList<string>? verdier) => verdier ?? [];

    /// <summary><c>true</c>/<c>false</c> (missing = false).</summary>
    public bool Flagg(string navn, IReadOnlyList<string>? verdier)
    {
        var t = Tekst(navn, verdier);
        if (t is null)
        {
            return false;
        }

        if (t is "true" or "false")
        {
            return t == "true";
        }

        _feil.Add(new Valideringsfeil(navn, Inndatatekst.Kort(t), Feilkoder.UgyldigType, "Forventet true eller false."));
        return false;
    }

    /// <summary>An amount in kroner as a Norwegian types it, or null when absent (a violation when <paramref name="paakrevd"/>).</summary>
    public Beloep? Beloep(string navn, IReadOnlyList<string>? verdier, bool paakrevd)
    {
        var t = Tekst(navn, verdier);
        return t is null || t.Trim().Length == 0 ? Mangler<Beloep>(navn, paakrevd) : TolkBeloep(navn, t);
    }

    /// <summary>An amount from one text (a form field), or null when empty.</summary>
    public Beloep? Beloep(string navn, string? tekst, bool paakrevd) =>
        string.IsNullOrWhiteSpace(tekst) ? Mangler<Beloep>(navn, paakrevd) : TolkBeloep(navn, tekst);

    /// <summary>Every value of a repeatable amount parameter, in order.</summary>
    public IReadOnlyList<Beloep> AlleBeloep(string navn, IReadOnlyList<string>? verdier) =>
        [.. Alle(verdier).Select(v => TolkBeloep(navn, v) ?? Engine.Felles.Beloep.Null)];

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c>, or null when absent (a violation when <paramref name="paakrevd"/>).</summary>
    public LocalDate? Dato(string navn, IReadOnlyList<string>? verdier, bool paakrevd) => Dato(navn, Tekst(navn, verdier), paakrevd);

    /// <summary>A date from one text.</summary>
    public LocalDate? Dato(string navn, string? tekst, bool paakrevd)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return Mangler<LocalDate>(navn, paakrevd);
        }

        if (!Datoformat.TryLes(tekst.Trim(), out var dato))
        {
            _feil.Add(new Valideringsfeil(navn, Inndatatekst.Kort(tekst), Feilkoder.UgyldigDato, "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD i år 1–9999."));
            return null;
        }

        return dato;
    }

    /// <summary>A whole number in <c>[min, max]</c>, or null when absent (a violation when <paramref name="paakrevd"/>).</summary>
    public int? Heltall(string navn, IReadOnlyList<string>? verdier, int min, int max, bool paakrevd) => Heltall(navn, Tekst(navn, verdier), min, max, paakrevd);

    /// <summary>A whole number from one text.</summary>
    public int? Heltall(string navn, string? tekst, int min, int max, bool paakrevd)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return Mangler<int>(navn, paakrevd);
        }

        if (!int.TryParse(tekst.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var verdi) || verdi < min || verdi > max)
        {
            _feil.Add(new Valideringsfeil(navn, Inndatatekst.Kort(tekst), Feilkoder.UgyldigVerdi, string.Create(CultureInfo.InvariantCulture, $"Forventet et heltall fra {min} til {max}.")));
            return null;
        }

        return verdi;
    }

    /// <summary>A required text parameter (a violation when absent or empty).</summary>
    public string? PaakrevdTekst(string navn, IReadOnlyList<string>? verdier)
    {
        var t = Tekst(navn, verdier);
        if (string.IsNullOrWhiteSpace(t))
        {
            _feil.Add(new Valideringsfeil(navn, t, Feilkoder.Paakrevd, "Parameteren mangler og er påkrevd."));
            return null;
        }

        return t;
    }

    /// <summary>An optional value from a fixed list.</summary>
    public T Valg<T>(string navn, IReadOnlyList<string>? verdier, Verdiliste<T> liste, T standard)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(liste);
        return liste.Les(Tekst(navn, verdier), navn, standard, _feil);
    }

    /// <summary>Throws <see cref="UgyldigInndataException"/> with every violation, if any.</summary>
    public void SjekkGyldig()
    {
        if (_feil.Count > 0)
        {
            throw new UgyldigInndataException(_feil);
        }
    }

    private T? Mangler<T>(string navn, bool paakrevd)
        where T : struct
    {
        if (paakrevd)
        {
            _feil.Add(new Valideringsfeil(navn, null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd."));
        }

        return null;
    }

    private Beloep? TolkBeloep(string navn, string t)
    {
        if (!Norsktall.TryLesBeloep(t, navn, out var beloep, out var f))
        {
            _feil.Add(f);
            return null;
        }

        return beloep;
    }
}

/// <summary>
/// Refuses query parameters an endpoint does not know (400, rule <c>UKJENT_PARAMETER</c>, naming each), as the CLI
/// refuses unknown options. The known names are those of the endpoint's request record.
/// </summary>
public static class Parameterfilter
{
    /// <summary>Adds the check for the query names of <typeparamref name="T"/>, a record bound with <c>[AsParameters]</c>.</summary>
    public static RouteHandlerBuilder KunParametereFra<T>(this RouteHandlerBuilder b) => b.KunParametere(Navn(typeof(T)));

    /// <summary>Adds the check for a fixed list of names (empty: no parameters at all).</summary>
    public static RouteHandlerBuilder KunParametere(this RouteHandlerBuilder b, IReadOnlyCollection<string> kjente)
    {
        ArgumentNullException.ThrowIfNull(b);
        return b.AddEndpointFilter(async (kontekst, neste) =>
        {
            Sjekk(kontekst.HttpContext.Request.Query, kjente);
            return await neste(kontekst).ConfigureAwait(false);
        });
    }

    /// <summary>Throws for every name in <paramref name="query"/> that is not in <paramref name="kjente"/> (compared as the binder does, ignoring case).</summary>
    public static void Sjekk(IQueryCollection query, IReadOnlyCollection<string> kjente)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ukjente = query.Keys.Where(k => !kjente.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (ukjente.Count > 0)
        {
            var tillatt = kjente.Count == 0 ? "ingen parametere her." : "tillatt her: " + string.Join(", ", kjente) + ".";
            throw new UgyldigInndataException([.. ukjente.Select(k => new Valideringsfeil(Inndatatekst.Kort(k), null, Feilkoder.UkjentParameter, "Ukjent parameter; " + tillatt))]);
        }
    }

    /// <summary>The query names of a request record: each constructor parameter's <c>[FromQuery(Name)]</c>, or its name.</summary>
    public static IReadOnlyList<string> Navn(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.GetConstructors()[0].GetParameters()
            .Where(p => p.GetCustomAttribute<FromHeaderAttribute>() is null && p.ParameterType != typeof(HttpContext))
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)];
    }
}
