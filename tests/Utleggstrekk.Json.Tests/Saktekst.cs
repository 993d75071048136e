using System.Globalization;
using System.Text;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Json.Tests;

/// <summary>
/// Generated <see cref="Trekksak"/>s and a plain SAK.json writer (not the code under test). Shared as a linked file
/// with Utleggstrekk.Cli.Tests, whose GenererteSakerTests run the same cases through the command line.
/// </summary>
internal static class Saktekst
{

    private static readonly string[] Sivilstander = ["enslig", "gift", "samboer"];
    private static readonly string[] Delinger = ["halvpart", "forholdsmessig", "husstand"];
    private static readonly string[] Tak = ["normal", "utvidet"];

    public static Trekksak Lag(Random r)
    {
        var dato = new LocalDate(2023, 7, 1).PlusDays(r.Next(0, 730));
        var sivilstand = (Sivilstand)r.Next(3);
        return new Trekksak
        {
            Beregningsdato = dato,
            BruttoPerMaaned = Beloep(r, 5_000, 120_000),
            ForskuddstrekkPerMaaned = Beloep(r, 0, 30_000),
            TrekkMedBedrePrioritetPerMaaned = r.Next(4) == 0 ? Beloep(r, 0, 5_000) : default,
            AndreInntekterPerMaaned = r.Next(3) == 0 ? Beloep(r, 0, 6_000) : default,
            Naeringsinntekt = r.Next(5) == 0,
            Sivilstand = sivilstand,
            PartnerNettoPerMaaned = sivilstand == Sivilstand.Enslig ? default : Beloep(r, 0, 60_000),
            PartnerEgenGjeldPerMaaned = sivilstand == Sivilstand.Enslig ? default : Beloep(r, 0, 5_000),
            Barn = [.. Enumerable.Range(0, r.Next(5)).Select(_ => new Barn(dato.PlusDays(-r.Next(0, 20 * 365)), r.Next(4) == 0))],
            Samvaersbarn = [.. Enumerable.Range(0, r.Next(4)).Select(_ => new Samvaersbarn(dato.PlusDays(-r.Next(0, 18 * 365)), r.Next(1, 5)))],
            Boutgift = Beloep(r, 0, 20_000),
            Barnetilsyn = r.Next(3) == 0 ? Beloep(r, 0, 4_000) : default,
            BidragBetalt = r.Next(4) == 0 ? Beloep(r, 0, 5_000) : default,
            AndreUtgifter = [.. Enumerable.Range(0, r.Next(3)).Select(i => new AnnenUtgift("utgift \"" + i + "\" æøå", Beloep(r, 0, 3_000), r.Next(2) == 0))],
            Kostnadsdeling = (Kostnadsdeling)r.Next(3),
            Tak = (Takregel)r.Next(2),
            NaeringSkjematisk = r.Next(6) == 0,
        };
    }

    private static Beloep Beloep(Random r, int fra, int til) =>
        Engine.Felles.Beloep.FraOere(r.NextInt64(fra * 100L, til * 100L + 1) / (r.Next(2) == 0 ? 100 : 1) * (r.Next(2) == 0 ? 100 : 1));

    /// <summary>A plain SAK.json writer: every field written, in the documented spelling.</summary>
    public static string Skriv(Trekksak s)
    {
        static string K(Beloep b) => b.Kroner.ToString(CultureInfo.InvariantCulture);
        static string D(LocalDate d) => "\"" + d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "\"";
        static string B(bool b) => b ? "true" : "false";
        var sb = new StringBuilder();
        sb.Append("{ \"beregningsdato\": ").Append(D(s.Beregningsdato));
        sb.Append(", \"skyldner\": { \"bruttoPerMaaned\": ").Append(K(s.BruttoPerMaaned))
            .Append(", \"forskuddstrekkPerMaaned\": ").Append(K(s.ForskuddstrekkPerMaaned))
            .Append(", \"trekkMedBedrePrioritetPerMaaned\": ").Append(K(s.TrekkMedBedrePrioritetPerMaaned))
            .Append(", \"andreInntekterPerMaaned\": ").Append(K(s.AndreInntekterPerMaaned))
            .Append(", \"naeringsinntekt\": ").Append(B(s.Naeringsinntekt)).Append(" }");
        sb.Append(", \"husstand\": { \"sivilstand\": \"").Append(Sivilstander[(int)s.Sivilstand]).Append('"')
            .Append(", \"partnerNettoPerMaaned\": ").Append(K(s.PartnerNettoPerMaaned))
            .Append(", \"partnerEgenGjeldPerMaaned\": ").Append(K(s.PartnerEgenGjeldPerMaaned))
            .Append(", \"barn\": [").AppendJoin(", ", s.Barn.Select(b => "{ \"foedselsdato\": " + D(b.Foedselsdato) + ", \"videregaaende\": " + B(b.Videregaaende) + " }")).Append(']')
            .Append(", \"samvaersbarn\": [").AppendJoin(", ", s.Samvaersbarn.Select(b => "{ \"foedselsdato\": " + D(b.Foedselsdato) + ", \"samvaersklasse\": " + b.Samvaersklasse.ToString(CultureInfo.InvariantCulture) + " }")).Append("] }");
        sb.Append(", \"utgifter\": { \"boutgift\": ").Append(K(s.Boutgift))
            .Append(", \"barnetilsyn\": ").Append(K(s.Barnetilsyn))
            .Append(", \"bidragBetalt\": ").Append(K(s.BidragBetalt))
            .Append(", \"andre\": [").AppendJoin(", ", s.AndreUtgifter.Select(a => "{ \"tekst\": " + "\"" + a.Tekst.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" + ", \"beloep\": " + K(a.Beloep) + ", \"egenUtgift\": " + B(a.EgenUtgift) + " }")).Append("] }");
        sb.Append(", \"regler\": { \"kostnadsdeling\": \"").Append(Delinger[(int)s.Kostnadsdeling])
            .Append("\", \"tak\": \"").Append(Tak[(int)s.Tak])
            .Append("\", \"naeringSkjematisk\": ").Append(B(s.NaeringSkjematisk)).Append(" } }");
        return sb.ToString();
    }
}
