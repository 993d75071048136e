using System.Globalization;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// A validating reader for the small request objects of <c>/api/rente</c> and <c>/api/trekkperiode</c>: unknown,
/// duplicate, missing and mistyped properties are each a violation naming the property.
/// </summary>
public sealed class Objektleser
{
    private readonly List<Valideringsfeil> _feil = [];
    private readonly JsonElement _rot;

    /// <summary>Parses <paramref name="json"/> and checks that it is an object with only <paramref name="kjente"/> properties.</summary>
    public Objektleser(string json, IReadOnlyCollection<string> kjente)
    {
        ArgumentNullException.ThrowIfNull(kjente);
        try
        {
            using var dokument = JsonDocument.Parse(json);
            _rot = dokument.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UgyldigInndataException(new Valideringsfeil("$", null, Feilkoder.UgyldigJson, string.Create(
                CultureInfo.InvariantCulture, $"Ikke gyldig JSON (linje {(e.LineNumber ?? 0) + 1}, posisjon {(e.BytePositionInLine ?? 0) + 1}).")));
        }

        if (_rot.ValueKind != JsonValueKind.Object)
        {
            throw new UgyldigInndataException(new Valideringsfeil("$", null, Feilkoder.UgyldigType, "Forventet et JSON-objekt."));
        }

        var sett = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in _rot.EnumerateObject())
        {
            if (!kjente.Contains(e.Name))
            {
                _feil.Add(new Valideringsfeil(e.Name, JsonTekst.Kort(e.Value), Feilkoder.UkjentFelt, "Ukjent felt; tillatt her: " + string.Join(", ", kjente) + "."));
            }
            else if (!sett.Add(e.Name))
            {
                _feil.Add(new Valideringsfeil(e.Name, JsonTekst.Kort(e.Value), Feilkoder.DuplikatFelt, "Feltet står mer enn én gang."));
            }
        }
    }

    /// <summary>Records a violation.</summary>
    public void Legg(Valideringsfeil feil) => _feil.Add(feil);

    /// <summary>An amount in kroner (JSON number, read exactly from its text): not negative, at most two decimals.</summary>
    public Beloep? Beloep(string navn, bool paakrevd)
    {
        if (!Finn(navn, paakrevd, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number)
        {
            _feil.Add(new Valideringsfeil(navn, JsonTekst.Kort(v), Feilkoder.UgyldigBeloep, "Forventet et beløp i kroner som JSON-tall, f.eks. 10000.50."));
            return null;
        }

        if (!Engine.Felles.Beloep.TryFraTekst(v.GetRawText(), navn, tillatEksponent: true, out var beloep, out var f))
        {
            _feil.Add(f);
            return null;
        }

        return beloep;
    }

    /// <summary>A percentage (JSON number, read exactly from its text): not negative, at most two decimals.</summary>
    public Prosent? Prosent(string navn)
    {
        if (!Finn(navn, false, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number)
        {
            _feil.Add(new Valideringsfeil(navn, JsonTekst.Kort(v), Feilkoder.UgyldigRente, "Forventet en prosentsats som JSON-tall, f.eks. 21.99."));
            return null;
        }

        if (!Engine.Felles.Prosent.TryFraTekst(v.GetRawText(), navn, tillatEksponent: true, out var prosent, out var f))
        {
            _feil.Add(f);
            return null;
        }

        return prosent;
    }

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c> (JSON string).</summary>
    public LocalDate? Dato(string navn, bool paakrevd)
    {
        if (!Finn(navn, paakrevd, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String || !Datoformat.TryLes(v.GetString(), out var dato))
        {
            _feil.Add(new Valideringsfeil(navn, JsonTekst.Kort(v), Feilkoder.UgyldigDato, "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD."));
            return null;
        }

        return dato;
    }

    /// <summary>A year (JSON whole number 1–9999).</summary>
    public int? Aar(string navn)
    {
        if (!Finn(navn, false, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var aar) || aar is < 1 or > 9999)
        {
            _feil.Add(new Valideringsfeil(navn, JsonTekst.Kort(v), Feilkoder.UgyldigAar, "Forventet et årstall, f.eks. 2021."));
            return null;
        }

        return aar;
    }

    /// <summary>A JSON string.</summary>
    public string? Tekst(string navn, bool paakrevd)
    {
        if (!Finn(navn, paakrevd, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            _feil.Add(new Valideringsfeil(navn, JsonTekst.Kort(v), Feilkoder.UgyldigType, "Forventet tekst."));
            return null;
        }

        return v.GetString();
    }

    /// <summary><c>true</c>/<c>false</c> (missing = false).</summary>
    public bool Flagg(string navn)
    {
        if (!Finn(navn, false, out var v))
        {
            return false;
        }

        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _feil.Add(new Valideringsfeil(navn, JsonTekst.Kort(v), Feilkoder.UgyldigType, "Forventet true eller false."));
            return false;
        }

        return v.GetBoolean();
    }

    /// <summary>Throws <see cref="UgyldigInndataException"/> with every violation, if any.</summary>
    public void SjekkGyldig()
    {
        if (_feil.Count > 0)
        {
            throw new UgyldigInndataException(_feil);
        }
    }

    private bool Finn(string navn, bool paakrevd, out JsonElement verdi)
    {
        if (_rot.TryGetProperty(navn, out verdi) && verdi.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (paakrevd)
        {
            _feil.Add(new Valideringsfeil(navn, null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd."));
        }

        return false;
    }
}
