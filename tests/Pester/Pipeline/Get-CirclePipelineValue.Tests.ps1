BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    Connect-CiTest
}

Describe 'Get-CirclePipelineValue' {
    It 'returns the values as typed name/value objects, sorted by name' {
        $pipeline = Invoke-CirclePipeline gh/acme/api -Branch feature/login -Parameters @{ 'image-tag' = '4.8.2'; replicas = 3 } -Confirm:$false
        $values = @($pipeline | Get-CirclePipelineValue)
        ($values.Name | Sort-Object { $_ } -CaseSensitive) -join ',' | Should -Be ($values.Name -join ',')
        $byName = @{}; $values | ForEach-Object { $byName[$_.Name] = $_.Value }
        $byName['pipeline.git.branch'] | Should -Be 'feature/login'
        $byName['pipeline.number'] | Should -Be $pipeline.Number
        $byName['pipeline.number'] | Should -BeOfType [long]
        $byName['pipeline.in_setup'] | Should -BeOfType [bool]
        $byName['pipeline.parameters.replicas'] | Should -Be 3
        $values | ForEach-Object { $_.PipelineId | Should -Be $pipeline.Id }
    }

    It 'filters names with wildcards' {
        $pipeline = Get-CirclePipeline gh/acme/api -Number 5
        # No pipeline.git.tag: the pipeline has no tag, and the document's values cannot be null.
        (Get-CirclePipelineValue $pipeline.Id 'pipeline.git.*').Name | Should -Be @('pipeline.git.base_revision', 'pipeline.git.branch', 'pipeline.git.revision')
    }

    It 'reports an unknown pipeline as not found' {
        $missing = [guid]::NewGuid()
        Get-CirclePipelineValue $missing -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].TargetObject | Should -Be $missing
    }
}
