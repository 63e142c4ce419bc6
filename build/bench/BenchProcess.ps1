# Shared by the one-run scripts (Run-ApiScenario.ps1, Run-ArtifactScenario.ps1), dot-sourced into the child pwsh.

function Get-StatusMB([string] $Field) {
    # VmHWM is the process's peak resident set ("peak memory" for a script run), VmRSS its current one.
    $line = Get-Content /proc/self/status -ErrorAction SilentlyContinue | Where-Object { $_ -like "${Field}:*" }
    if ($line) { [math]::Round(([long]($line -replace '\D', '')) / 1024, 1) }
    elseif ($Field -eq 'VmHWM') { [math]::Round((Get-Process -Id $PID).PeakWorkingSet64 / 1MB, 1) }
    else { [math]::Round((Get-Process -Id $PID).WorkingSet64 / 1MB, 1) }
}

function Get-JitMethodCount { [System.Runtime.JitInfo]::GetCompiledMethodCount($false) }

function Wait-JitSettled([int] $MaxSeconds = 5) {
    # After pwsh starts and a client sets up, the runtime spends seconds recompiling PowerShell's own start-up code
    # at full optimisation on a background thread (tiered compilation: measured here, 2,500 methods in the 2.5 s
    # after an Import-Module). Timed straight away, a scenario shared the 2 cores with that work, and the client
    # whose set-up happened to be long (Add-Type compiling C#) was shielded from it. So every client waits here until
    # fewer than 20 methods are compiled in a quarter second: the timer then measures the scenario, including the
    # compilation of the client's own code on first use, and the start-up cost stays in the import scenario.
    $limit = [Diagnostics.Stopwatch]::StartNew()
    $last = Get-JitMethodCount
    while ($limit.Elapsed.TotalSeconds -lt $MaxSeconds) {
        Start-Sleep -Milliseconds 250
        $now = Get-JitMethodCount
        if ($now - $last -lt 20) { break }
        $last = $now
    }
}
