using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace CircleCi.PowerShell.Module
{
    /// <summary>
    /// Windows PowerShell 5.1 has one AppDomain and no binding redirects of ours, and the netstandard2.0 build ships
    /// dependencies whose references disagree on versions (System.Runtime.CompilerServices.Unsafe 4.0.4.1 vs 6.0.0.0,
    /// Microsoft.Bcl.AsyncInterfaces, System.Buffers, ...). On .NET Framework this handler stands in for a binding
    /// redirect, for this module only: a request that one of the assemblies loaded from the build's folder makes for an
    /// assembly shipped there, whatever version it asks, is answered with the copy in that folder. Every other request
    /// (another module's, or PowerShell's own, even for a name we ship) is left alone: see <see cref="ResolvePath"/>.
    /// On PowerShell 7 it does nothing: the loader (src/CircleCi.PowerShell.Loader) gives the module its own
    /// AssemblyLoadContext, which resolves from the build's folder itself.
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
            string? path = ResolvePath(args.Name, LocationOf(args.RequestingAssembly), ModuleDirectory);
            return path == null ? null : Assembly.LoadFrom(path);
        }

        /// <summary>
        /// The handler's rule: the file to answer a request with, or null to leave it to others. Answered only when the
        /// requesting assembly was loaded from <paramref name="moduleDirectory"/> (the module's own assembly, or one of
        /// the dependencies shipped beside it) and the requested name is shipped there too.
        /// </summary>
        /// <param name="requestedName">The display name the runtime asks for (ResolveEventArgs.Name).</param>
        /// <param name="requestingLocation">Where the requesting assembly was loaded from; null when unknown
        /// (no requesting assembly, as for Assembly.Load by name, or one built in memory).</param>
        /// <param name="moduleDirectory">The build's folder.</param>
        internal static string? ResolvePath(string requestedName, string? requestingLocation, string moduleDirectory)
        {
            if (string.IsNullOrEmpty(requestingLocation) || string.IsNullOrEmpty(requestedName)) return null;
            if (!SameDirectory(Path.GetDirectoryName(requestingLocation), moduleDirectory)) return null;
            string? name;
            try { name = new AssemblyName(requestedName).Name; }
            catch (Exception e) when (e is ArgumentException || e is FileLoadException) { return null; }
            if (string.IsNullOrEmpty(name) || name!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return null;
            string candidate = Path.Combine(moduleDirectory, name + ".dll");
            return File.Exists(candidate) ? candidate : null;
        }

        /// <summary>Where an assembly was loaded from, or null for none or one built in memory.</summary>
        internal static string? LocationOf(Assembly? assembly)
        {
            if (assembly == null || assembly.IsDynamic) return null;
            string location = assembly.Location;
            return location.Length == 0 ? null : location;
        }

        private static bool SameDirectory(string? a, string b)
        {
            if (string.IsNullOrEmpty(a)) return false;
            // 5.1 runs on Windows only, where paths are case-insensitive.
            return string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
                Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), StringComparison.OrdinalIgnoreCase);
        }
    }
}
