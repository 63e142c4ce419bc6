# The CI loop in the demo (dot-sourced by Demo.ps1 with the emulator running): trigger with parameters, wait with live
# progress, see workflows and jobs, print the failing step's log, rerun from the failed job. The emulator's clock runs
# 30 times faster than real time, so the ~2-minute workflow takes a few seconds. The branch name "fail/..." makes the
# emulator's test job fail on one of its two parallel nodes.
Set-CircleEmulatorClock -Speed 30 | Out-Null

Show-Step 'Trigger a pipeline with typed parameters (a string and a boolean in the JSON)' {
    $script:pipeline = Invoke-CirclePipeline gh/acme/api -Branch fail/login-timeout -Parameters @{ 'image-tag' = '4.8.2'; deploy = $true } -Confirm:$false
    $pipeline | Format-List Number, State, @{ n = 'Branch'; e = { $_.Vcs.Branch } }, TriggerParameters
}
Show-Step 'Wait for it: the poll interval grows, and -Verbose shows each poll (a progress bar in a terminal)' {
    $pipeline | Wait-CirclePipeline -PollInterval 0.5 -MaxPollInterval 2 -ErrorOnFailure -Verbose -ErrorAction SilentlyContinue -ErrorVariable failure 4>&1 |
        Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] -or $_.Message -like 'Waiting for*' }
    $failure | ForEach-Object { "{0}`n  next: {1}" -f $_.Exception.Message, $_.ErrorDetails.RecommendedAction }
}
Show-Step 'Pipeline -> workflows -> jobs, by pipeline binding alone' {
    $pipeline | Get-CircleWorkflow | Get-CircleJob
}
Show-Step 'Why did it fail? The failing step''s log (API v1.1; the log URL gets no token)' {
    $pipeline | Get-CircleWorkflow | Get-CircleJob | Where-Object Status -eq failed | Get-CircleJobLog -Failed |
        Format-List Step, NodeIndex, ExitCode, Output
}
Show-Step 'Rerun from the failed job and wait again (the flake is gone)' {
    $pipeline | Get-CircleWorkflow | Restart-CircleWorkflow -FromFailed -Confirm:$false | Wait-CircleWorkflow -PollInterval 0.5 -MaxPollInterval 2
}
Show-Step 'Every artifact of the pipeline (all workflows, jobs and parallel nodes), saved several at a time' {
    $script:artifactFolder = Join-Path ([IO.Path]::GetTempPath()) ('circleci-demo-' + [guid]::NewGuid().ToString('N'))
    $pipeline | Get-CircleArtifact | Save-CircleArtifact -Destination $artifactFolder |
        Sort-Object JobNumber, NodeIndex, Path | Format-Table JobNumber, NodeIndex, Path, Size, Status
    Remove-Item -Recurse -Force -LiteralPath $artifactFolder
}
Show-Step 'Insights: which workflows are slow or failing' { Get-CircleWorkflowMetric gh/acme/api }
Show-Step 'Insights: which tests flake most' { Get-CircleFlakyTest gh/acme/api | Sort-Object TimesFlaked -Descending | Select-Object -First 3 }
