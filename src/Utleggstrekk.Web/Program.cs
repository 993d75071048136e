return await Utleggstrekk.Web.Tjeneste.KjoerAsync(args).ConfigureAwait(false);
