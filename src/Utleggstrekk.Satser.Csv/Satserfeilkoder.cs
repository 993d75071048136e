using Utleggstrekk.Engine.Felles;
namespace Utleggstrekk.Satser.Csv;

/// <summary>The stable codes of the rules a satser directory is validated against (<see cref="SatserFeil.Regel"/>).</summary>
public static class Satserfeilkoder
{
    /// <summary>The directory given does not exist.</summary>
    public const string KatalogMangler = "KATALOG_MANGLER";

    /// <summary>A file (the manifest or a table named in it) is missing or cannot be read.</summary>
    public const string FilMangler = "FIL_MANGLER";

    /// <summary>A file is not valid UTF-8 or not valid CSV (e.g. a stray quote).</summary>
    public const string UgyldigCsv = "UGYLDIG_CSV";

    /// <summary>The header is not exactly the expected column names in the expected order.</summary>
    public const string FeilHode = "FEIL_HODE";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string AntallKolonner = "ANTALL_KOLONNER";

    /// <summary>A table file has a header but no rows.</summary>
    public const string TomTabell = "TOM_TABELL";

    /// <summary>A required value is empty (e.g. <c>gyldig_fra</c>, <c>kilde</c>, the manifest's <c>versjon</c>).</summary>
    public const string VerdiMangler = Feilkoder.VerdiMangler;

    /// <summary>A date is not <c>uuuu-MM-dd</c> or not a real date in the supported range.</summary>
    public const string UgyldigDato = Feilkoder.UgyldigDato;

    /// <summary>A number is not written with digits and an optional <c>.</c> decimal point (invariant culture), or is too large.</summary>
    public const string UgyldigTall = "UGYLDIG_TALL";

    /// <summary>A number has more than two decimals.</summary>
    public const string ForMangeDesimaler = "FOR_MANGE_DESIMALER";

    /// <summary>An amount or percentage is zero or negative.</summary>
    public const string IkkePositiv = "IKKE_POSITIV";

    /// <summary>A percentage is above 100.</summary>
    public const string UtenforGrense = "UTENFOR_GRENSE";

    /// <summary>A trekkgrenser ceiling (<c>tak_normal</c>, <c>tak_maks</c>) is above 80 % (Retningslinje pkt. 5.4).</summary>
    public const string TakOverGrense = "TAK_OVER_GRENSE";

    /// <summary><c>tak_normal</c> is above <c>tak_maks</c> on some date both apply to.</summary>
    public const string TakNormalOverMaks = "TAK_NORMAL_OVER_MAKS";

    /// <summary>A livsopphold category is not one of the known ones.</summary>
    public const string UkjentKategori = Feilkoder.UkjentKategori;

    /// <summary>A trekkgrenser parameter is not one of the known ones.</summary>
    public const string UkjentParameter = Feilkoder.UkjentParameter;

    /// <summary><c>kildegrad</c> is not <c>kunngjort</c>, <c>sekundaer</c> or <c>avledet</c>.</summary>
    public const string UkjentKildegrad = "UKJENT_KILDEGRAD";

    /// <summary>A samværsklasse is not 1, 2, 3 or 4.</summary>
    public const string UkjentKlasse = "UKJENT_KLASSE";

    /// <summary>The manifest names a table that is not known.</summary>
    public const string UkjentTabell = "UKJENT_TABELL";

    /// <summary>The same row key (period + category/class/parameter, or manifest table) appears twice.</summary>
    public const string Duplikat = "DUPLIKAT";

    /// <summary><c>gyldig_til</c> is before <c>gyldig_fra</c>.</summary>
    public const string TilFoerFra = "TIL_FOER_FRA";

    /// <summary>Rows are not sorted by <c>gyldig_fra</c> (rows of one period must be together).</summary>
    public const string Usortert = "USORTERT";

    /// <summary>A period starts on or before the last day of the previous one (or the previous one is open).</summary>
    public const string Overlapp = "OVERLAPP";

    /// <summary>Rows of one period disagree on <c>gyldig_til</c>.</summary>
    public const string UlikGyldigTil = "ULIK_GYLDIG_TIL";

    /// <summary>A period lacks a category (livsopphold) or a class (samvær) it must have.</summary>
    public const string KategoriMangler = "KATEGORI_MANGLER";

    /// <summary>A livsopphold period mixes <c>barn_11_pluss</c> with <c>barn_11_14</c>/<c>barn_15_pluss</c>.</summary>
    public const string KategoriBlandet = "KATEGORI_BLANDET";

    /// <summary>
    /// A livsopphold period uses the wrong 11+ bands for its dates: <c>barn_11_pluss</c> in a period reaching
    /// 2023-07-01 or later, or <c>barn_11_14</c>/<c>barn_15_pluss</c> in a period starting before 2023-07-01 (SPEC §3).
    /// </summary>
    public const string KategoriFeilPeriode = "KATEGORI_FEIL_PERIODE";

    /// <summary>The last period of a dated table is open: the table must state the last day it is known to be valid for.</summary>
    public const string SistKjenteDagMangler = "SIST_KJENTE_DAG_MANGLER";

    /// <summary>A trekkgrenser parameter has no row.</summary>
    public const string ParameterMangler = "PARAMETER_MANGLER";

    /// <summary>The manifest lacks a table.</summary>
    public const string TabellMangler = "TABELL_MANGLER";

    /// <summary>The manifest's <c>fil</c> is not a plain file name in the directory.</summary>
    public const string UgyldigFilnavn = "UGYLDIG_FILNAVN";

    /// <summary>The manifest's <c>sha256</c> is not 64 hexadecimal digits.</summary>
    public const string UgyldigSha256 = "UGYLDIG_SHA256";

    /// <summary>A file's SHA-256 differs from the one in the manifest.</summary>
    public const string FeilSha256 = "FEIL_SHA256";
}
