# Shared by the suites (Invoke-ApiBench.ps1, Invoke-ArtifactBench.ps1), dot-sourced in the parent pwsh.

function Get-Median([double[]] $values) {
    $sorted = $values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[[int][math]::Floor($n / 2)] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

function Invoke-InTurns([string[]] $Clients, [int] $Runs, [scriptblock] $RunOne) {
    # Run 0 is a warm-up, discarded: it pays for the file cache and the emulator's own JIT, which are no client's
    # cost. The clients then take turns in every run, so a machine that slows down mid-run slows all of them alike,
    # and the order rotates from run to run: on the 2-core build machine, where the emulator shares the cores, the
    # figures moved with the order of the clients, and a fixed order would pin that on one of them.
    # Returns a hashtable: client -> the results of its kept runs.
    $samples = @{}
    foreach ($run in 0..$Runs) {
        $shift = $run % $Clients.Count
        foreach ($client in @($Clients[$shift..($Clients.Count - 1)]) + @(if ($shift) { $Clients[0..($shift - 1)] })) {
            $result = & $RunOne $client
            if ($run -gt 0) { $samples[$client] += @($result) }
        }
    }
    $samples
}
