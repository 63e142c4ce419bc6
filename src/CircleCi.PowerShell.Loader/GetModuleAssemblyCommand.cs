using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CircleCi.PowerShell.Loader
{
    /// <summary>
    /// Run by CircleCi.PowerShell.psm1 on PowerShell 7, never exported: loads the module's build (bin/net8.0, or the
    /// one CIRCLECI_POWERSHELL_FRAMEWORK names: the test suite runs the netstandard2.0 build under pwsh 7 too) in the
    /// module's own load context and writes the assembly, which the .psm1 then imports with Import-Module -Assembly.
    /// In a runspace that has imported it before (Import-Module -Force, or Remove-Module then Import-Module) it
    /// imports the assembly into the calling module itself and writes nothing: see <see cref="ImportAgain"/>.
    /// A build that cannot load ends the import with one error that says why and what PowerShell the module needs.
    /// The choices are made here rather than in the .psm1: each kind of construct a script uses (if, try, throw, an
    /// environment variable) runs PowerShell code that the runtime JIT-compiles in each new session that imports the
    /// module (measured: build/Bench.ps1 -Suite import), and the first import takes the cheapest path PowerShell has.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CircleModuleAssembly")]
    [OutputType(typeof(Assembly))]
    public sealed class GetModuleAssemblyCommand : PSCmdlet
    {
        // The builds each runspace has imported (a runspace that is gone drops out).
        private static readonly ConditionalWeakTable<Runspace, HashSet<string>> ImportedIn = new ConditionalWeakTable<Runspace, HashSet<string>>();

        /// <summary>The module's folder (the .psm1's $PSScriptRoot).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public string ModuleRoot { get; set; } = "";

        protected override void EndProcessing()
        {
            string framework = Environment.GetEnvironmentVariable("CIRCLECI_POWERSHELL_FRAMEWORK") is string forced && forced.Length > 0 ? forced : "net8.0";
            string path = System.IO.Path.Combine(ModuleRoot, "bin", framework, "CircleCi.PowerShell.dll");
            Assembly assembly;
            try { assembly = ModuleLoadContext.Load(path); }
            catch (Exception e) when (e is System.IO.IOException || e is BadImageFormatException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                object? version = (SessionState.PSVariable.GetValue("PSVersionTable") as System.Collections.IDictionary)?["PSVersion"];
                string message = "CircleCi.PowerShell could not load its " + framework + " build: " + e.Message.Trim()
                    + " It needs PowerShell 7.4 or later, or Windows PowerShell 5.1; this is PowerShell " + version + ".";
                // Thrown as the .psm1's own `throw` would be: that ends the import with this one error. (A cmdlet's
                // terminating error ends only its statement, and the import would go on to a second, vaguer error.)
                var record = new ErrorRecord(new System.IO.FileLoadException(message, path, e), "CircleCi.ModuleLoadFailed", ErrorCategory.OpenError, path);
                throw new RuntimeException(message, record.Exception, record) { WasThrownFromThrowStatement = true };
            }
            Runspace? runspace = Runspace.DefaultRunspace;
            bool importedBefore = false;
            if (runspace != null)
            {
                HashSet<string> imported = ImportedIn.GetOrCreateValue(runspace);
                lock (imported) importedBefore = !imported.Add(assembly.Location);
            }
            if (importedBefore) ImportAgain(assembly);
            else WriteObject(assembly);
        }

        /// <summary>
        /// PowerShell/PowerShell#20710: an assembly imported a second time in a runspace comes back as the module made
        /// the first time, and its cmdlets are not added to the calling module, which would then export none. So it is
        /// imported here, into the calling module's session state (the .psm1's), and its cmdlets are added to that
        /// module's exports, as jborean93's loaders do. A cmdlet already exported is not added twice.
        /// </summary>
        private void ImportAgain(Assembly assembly)
        {
            // A script block per call: invoking one binds it to a session state, and runspaces import concurrently.
            var result = SessionState.InvokeCommand.InvokeScript(SessionState, ScriptBlock.Create("Import-Module -Assembly $args[0] -PassThru"), assembly);
            PSModuleInfo? outer = SessionState.Module;
            if (outer == null || result.Count == 0 || !(result[0].BaseObject is PSModuleInfo inner)) return;
            MethodInfo? add = typeof(PSModuleInfo).GetMethod("AddExportedCmdlet", BindingFlags.Instance | BindingFlags.NonPublic);
            if (add == null) return;
            foreach (CmdletInfo cmdlet in inner.ExportedCmdlets.Values)
            {
                if (!outer.ExportedCmdlets.ContainsKey(cmdlet.Name)) add.Invoke(outer, new object[] { cmdlet });
            }
        }
    }
}
