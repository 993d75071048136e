using Utleggstrekk.Web;

return await Tjeneste.KjoerAsync(args).ConfigureAwait(false);

/// <summary>The entry point (public so that tests can host the service with <c>WebApplicationFactory</c>).</summary>
public partial class Program;
