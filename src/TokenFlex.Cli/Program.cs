Console.Error.WriteLine("tokenflex: the command line is being assembled; use the library for now.");
return 1;
