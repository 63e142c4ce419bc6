BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Get-CirclePipelineConfig' {
    BeforeEach { Connect-CiTest }

    It 'returns source and compiled config for a piped pipeline, or only one text' {
        $pipeline = New-TestPipeline hold
        $config = $pipeline | Get-CirclePipelineConfig
        $config | Should -BeOfType ([CircleCi.PowerShell.Models.PipelineConfig])
        $config.PipelineId | Should -Be $pipeline.Id
        $config.Source | Should -BeLike 'version: 2.1*'
        $config.Source | Should -BeLike '*type: approval*'
        $config.Compiled | Should -BeLike 'version: 2*docker:*'
        $config.SetupConfig | Should -BeNullOrEmpty
        Get-CirclePipelineConfig $pipeline.Id -Source | Should -Be $config.Source
        Get-CirclePipelineConfig $pipeline.Id -Compiled | Should -Be $config.Compiled
        (Get-CircleEmulatorRequest -Path "/api/v2/pipeline/$($pipeline.Id)/config").Count | Should -Be 3
    }

    It 'shows the setup config of a setup pipeline' {
        (New-TestPipeline setup | Get-CirclePipelineConfig).SetupConfig | Should -BeLike '*generate-config*'
    }

    It 'writes a not-found error per unknown pipeline and goes on' {
        $pipeline = New-TestPipeline pass
        $missing = [guid]::NewGuid()
        $configs = @(Get-CirclePipelineConfig $missing, $pipeline.Id -ErrorAction SilentlyContinue -ErrorVariable err)
        $configs.PipelineId | Should -Be $pipeline.Id
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].TargetObject | Should -Be $missing
    }
}
