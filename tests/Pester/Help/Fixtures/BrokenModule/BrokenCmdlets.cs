// A module that breaks every house rule, compiled by HouseRules.Tests.ps1 to show the rules catch it.
using System.Management.Automation;
using CircleCi.PowerShell.Cmdlets;

namespace BrokenFixture
{
    public sealed class BrokenWidget { public string Name { get; set; } = ""; }

    // Unapproved verb, no Circle prefix, no help, an output type without a view, a DELETE without ShouldProcess,
    // and a parameter named Slug instead of ProjectSlug.
    [Cmdlet("Frobnicate", "Widget")]
    [OutputType(typeof(BrokenWidget))]
    [CircleApiOperation("deleteContext")]
    public sealed class FrobnicateWidgetCommand : PSCmdlet
    {
        [Parameter(Position = 0)]
        public string Slug { get; set; } = "";
    }

    // Looks right, but deletes without confirming by default, and its ProjectSlug does not bind by property name.
    [Cmdlet(VerbsCommon.Remove, "CircleWidget", SupportsShouldProcess = true)]
    [CircleApiOperation("deleteContext")]
    [CircleApiOperation("noSuchOperation")]
    public sealed class RemoveCircleWidgetCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public string ProjectSlug { get; set; } = "";
    }
}
