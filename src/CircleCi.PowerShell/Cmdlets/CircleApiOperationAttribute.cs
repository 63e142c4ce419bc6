using System;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// Names the OpenAPI operationId(s) a cmdlet calls. The coverage and contract tests and the README's cmdlet table
    /// are generated from these, so the list of what the module covers has one source.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class CircleApiOperationAttribute : Attribute
    {
        public CircleApiOperationAttribute(string operationId) => OperationId = operationId;

        /// <summary>The operationId in openapi-v2.json, or "v1.1:METHOD /path" for API v1.1 calls.</summary>
        public string OperationId { get; }

        /// <summary>The model the operation's answer is read into, when it is not the cmdlet's only [OutputType].</summary>
        public Type? Model { get; set; }
    }
}
