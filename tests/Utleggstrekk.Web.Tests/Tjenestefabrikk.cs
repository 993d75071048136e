using Microsoft.AspNetCore.Mvc.Testing;

namespace Utleggstrekk.Web.Tests;

/// <summary>
/// One in-memory service for a test class (the embedded satser, the real pipeline). The type argument only names
/// the web assembly, whose entry point the factory runs.
/// </summary>
public sealed class Tjenestefabrikk : WebApplicationFactory<Satstjeneste>
{
}
