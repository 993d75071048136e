namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// The SAK.json paths of the fields of a <see cref="Trekksak"/>, as used in <see cref="Felles.Valideringsfeil.Felt"/>.
/// The JSON layer should map its document to these names so an error points at the right place in the file.
/// </summary>
public static class Trekksakfelt
{
    /// <summary><see cref="Trekksak.Beregningsdato"/>.</summary>
    public const string Beregningsdato = "beregningsdato";

    /// <summary><see cref="Trekksak.BruttoPerMaaned"/>.</summary>
    public const string BruttoPerMaaned = "skyldner.bruttoPerMaaned";

    /// <summary><see cref="Trekksak.ForskuddstrekkPerMaaned"/>.</summary>
    public const string ForskuddstrekkPerMaaned = "skyldner.forskuddstrekkPerMaaned";

    /// <summary><see cref="Trekksak.TrekkMedBedrePrioritetPerMaaned"/>.</summary>
    public const string TrekkMedBedrePrioritetPerMaaned = "skyldner.trekkMedBedrePrioritetPerMaaned";

    /// <summary><see cref="Trekksak.AndreInntekterPerMaaned"/>.</summary>
    public const string AndreInntekterPerMaaned = "skyldner.andreInntekterPerMaaned";

    /// <summary><see cref="Trekksak.Naeringsinntekt"/>.</summary>
    public const string Naeringsinntekt = "skyldner.naeringsinntekt";

    /// <summary><see cref="Trekksak.Sivilstand"/>.</summary>
    public const string Sivilstand = "husstand.sivilstand";

    /// <summary><see cref="Trekksak.PartnerNettoPerMaaned"/>.</summary>
    public const string PartnerNettoPerMaaned = "husstand.partnerNettoPerMaaned";

    /// <summary><see cref="Trekksak.PartnerEgenGjeldPerMaaned"/>.</summary>
    public const string PartnerEgenGjeldPerMaaned = "husstand.partnerEgenGjeldPerMaaned";

    /// <summary><see cref="Trekksak.Barn"/>.</summary>
    public const string Barn = "husstand.barn";

    /// <summary><see cref="Trekksak.Samvaersbarn"/>.</summary>
    public const string Samvaersbarn = "husstand.samvaersbarn";

    /// <summary><see cref="Trekksak.Boutgift"/>.</summary>
    public const string Boutgift = "utgifter.boutgift";

    /// <summary><see cref="Trekksak.Barnetilsyn"/>.</summary>
    public const string Barnetilsyn = "utgifter.barnetilsyn";

    /// <summary><see cref="Trekksak.BidragBetalt"/>.</summary>
    public const string BidragBetalt = "utgifter.bidragBetalt";

    /// <summary><see cref="Trekksak.AndreUtgifter"/>.</summary>
    public const string AndreUtgifter = "utgifter.andre";

    /// <summary><see cref="Trekksak.Kostnadsdeling"/>.</summary>
    public const string Kostnadsdeling = "regler.kostnadsdeling";

    /// <summary><see cref="Trekksak.Tak"/>.</summary>
    public const string Tak = "regler.tak";

    /// <summary><see cref="Trekksak.TakBegrunnelse"/>.</summary>
    public const string TakBegrunnelse = "regler.takBegrunnelse";

    /// <summary><see cref="Trekksak.NaeringSkjematisk"/>.</summary>
    public const string NaeringSkjematisk = "regler.naeringSkjematisk";

    /// <summary>Path of one child's field, e.g. <c>husstand.barn[2].foedselsdato</c>.</summary>
    public static string BarnFelt(int indeks, string felt) => $"{Barn}[{indeks}].{felt}";

    /// <summary>Path of one samvær child's field, e.g. <c>husstand.samvaersbarn[0].samvaersklasse</c>.</summary>
    public static string SamvaersbarnFelt(int indeks, string felt) => $"{Samvaersbarn}[{indeks}].{felt}";

    /// <summary>Path of one other expense's field, e.g. <c>utgifter.andre[1].beloep</c>.</summary>
    public static string AnnenUtgiftFelt(int indeks, string felt) => $"{AndreUtgifter}[{indeks}].{felt}";
}
