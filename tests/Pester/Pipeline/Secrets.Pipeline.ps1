# Invocations of the Pipeline cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1); seeded gh/acme/api
# pipeline #99 is finished, #100 is still running with its deploy workflow on hold.
@{
    'Get-CircleBranchStatus'   = { Get-CircleBranchStatus gh/acme/api -Branch main @args }
    'Invoke-CirclePipeline'    = { Invoke-CirclePipeline gh/acme/api -Branch main -Parameters @{ 'image-tag' = '4.8.2' } -Confirm:$false @args }
    'Wait-CirclePipeline'      = { Get-CirclePipeline gh/acme/api -Number 99 | Wait-CirclePipeline -Timeout 5 -PollInterval 0.05 @args }
    'Get-CirclePipelineConfig' = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 1 | Get-CirclePipelineConfig @args }
    'Get-CirclePipelineValue'  = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 1 | Get-CirclePipelineValue @args }
    'Resume-CirclePipeline'    = { Resume-CirclePipeline -ContinuationKey 'secret-continuation-key' -Configuration 'version: 2.1' -Confirm:$false @args }
}
