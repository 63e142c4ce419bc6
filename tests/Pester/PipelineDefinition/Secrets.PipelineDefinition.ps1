# Invocations of the pipeline definition cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CirclePipelineDefinition'    = { Get-CirclePipelineDefinition (Get-CircleProject gh/acme/api).Id @args }
    'New-CirclePipelineDefinition'    = { New-CirclePipelineDefinition (Get-CircleProject gh/acme/api).Id deploy -RepoExternalId 42 -Confirm:$false @args }
    'Set-CirclePipelineDefinition'    = { Set-CirclePipelineDefinition (Get-CircleProject gh/acme/api).Id ([guid]::NewGuid()) -Name x -Confirm:$false @args }
    'Remove-CirclePipelineDefinition' = { Remove-CirclePipelineDefinition (Get-CircleProject gh/acme/api).Id ([guid]::NewGuid()) -Confirm:$false @args }
}
