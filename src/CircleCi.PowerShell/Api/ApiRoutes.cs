using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace CircleCi.PowerShell.Api
{
    /// <summary>Every route the area clients declare (their static <see cref="ApiRoute"/> fields), by field name.
    /// Read by the cmdlets' [CircleApiOperation], the contract tests and the README's cmdlet table; never at import.</summary>
    public static class ApiRoutes
    {
        private static readonly Lazy<Dictionary<string, ApiRoute>> ByField = new Lazy<Dictionary<string, ApiRoute>>(() =>
            typeof(ApiRoute).Assembly.GetTypes()
                .Where(t => t.Namespace == typeof(ApiRoute).Namespace)
                .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                .Where(f => f.FieldType == typeof(ApiRoute))
                .ToDictionary(f => f.Name, f => (ApiRoute)f.GetValue(null)!, StringComparer.OrdinalIgnoreCase));

        public static IReadOnlyCollection<ApiRoute> All => ByField.Value.Values;

        /// <summary>The route declared in a field of this name (any case), or null.</summary>
        public static ApiRoute? Find(string fieldName) => ByField.Value.TryGetValue(fieldName, out ApiRoute? route) ? route : null;
    }
}
