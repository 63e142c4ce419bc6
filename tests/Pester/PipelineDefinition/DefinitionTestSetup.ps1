# Dot-sourced by the pipeline definition and trigger tests: a fresh emulator and the seeded GitHub App project.
. (Join-Path $PSScriptRoot '../TestHelpers.ps1')
function Reset-DefinitionTest {
    Connect-TestCircle
    $slug = (Get-CircleEmulatorSeed).projects | Where-Object { $_ -like 'circleci/*' } | Select-Object -First 1
    $script:Project = Get-CircleProject $slug
    $script:Definition = Get-CirclePipelineDefinition $Project.Id
    Clear-CircleEmulatorRequest
}
