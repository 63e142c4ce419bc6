# Invocations of the Workflow cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1). Seeded gh/acme/api
# pipeline #3's build-and-test failed; #100's deploy workflow is on hold for its approval job.
@{
    'Get-CircleWorkflow'     = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 2 | Get-CircleWorkflow @args }
    'Wait-CircleWorkflow'    = { Get-CirclePipeline gh/acme/api -Number 99 | Get-CircleWorkflow | Wait-CircleWorkflow -Timeout 5 -PollInterval 0.05 @args }
    'Stop-CircleWorkflow'    = { Invoke-CirclePipeline gh/acme/api -Confirm:$false | Get-CircleWorkflow | Stop-CircleWorkflow -PassThru -Confirm:$false @args }
    'Restart-CircleWorkflow' = { Get-CirclePipeline gh/acme/api -Number 3 | Get-CircleWorkflow | Restart-CircleWorkflow -FromFailed -Confirm:$false @args }
    'Approve-CircleJob'      = { Get-CirclePipeline gh/acme/api -Number 100 | Get-CircleWorkflow -Name deploy | Get-CircleJob | Where-Object Type -EQ approval | Approve-CircleJob -Confirm:$false @args }
}
