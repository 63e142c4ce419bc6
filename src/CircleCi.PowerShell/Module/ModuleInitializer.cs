using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace CircleCi.PowerShell.Module
{
    /// <summary>
    /// Windows PowerShell 5.1 has one AppDomain and no binding redirects of ours, and the netstandard2.0 build ships
    /// dependencies whose references disagree on versions (System.Runtime.CompilerServices.Unsafe 4.0.4.1 vs 6.0.0.0,
    /// Microsoft.Bcl.AsyncInterfaces, System.Buffers, ...). On .NET Framework this handler answers any request for one
    /// of our shipped assemblies, whatever version is asked, with the copy in the module folder: a binding redirect.
    /// On PowerShell 7 it does nothing; the runtime resolves from the module folder itself.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".";
        private static bool _registered;

        private static bool IsNetFramework =>
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        public void OnImport()
        {
            if (!IsNetFramework || _registered) return;
            AppDomain.CurrentDomain.AssemblyResolve += Resolve;
            _registered = true;
        }

        public void OnRemove(PSModuleInfo module)
        {
            if (!_registered) return;
            AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
            _registered = false;
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name);
            if (string.IsNullOrEmpty(name.Name)) return null;
            string candidate = Path.Combine(ModuleDirectory, name.Name + ".dll");
            return File.Exists(candidate) ? Assembly.LoadFrom(candidate) : null;
        }
    }
}
