# Invocations of the CI-loop cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Invoke-CirclePipeline'    = { Invoke-CirclePipeline gh/acme/api -Branch main -Parameters @{ 'image-tag' = '4.8.2' } -Confirm:$false @args }
    'Wait-CirclePipeline'      = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 1 | Wait-CirclePipeline -Timeout 5 -PollInterval 0.05 @args }
    'Get-CirclePipelineConfig' = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 1 | Get-CirclePipelineConfig @args }
    'Get-CirclePipelineValue'  = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 1 | Get-CirclePipelineValue @args }
    'Resume-CirclePipeline'    = { Resume-CirclePipeline -ContinuationKey 'secret-continuation-key' -Configuration 'version: 2.1' -Confirm:$false @args }
    'Get-CircleWorkflow'       = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 2 | Get-CircleWorkflow @args }
    'Wait-CircleWorkflow'      = { Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 2 | Get-CircleWorkflow | Wait-CircleWorkflow -Timeout 5 -PollInterval 0.05 @args }
    'Stop-CircleWorkflow'      = { Stop-CircleWorkflow -WorkflowId '5034460f-c7c4-4c43-9457-de07e2029e7b' -Confirm:$false @args }
    'Restart-CircleWorkflow'   = { Restart-CircleWorkflow -WorkflowId '5034460f-c7c4-4c43-9457-de07e2029e7b' -FromFailed -Confirm:$false @args }
    'Approve-CircleJob'        = { Approve-CircleJob -WorkflowId '5034460f-c7c4-4c43-9457-de07e2029e7b' -ApprovalRequestId '5034460f-c7c4-4c43-9457-de07e2029e7b' -Confirm:$false @args }
    'Get-CircleJob'            = { Get-CircleJob -ProjectSlug gh/acme/api -JobNumber 1 @args }
    'Stop-CircleJob'           = { Stop-CircleJob -ProjectSlug gh/acme/api -JobNumber 1 -Confirm:$false @args }
    'Restart-CircleJob'        = { Restart-CircleJob -ProjectSlug gh/acme/api -JobNumber 1 -Confirm:$false @args }
    'Get-CircleJobLog'         = { Get-CircleJobLog -ProjectSlug gh/acme/api -JobNumber 1 @args }
    'Get-CircleTestResult'     = { Get-CircleTestResult -ProjectSlug gh/acme/api -JobNumber 1 @args }
}
