@{
    RootModule             = 'CircleCi.PowerShell.psm1'
    ModuleVersion          = '0.1.0'
    GUID                   = 'a9ddc35d-ae63-56fb-bc21-e761b65c720d'
    Author                 = 'CircleCi.PowerShell contributors'
    CompanyName            = 'CircleCi.PowerShell'
    Copyright              = '(c) CircleCi.PowerShell contributors. MIT License.'
    Description            = 'The whole CircleCI API as PowerShell cmdlets: trigger and wait for pipelines, read workflows, jobs and step logs, download artifacts safely and fast, query insights and administer projects, contexts and schedules. Typed objects, pipeline binding, retries and rate-limit pacing built in.'
    CompatiblePSEditions   = @('Core', 'Desktop')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @(
        'Formats/Session.Format.ps1xml'
        'Formats/User.Format.ps1xml'
        'Formats/Project.Format.ps1xml'
        'Formats/Pipeline.Format.ps1xml'
        'Formats/PipelineParts.Format.ps1xml'
        'Formats/Workflow.Format.ps1xml'
        'Formats/Job.Format.ps1xml'
        'Formats/Insights.Format.ps1xml'
        'Formats/Organization.Format.ps1xml'
        'Formats/Group.Format.ps1xml'
    )
    CmdletsToExport        = @(
        'Connect-Circle'
        'Disconnect-Circle'
        'Get-CircleSession'
        'Get-CircleUser'
        'Get-CircleCollaboration'
        'Get-CircleProject'
        'Get-CirclePipeline'
        'Invoke-CirclePipeline'
        'Wait-CirclePipeline'
        'Get-CirclePipelineConfig'
        'Get-CirclePipelineValue'
        'Resume-CirclePipeline'
        'Get-CircleWorkflow'
        'Wait-CircleWorkflow'
        'Stop-CircleWorkflow'
        'Restart-CircleWorkflow'
        'Approve-CircleJob'
        'Get-CircleJob'
        'Stop-CircleJob'
        'Restart-CircleJob'
        'Get-CircleJobLog'
        'Get-CircleTestResult'
        'Get-CircleWorkflowMetric'
        'Get-CircleWorkflowRun'
        'Get-CircleJobMetric'
        'Get-CircleWorkflowSummary'
        'Get-CircleTestMetric'
        'Get-CircleFlakyTest'
        'Get-CircleInsightBranch'
        'Get-CircleOrgSummary'
        'Get-CircleProjectSummary'
        'Get-CircleJobTimeseries'
        'New-CircleOrganization'
        'Remove-CircleOrganization'
        'Get-CircleUrlOrbAllowList'
        'Add-CircleUrlOrbAllowListEntry'
        'Remove-CircleUrlOrbAllowListEntry'
        'Get-CircleGroup'
        'New-CircleGroup'
        'Remove-CircleGroup'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('CircleCI', 'CI', 'CD', 'DevOps', 'API', 'Pipeline', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/circleci-powershell/CircleCi.PowerShell/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/circleci-powershell/CircleCi.PowerShell'
            ReleaseNotes = 'First release: session and HTTP core (retries, rate-limit pacing, safe redirects), users and projects.'
        }
    }
}
