namespace Utleggstrekk.Engine.Satser;

/// <summary>How a rate was found for a date.</summary>
public enum SatsStatus
{
    /// <summary>No rate is known for the date, and none may be assumed. The engine refuses to compute.</summary>
    Mangler = 0,

    /// <summary>The date lies inside a period the table states as known.</summary>
    Kjent = 1,

    /// <summary>The date lies after the table's last known date; the last rate is carried forward (flag <c>antatt</c>).</summary>
    Antatt = 2,
}
