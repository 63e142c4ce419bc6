using System;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// Names the API route(s) a cmdlet calls, by the client layer's field: [CircleApiOperation(nameof(PipelineApi.GetPipelineById))].
    /// The operationId itself is written once, in the route. The coverage and contract tests and the README's cmdlet
    /// table are generated from these, so the list of what the module covers has one source.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class CircleApiOperationAttribute : Attribute
    {
        public CircleApiOperationAttribute(string route) => Route = route;

        /// <summary>The field name of the route in the client layer.</summary>
        public string Route { get; }

        /// <summary>The operationId in openapi-v2.json, or "v1.1:operationId"; the name as given when no route has it.</summary>
        public string OperationId => ApiRoutes.Find(Route)?.Name ?? Route;

        /// <summary>The route's HTTP method ("GET", "POST", ...), or null when no route has the name.</summary>
        public string? Method => ApiRoutes.Find(Route)?.Method.Method;

        /// <summary>The model the operation's answer is read into, when it is not the cmdlet's only [OutputType].</summary>
        public Type? Model { get; set; }
    }
}
