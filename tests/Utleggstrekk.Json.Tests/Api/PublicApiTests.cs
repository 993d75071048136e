namespace Utleggstrekk.Json.Tests.Api;

/// <summary>
/// Pins the public surface of the packages tested in this project in this folder's <c>*.verified.txt</c>: an accidental
/// API change fails here. After an intended change run <c>UTLEGGSTREKK_OPPDATER_API=1 dotnet test Utleggstrekk.Engine.sln
/// -c Release --filter PublicApiTests</c>, review the diff and add a line to CHANGELOG.md.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("Utleggstrekk.Json")]
    public void The_public_api_is_the_checked_in_one(string pakke) => PublicApi.SkalVaereDenInnsjekkede(pakke);
}
