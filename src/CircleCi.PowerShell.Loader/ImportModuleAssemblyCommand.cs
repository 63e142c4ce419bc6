using System.Management.Automation;
using System.Reflection;

namespace CircleCi.PowerShell.Loader
{
    /// <summary>
    /// Run by CircleCi.PowerShell.psm1 on PowerShell 7, never exported: loads the build at -Path in the module's own
    /// load context and imports it into the calling module, as an Import-Module of the dll written there would.
    /// One command instead of script: every .NET call in the .psm1 costs binder set-up on each import.
    /// </summary>
    [Cmdlet(VerbsData.Import, "CircleModuleAssembly")]
    public sealed class ImportModuleAssemblyCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public string Path { get; set; } = "";

        protected override void EndProcessing()
        {
            Assembly assembly = ModuleLoadContext.Load(Path, out bool loadedBefore);
            // In the calling module's session state (the .psm1's): its cmdlets become that module's.
            // (A script block per call: invoking one binds it to a session state, and runspaces import concurrently.)
            var imported = SessionState.InvokeCommand.InvokeScript(SessionState, ScriptBlock.Create("Import-Module -Assembly $args[0] -PassThru"), assembly);
            PSModuleInfo? outer = SessionState.Module;
            if (!loadedBefore || outer == null || imported.Count == 0 || !(imported[0].BaseObject is PSModuleInfo inner)) return;

            // PowerShell/PowerShell#20710: importing an assembly a second time in a runspace (Import-Module -Force, or
            // Remove-Module then Import-Module) takes the module it made the first time and does not add its cmdlets
            // to the calling module, which would then export none. Add them, as jborean93's loaders do. Harmless in a
            // runspace that imports it for the first time: a cmdlet already exported is not added twice.
            MethodInfo? add = typeof(PSModuleInfo).GetMethod("AddExportedCmdlet", BindingFlags.Instance | BindingFlags.NonPublic);
            if (add == null) return;
            foreach (CmdletInfo cmdlet in inner.ExportedCmdlets.Values)
            {
                if (!outer.ExportedCmdlets.ContainsKey(cmdlet.Name)) add.Invoke(outer, new object[] { cmdlet });
            }
        }
    }
}
