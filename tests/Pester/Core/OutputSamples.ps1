# Dot-sourced by the view and output-shape tests (after TestHelpers.ps1 and Connect-TestCircle): one sample of
# every output type, from every Get- cmdlet, using the working calls the secrets test runs.
function Get-OutputSample {
    param([int] $PerType = 5)
    $invocations = @{ 'Get-CircleUser' = { Get-CircleUser }; 'Get-CircleProject' = { Get-CircleProject gh/acme/api }; 'Get-CirclePipeline' = { Get-CirclePipeline gh/acme/api -MaxPages 1 }
        'Get-CircleJob (workflow)' = { Get-CirclePipeline gh/acme/api -Number 99 | Get-CircleWorkflow | Get-CircleJob } }
    foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '..') -Recurse -Filter 'Secrets.*.ps1' | Where-Object Name -NotLike '*.Tests.ps1') {
        foreach ($entry in (& $file.FullName).GetEnumerator()) { if ($entry.Key -like 'Get-*') { $invocations[$entry.Key] = $entry.Value } }
    }
    $samples = @{}
    foreach ($entry in $invocations.GetEnumerator() | Sort-Object Key) {
        $out = try { @(& $entry.Value -ErrorAction SilentlyContinue 2>$null) } catch { @() }
        foreach ($o in $out) {
            if ($null -eq $o) { continue }
            $type = $o.GetType().FullName
            if ($type -like 'CircleCi.PowerShell.Models.*' -and -not $samples.ContainsKey($type)) {
                $samples[$type] = @($out | Where-Object { $_ -and $_.GetType().FullName -eq $type } | Select-Object -First $PerType)
            }
        }
    }
    $samples
}
