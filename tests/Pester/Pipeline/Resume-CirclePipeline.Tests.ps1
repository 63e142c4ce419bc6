BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Resume-CirclePipeline' {
    BeforeEach {
        Connect-CiTest
        $script:Pipeline = New-TestPipeline setup
        $script:Key = (Invoke-CircleEmulatorControl -Method Get -Route "pipeline/$($Pipeline.Id)").continuationKey
        Clear-CircleEmulatorRequest
    }

    It 'continues a setup pipeline with the configuration and typed parameters; the pipeline gets its workflow' {
        Resume-CirclePipeline -ContinuationKey $Key -Configuration 'version: 2.1' -Parameters @{ deploy = $false } -Confirm:$false
        $body = Get-PostedBody /api/v2/pipeline/continue
        $body['continuation-key'] | Should -Be $Key
        $body.configuration | Should -Be 'version: 2.1'
        $body.parameters.deploy | Should -BeOfType [bool]
        ($Pipeline | Get-CircleWorkflow).Name | Should -Contain 'build-and-test'
        (Get-CirclePipeline -Id $Pipeline.Id).State | Should -Be 'created'
    }

    It 'reads the configuration from -ConfigurationPath, and reports a missing file without sending' {
        Set-Content -Path TestDrive:/continue.yml -Value "version: 2.1`njobs: {}"
        Resume-CirclePipeline $Key -ConfigurationPath TestDrive:/continue.yml -Confirm:$false
        (Get-PostedBody /api/v2/pipeline/continue).configuration | Should -BeLike "version: 2.1*jobs: {}*"
        Clear-CircleEmulatorRequest
        Resume-CirclePipeline $Key -ConfigurationPath TestDrive:/missing.yml -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.ConfigurationNotFound*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends the single-use key once: -WhatIf sends nothing, a reused key is a BadRequest error' {
        Resume-CirclePipeline $Key -Configuration 'version: 2.1' -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Resume-CirclePipeline $Key -Configuration 'version: 2.1' -Confirm:$false
        Resume-CirclePipeline $Key -Configuration 'version: 2.1' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.BadRequest*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-CircleEmulatorRequest -Path /api/v2/pipeline/continue).Count | Should -Be 2
    }
}
