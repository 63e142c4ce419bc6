using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace CircleCi.PowerShell.Loader
{
    /// <summary>
    /// The module's own load context on PowerShell 7. The cmdlet assembly is loaded here, so the runtime asks this
    /// context for each of its references: an assembly shipped in the build's folder (Polly.Core, and on the
    /// netstandard2.0 build Microsoft.Bcl.TimeProvider) is loaded here from that folder, whatever another module has
    /// loaded into the default context under the same name (all Polly.Core 8.x share assembly version 8.0.0.0, so
    /// there the first one loaded would win for everyone), and it does not occupy that name for anyone else.
    /// An assembly the runtime or PowerShell itself provides (System.Text.Json, Microsoft.Bcl.AsyncInterfaces, ...) is
    /// left to the default context even when the build's folder has a copy: types from it cross to PowerShell, and a
    /// second copy here would be a different type with the same name.
    /// </summary>
    public sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private static readonly Dictionary<string, ModuleLoadContext> Contexts = new Dictionary<string, ModuleLoadContext>(StringComparer.Ordinal);
        private static HashSet<string>? _platformNames;
        private readonly string _directory;

        private ModuleLoadContext(string assemblyPath) : base("CircleCi.PowerShell", isCollectible: false)
        {
            _directory = Path.GetDirectoryName(assemblyPath)!;
            ModuleAssembly = LoadFromAssemblyPath(assemblyPath);
        }

        /// <summary>The cmdlet assembly, loaded in this context.</summary>
        public Assembly ModuleAssembly { get; }

        /// <summary>
        /// The cmdlet assembly at <paramref name="assemblyPath"/> loaded in its own context: one context per path and
        /// process, made on first use (another runspace, or an Import-Module -Force, gets the same assembly back).
        /// </summary>
        /// <param name="assemblyPath">The build's CircleCi.PowerShell.dll.</param>
        public static Assembly Load(string assemblyPath)
        {
            string fullPath = Path.GetFullPath(assemblyPath);
            lock (Contexts)
            {
                if (!Contexts.TryGetValue(fullPath, out ModuleLoadContext? context))
                {
                    context = new ModuleLoadContext(fullPath);
                    if (Contexts.Count == 0) Default.Resolving += ResolveModuleAssembly;
                    Contexts.Add(fullPath, context);
                }
                _latest = context.ModuleAssembly;
                return context.ModuleAssembly;
            }
        }

        private static Assembly? _latest;

        /// <summary>
        /// Code in the default context that was compiled against the module (Add-Type with the module's assembly
        /// as a reference, another module built on its types) asks for CircleCi.PowerShell there: it gets the copy in
        /// this context, the one whose types the cmdlets take and write, rather than failing or loading a second
        /// copy whose types would not be the cmdlets'. Only the module's own assembly is shared this way; its
        /// dependencies stay private.
        /// </summary>
        private static Assembly? ResolveModuleAssembly(AssemblyLoadContext context, AssemblyName name)
        {
            Assembly? latest = _latest;
            return latest != null && string.Equals(name.Name, latest.GetName().Name, StringComparison.OrdinalIgnoreCase) ? latest : null;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string? name = assemblyName.Name;
            if (string.IsNullOrEmpty(name) || IsPlatformAssembly(name)) return null;
            string path = Path.Combine(_directory, name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        /// <summary>
        /// An assembly the default context loads by itself: the runtime's and the host's own (the trusted platform
        /// assemblies: .NET's shared framework and PowerShell's folder).
        /// </summary>
        private static bool IsPlatformAssembly(string name)
        {
            HashSet<string>? names = _platformNames;
            if (names == null)
            {
                names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
                {
                    foreach (string file in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                        names.Add(Path.GetFileNameWithoutExtension(file));
                }
                _platformNames = names;
            }
            return names.Contains(name);
        }
    }
}
