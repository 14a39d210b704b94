using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>Index keys used in variable and constraint names, e.g. <c>phx,llama-3.1-70b-fp8-h100-tp2</c>.</summary>
public static class Names
{
    public static string Deployment(ModelSets sets, Deployment d) =>
        $"{sets.Campuses[d.Campus].Id},{sets.Configs[d.Config].Id}";

    public static string DemandKey(ModelSets sets, DemandKey key) =>
        $"{sets.Classes[key.Class].Id},{sets.Origins[key.Origin].Id}";

    public static string Route(ModelSets sets, Route route) =>
        $"{DemandKey(sets, route.Demand)},{Deployment(sets, route.Deployment)}";
}
