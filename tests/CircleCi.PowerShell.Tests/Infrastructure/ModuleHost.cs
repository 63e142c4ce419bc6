using System.Management.Automation;
using System.Management.Automation.Runspaces;
using CircleCi.PowerShell.Cmdlets;

namespace CircleCi.PowerShell.Tests.Infrastructure;

/// <summary>A real PowerShell runspace with the module imported from this test's own copy of the dll.</summary>
internal static class ModuleHost
{
    public static System.Management.Automation.PowerShell Create()
    {
        var iss = InitialSessionState.CreateDefault2();
        iss.ImportPSModule(typeof(CircleApiCmdlet).Assembly.Location);
        var runspace = RunspaceFactory.CreateRunspace(iss);
        runspace.Open();
        var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = runspace;
        return ps;
    }
}
