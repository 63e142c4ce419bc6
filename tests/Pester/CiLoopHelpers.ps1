# Dot-sourced (after TestHelpers.ps1) by the Pipeline, Workflow and Job tests: the CI model's clock and scenarios.

# A fresh emulator whose clock stands still: jobs move only when a test advances it.
function Connect-CiTest {
    Connect-TestCircle
    Set-CircleEmulatorClock -Speed 0 | Out-Null
}

# Triggers a pipeline of gh/acme/api in a scenario (pass, fail, broken, hold, config-error, no-workflow, setup) and lets the
# clock run for -Run. Returns the pipeline.
function New-TestPipeline {
    param([string] $Scenario = 'pass', [string] $FailJob, [timespan] $Run = [timespan]::Zero, [string] $Slug = 'gh/acme/api')
    if ($FailJob) { Set-CircleEmulatorScenario $Scenario -FailJob $FailJob } else { Set-CircleEmulatorScenario $Scenario }
    try { $pipeline = Invoke-CirclePipeline $Slug -Confirm:$false }
    finally { Set-CircleEmulatorScenario -Clear }
    if ($Run -gt [timespan]::Zero) { Set-CircleEmulatorClock -Advance $Run | Out-Null }
    $pipeline
}

# The POSTs the emulator received on a path, bodies parsed.
function Get-PostedBody([string] $Path) {
    Get-CircleEmulatorRequest -Path $Path | Where-Object method -EQ 'POST' | ForEach-Object {
        if ($_.body) { $_.body | ConvertFrom-Json -AsHashtable } else { @{} }
    }
}

# Moves the CI model's clock by -Step at each poll of a wait, so what the polls see never depends on how fast the
# machine is: the first poll sees the run at its start, and each later one sees it at most -Step further on. Pipe the
# wait's output with its progress lines merged in (-Verbose 4>&1, one line a poll) through it; it passes all on.
function Step-ClockWithPolls {
    param([Parameter(Mandatory)][timespan] $Step, [Parameter(ValueFromPipeline)] $Item)
    process {
        if ($Item -is [System.Management.Automation.VerboseRecord] -and $Item.Message -like 'Waiting for *') {
            Set-CircleEmulatorClock -Advance $Step | Out-Null
        }
        $Item
    }
}
