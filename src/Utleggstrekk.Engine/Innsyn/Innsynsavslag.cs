using Utleggstrekk.Engine.Felles;
namespace Utleggstrekk.Engine.Innsyn;

/// <summary>Why innsyn in a krav is refused (none when it is given). Each has its own code (<see cref="Innsynsavslagskoder"/>).</summary>
public enum Innsynsavslag
{
    /// <summary>Innsyn is given.</summary>
    Ingen = 0,

    /// <summary>No krav with the id in the trekk (<c>INNSYN_UKJENT_KRAV</c>).</summary>
    UkjentKrav = 1,

    /// <summary>The requester is neither saksøker nor prosessfullmektig of the krav (<c>INNSYN_IKKE_PART</c>).</summary>
    IkkePart = 2,

    /// <summary>The trekk is ended (<c>INNSYN_TREKK_AVSLUTTET</c>).</summary>
    TrekkAvsluttet = 3,
}

/// <summary>The stable codes and Norwegian messages of the refusals.</summary>
public static class Innsynsavslagskoder
{
    /// <summary>The code of <paramref name="avslag"/>.</summary>
    public static string Kode(Innsynsavslag avslag) => avslag switch
    {
        Innsynsavslag.UkjentKrav => Feilkoder.InnsynUkjentKrav,
        Innsynsavslag.IkkePart => Feilkoder.InnsynIkkePart,
        Innsynsavslag.TrekkAvsluttet => Feilkoder.InnsynTrekkAvsluttet,
        _ => Feilkoder.InnsynGitt,
    };

    /// <summary>The caseworker's message for <paramref name="avslag"/>.</summary>
    public static string Melding(Innsynsavslag avslag) => avslag switch
    {
        Innsynsavslag.UkjentKrav => "Trekket har ikke noe krav med denne referansen.",
        Innsynsavslag.IkkePart => "Den som spør er verken saksøker eller prosessfullmektig for kravet, og får ikke innsyn.",
        Innsynsavslag.TrekkAvsluttet => "Trekket er avsluttet; innsyn gis bare i et etablert trekk som ikke er avsluttet.",
        _ => "Innsyn gitt.",
    };
}
