using System.Reflection;
using System.Reflection.Emit;
using CircleCi.PowerShell.Module;
using Xunit;

namespace CircleCi.PowerShell.Tests.Module;

/// <summary>
/// The Windows PowerShell 5.1 resolve handler's rule (ModuleInitializer.ResolvePath): it answers the module's own
/// assemblies, for the assemblies the build ships, and nobody else. The handler only runs on .NET Framework; the rule
/// is a plain function, so it is tested here on any runtime.
/// </summary>
public sealed class AssemblyResolveRuleTests : IDisposable
{
    private const string PollyRequest = "Polly.Core, Version=8.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc";
    private const string UnsafeRequest = "System.Runtime.CompilerServices.Unsafe, Version=4.0.4.1, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "circle-resolve-" + Guid.NewGuid().ToString("N"));
    private readonly string _build;
    private readonly string _elsewhere;

    public AssemblyResolveRuleTests()
    {
        _build = Path.Combine(_root, "CircleCi.PowerShell", "bin", "netstandard2.0");
        _elsewhere = Path.Combine(_root, "OtherModule");
        Directory.CreateDirectory(_build);
        Directory.CreateDirectory(_elsewhere);
        foreach (string file in new[] { "CircleCi.PowerShell.dll", "Polly.Core.dll", "System.Memory.dll", "System.Runtime.CompilerServices.Unsafe.dll" })
            File.WriteAllBytes(Path.Combine(_build, file), Array.Empty<byte>());
        File.WriteAllBytes(Path.Combine(_elsewhere, "OtherModule.dll"), Array.Empty<byte>());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Ours(string file) => Path.Combine(_build, file);

    [Fact]
    public void Answers_the_module_assembly_for_a_shipped_dependency_whatever_version_it_asks()
    {
        Assert.Equal(Ours("Polly.Core.dll"), ModuleInitializer.ResolvePath(PollyRequest, Ours("CircleCi.PowerShell.dll"), _build));
        Assert.Equal(Ours("Polly.Core.dll"), ModuleInitializer.ResolvePath("Polly.Core, Version=7.9.0.0", Ours("CircleCi.PowerShell.dll"), _build));
    }

    [Fact]
    public void Answers_a_shipped_dependency_asking_for_another_one()
    {
        // System.Memory (ours) references Unsafe 4.0.4.1; the build ships 6.0.0.0: the binding redirect case.
        Assert.Equal(Ours("System.Runtime.CompilerServices.Unsafe.dll"), ModuleInitializer.ResolvePath(UnsafeRequest, Ours("System.Memory.dll"), _build));
    }

    [Fact]
    public void Refuses_a_foreign_assembly_asking_for_a_name_we_ship()
    {
        Assert.Null(ModuleInitializer.ResolvePath(PollyRequest, Path.Combine(_elsewhere, "OtherModule.dll"), _build));
        Assert.Null(ModuleInitializer.ResolvePath(UnsafeRequest, Path.Combine(_elsewhere, "OtherModule.dll"), _build));
    }

    [Fact]
    public void Refuses_a_folder_that_only_starts_like_ours_or_lies_below_it()
    {
        Assert.Null(ModuleInitializer.ResolvePath(PollyRequest, _build + "-copy" + Path.DirectorySeparatorChar + "CircleCi.PowerShell.dll", _build));
        Assert.Null(ModuleInitializer.ResolvePath(PollyRequest, Path.Combine(_build, "sub", "CircleCi.PowerShell.dll"), _build));
    }

    [Fact]
    public void Refuses_a_request_with_no_requesting_assembly_or_one_built_in_memory()
    {
        Assert.Null(ModuleInitializer.ResolvePath(PollyRequest, null, _build));
        Assert.Null(ModuleInitializer.ResolvePath(PollyRequest, "", _build));
        var dynamic = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("InMemory"), AssemblyBuilderAccess.Run);
        Assert.Null(ModuleInitializer.LocationOf(dynamic));
        Assert.Null(ModuleInitializer.LocationOf(null));
        Assert.Equal(typeof(ModuleInitializer).Assembly.Location, ModuleInitializer.LocationOf(typeof(ModuleInitializer).Assembly));
    }

    [Fact]
    public void Refuses_names_the_build_does_not_ship_and_names_that_are_not_file_names()
    {
        Assert.Null(ModuleInitializer.ResolvePath("Newtonsoft.Json, Version=13.0.0.0", Ours("CircleCi.PowerShell.dll"), _build));
        Assert.Null(ModuleInitializer.ResolvePath("Polly.Core.resources, Version=8.0.0.0, Culture=de", Ours("CircleCi.PowerShell.dll"), _build));
        Assert.Null(ModuleInitializer.ResolvePath("../OtherModule/OtherModule", Ours("CircleCi.PowerShell.dll"), _build));
        Assert.Null(ModuleInitializer.ResolvePath("", Ours("CircleCi.PowerShell.dll"), _build));
    }
}
