# Invocations of the Insights cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleWorkflowMetric'  = { Get-CircleWorkflowMetric gh/acme/api @args }
    'Get-CircleWorkflowRun'     = { Get-CircleWorkflowRun gh/acme/api build-and-test -MaxPages 1 @args }
    'Get-CircleJobMetric'       = { Get-CircleJobMetric gh/acme/api build-and-test @args }
    'Get-CircleWorkflowSummary' = { Get-CircleWorkflowSummary gh/acme/api build-and-test @args }
    'Get-CircleTestMetric'      = { Get-CircleTestMetric gh/acme/api build-and-test @args }
    'Get-CircleFlakyTest'       = { Get-CircleFlakyTest gh/acme/api @args }
    'Get-CircleInsightBranch'   = { Get-CircleInsightBranch gh/acme/api -WorkflowName build-and-test @args }
    'Get-CircleOrgSummary'      = { Get-CircleOrgSummary gh/acme @args }
    'Get-CircleProjectSummary'  = { Get-CircleProjectSummary gh/acme/api @args }
    'Get-CircleJobTimeseries'   = { Get-CircleJobTimeseries gh/acme/api build-and-test -Granularity hourly @args }
}
