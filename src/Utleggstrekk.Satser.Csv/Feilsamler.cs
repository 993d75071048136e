namespace Utleggstrekk.Satser.Csv;

/// <summary>Collects every error of one load; nothing is built unless it stays empty.</summary>
internal sealed class Feilsamler
{
    private readonly List<(int Rekkefoelge, int Nr, SatserFeil Feil)> _feil = [];
    private readonly Dictionary<string, int> _filrekkefoelge = new(StringComparer.Ordinal);

    public int Antall => _feil.Count;

    /// <summary>Declares the order files are reported in (the manifest first, then the tables in manifest order).</summary>
    public void Fil(string fil) => _filrekkefoelge.TryAdd(fil, _filrekkefoelge.Count);

    public void Legg(string fil, int linje, int kolonne, string regel, string melding)
    {
        Fil(fil);
        _feil.Add((_filrekkefoelge[fil], _feil.Count, new SatserFeil(fil, linje, kolonne, regel, melding)));
    }

    /// <summary>Every error, by file order, then line, then column, then the order found.</summary>
    public IReadOnlyList<SatserFeil> Sortert() =>
    [
        .. _feil
            .OrderBy(f => f.Rekkefoelge)
            .ThenBy(f => f.Feil.Linje)
            .ThenBy(f => f.Feil.Kolonne)
            .ThenBy(f => f.Nr)
            .Select(f => f.Feil),
    ];
}
