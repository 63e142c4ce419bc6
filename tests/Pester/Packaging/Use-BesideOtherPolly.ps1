# Run by DependencyIsolation.Tests.ps1 in a fresh pwsh: another component's Polly.Core (an older 8.x) is loaded into
# the default load context before or after the module is imported, both are used, and what each one ran on is
# written as JSON. The emulator answers /api/v2/me with one 503 first, so Get-CircleUser goes through a retry.
param(
    [Parameter(Mandatory)] [string] $Manifest,
    [Parameter(Mandatory)] [string] $OtherPolly,
    [Parameter(Mandatory)] [ValidateSet('Before', 'After')] [string] $When,
    [Parameter(Mandatory)] [string] $ApiUrl,
    [Parameter(Mandatory)] [string] $Token
)
$ErrorActionPreference = 'Stop'

# What the other component does with its copy: a retry pipeline (from that copy's types) around an action that fails
# once. Returns how many times the action ran.
function Invoke-OtherPolly([System.Reflection.Assembly] $Polly) {
    $builderType = $Polly.GetType('Polly.ResiliencePipelineBuilder', $true)
    $optionsType = $Polly.GetType('Polly.Retry.RetryStrategyOptions', $true)
    $options = [Activator]::CreateInstance($optionsType)
    $options.Delay = [timespan]::Zero
    $builder = [Activator]::CreateInstance($builderType)
    $addRetry = $Polly.GetType('Polly.RetryResiliencePipelineBuilderExtensions', $true).GetMethod('AddRetry', [type[]]@($builderType, $optionsType))
    $pipeline = $addRetry.Invoke($null, @($builder, $options)).Build()
    $script:attempts = 0
    $pipeline.Execute([Action] { $script:attempts++; if ($script:attempts -eq 1) { throw 'the first try fails' } })
    $script:attempts
}

function Get-AssemblyReport([System.Reflection.Assembly] $Assembly) {
    [ordered]@{
        Context     = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($Assembly).Name
        FileVersion = [System.Diagnostics.FileVersionInfo]::GetVersionInfo($Assembly.Location).FileVersion
        Location    = $Assembly.Location
    }
}

$other = $null
if ($When -eq 'Before') { $other = [System.Reflection.Assembly]::LoadFrom($OtherPolly) }
Import-Module $Manifest
Connect-Circle -Token $Token -ApiUrl $ApiUrl -SkipVerification
(Get-CircleSession).RetryBaseDelay = [timespan]::FromMilliseconds(20)
$slug = (Get-CircleProject gh/acme/api).Slug                # the module's HTTP path runs, so its Polly.Core is loaded
if ($When -eq 'After') { $other = [System.Reflection.Assembly]::LoadFrom($OtherPolly) }   # FileLoadException without isolation
$otherAttempts = Invoke-OtherPolly $other
$verbose = Get-CircleUser -Verbose 4>&1
$login = ($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Login
$retries = @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match '^Retry 1/\d+ of GET /api/v2/me after 503' }).Count

$moduleAssembly = (Get-Command Get-CircleUser).ImplementingType.Assembly
$moduleContext = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($moduleAssembly)
$modulePolly = $moduleContext.Assemblies | Where-Object { $_.GetName().Name -eq 'Polly.Core' }
[ordered]@{
    Slug               = $slug
    Login              = $login
    RetriesSeen        = $retries
    OtherAttempts      = $otherAttempts
    Module             = Get-AssemblyReport $moduleAssembly
    ModulePolly        = if ($modulePolly) { Get-AssemblyReport $modulePolly } else { $null }
    OtherPolly         = Get-AssemblyReport $other
    SamePolly          = [object]::ReferenceEquals($modulePolly, $other)
    ModuleContextNames = @($moduleContext.Assemblies | ForEach-Object { $_.GetName().Name } | Sort-Object)
    PollyCopies        = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Polly.Core' }).Count
    TextJsonContexts   = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'System.Text.Json' } |
            ForEach-Object { [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name })
} | ConvertTo-Json -Compress -Depth 4
