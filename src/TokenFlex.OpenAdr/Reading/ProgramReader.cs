using System.Text.Json;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>Reads one <c>program</c> object (3.0 or 3.1 shape).</summary>
internal static class ProgramReader
{
    private static readonly string[] Only30Fields = ["programLongName", "retailerName", "retailerLongName", "programType",
        "country", "principalSubdivision", "timeZoneOffset", "bindingEvents", "localPrice"];

    public static OpenAdrProgram? Read(JsonFieldReader reader, JsonElement element, string path, OpenAdrVersion defaultVersion)
    {
        if (!reader.IsObject(element, path))
        {
            return null;
        }

        var name = reader.String(element, path, "programName", required: true);
        var (targets, version) = CommonReader.Targets(reader, element, path);
        if (version is null && Only30Fields.Any(f => reader.Field(element, f) is not null))
        {
            version = OpenAdrVersion.V30;
        }

        return new OpenAdrProgram
        {
            Id = reader.String(element, path, "id"),
            ProgramName = name ?? "",
            ProgramLongName = reader.String(element, path, "programLongName"),
            ProgramType = reader.String(element, path, "programType"),
            IntervalPeriod = reader.IntervalPeriod(element, path),
            DescriptionUrls = Descriptions(reader, element, path),
            PayloadDescriptors = CommonReader.PayloadDescriptors(reader, element, path),
            Attributes = CommonReader.ValuesMaps(reader, element, path, "attributes"),
            Targets = targets,
            Version = version ?? defaultVersion,
        };
    }

    private static IReadOnlyList<string> Descriptions(JsonFieldReader reader, JsonElement element, string path)
    {
        var urls = new List<string>();
        foreach (var (item, itemPath) in reader.Items(element, path, "programDescriptions"))
        {
            if (reader.IsObject(item, itemPath) && reader.String(item, itemPath, "URL", required: true) is { } url)
            {
                urls.Add(url);
            }
        }

        return urls;
    }
}
