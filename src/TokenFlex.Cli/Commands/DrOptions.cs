using System.CommandLine;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Ven;

namespace TokenFlex.Cli.Commands;

/// <summary>The options of <c>tokenflex dr events</c>.</summary>
public sealed class DrOptions
{
    public Argument<FileInfo?> File { get; } = new("FILE")
    {
        Description = "OpenADR 3 event JSON (one event or an array); give this or --vtn.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Vtn { get; } = new("--vtn") { Description = "Base URL of the VTN to poll for programs and events." };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "OAuth2 client id of this VEN." };

    public Option<string?> ClientSecretEnv { get; } = new("--client-secret-env")
    {
        Description = "Name of the environment variable holding the OAuth2 client secret (never given on the command line).",
    };

    public Option<string?> TokenUrl { get; } = new("--token-url") { Description = "Token endpoint; default: the VTN's /auth/server, else auth/token." };

    public Option<string[]> Programs { get; } = new("--program") { Description = "Program names or ids to follow (default: all)." };

    public Option<string[]> Map { get; } = new("--map") { Description = "TARGET=CAMPUS: an OpenADR target (resource, VEN or group name) for a campus." };

    public Option<FileInfo?> Scenario { get; } = new("--scenario") { Description = "Scenario JSON file; the built-in three-campus case when omitted." };

    public Option<DirectoryInfo?> Output { get; } = new("--out") { Description = "Directory for the OpenADR report JSON, one file per event." };

    public Option<bool> PostReport { get; } = new("--post-report") { Description = "POST each report to the VTN's /reports." };

    public Option<string> ClientName { get; } = new("--client-name")
    {
        Description = "clientName written in reports (default: tokenflex-ven).",
        DefaultValueFactory = _ => "tokenflex-ven",
    };

    public Option<string> Version { get; } = new("--openadr-version")
    {
        Description = "Wire version of the reports and of objects whose shape does not tell: 3.1 (default) or 3.0.",
        DefaultValueFactory = _ => "3.1",
    };

    public SolverOptions Solver { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        foreach (var option in new Option[] { Vtn, ClientId, ClientSecretEnv, TokenUrl, Programs, Map, Scenario, Output, PostReport, ClientName, Version })
        {
            command.Options.Add(option);
        }

        Solver.AddTo(command);
        Version.AcceptOnlyFromAmong("3.0", "3.1");
        command.Validators.Add(result =>
        {
            var problem = Problem(result.GetValue(File), result.GetValue(Vtn), result.GetValue(ClientId), result.GetValue(ClientSecretEnv),
                result.GetValue(Map) ?? []) ?? UrlProblem(result.GetValue(TokenUrl), "--token-url");
            if (problem is not null)
            {
                result.AddError(problem);
            }
        });
    }

    /// <summary>The target → campus mapping of the <c>--map</c> options, with campus ids matching themselves.</summary>
    public CampusMapping Mapping(ParseResult parse) => new()
    {
        Targets = (parse.GetValue(Map) ?? []).Select(m => m.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
    };

    /// <summary>A VEN client when <c>--vtn</c> is given, else null.</summary>
    public VenClient? Ven(ParseResult parse, OpenAdrVersion version) => parse.GetValue(Vtn) is not { } vtn ? null : new VenClient(new VenOptions
    {
        BaseUri = new Uri(vtn),
        ClientId = parse.GetValue(ClientId)!,
        ClientSecret = Environment.GetEnvironmentVariable(parse.GetValue(ClientSecretEnv)!)!,
        TokenUri = parse.GetValue(TokenUrl) is { } token ? new Uri(token) : null,
        Programs = parse.GetValue(Programs) ?? [],
        Version = version,
    });

    private static string? UrlProblem(string? url, string option) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? null : $"{option} '{url}' must be an absolute http or https URL.";

    private static string? Problem(FileInfo? file, string? vtn, string? clientId, string? secretEnv, string[] maps)
    {
        if ((file is null) == (vtn is null))
        {
            return "give either an event FILE or --vtn URL, not both and not neither.";
        }

        if (maps.FirstOrDefault(m => m.Split('=') is not [{ Length: > 0 }, { Length: > 0 }]) is { } bad)
        {
            return $"--map '{bad}' must be TARGET=CAMPUS.";
        }

        if (vtn is null)
        {
            return null;
        }

        if (UrlProblem(vtn, "--vtn") is { } urlProblem)
        {
            return urlProblem;
        }

        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secretEnv))
        {
            return "--vtn needs --client-id and --client-secret-env.";
        }

        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable(secretEnv))
            ? $"the environment variable {secretEnv} (--client-secret-env) is not set." : null;
    }
}
