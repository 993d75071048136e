return Utleggstrekk.Cli.Kommandolinje.Kjoer(args, Console.Out, Console.Error);
