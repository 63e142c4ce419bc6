BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    $script:TriggerPath = '/api/v2/project/gh/acme/api/pipeline'
}

Describe 'Invoke-CirclePipeline' {
    BeforeEach { Connect-CiTest }
    AfterEach { Clear-CircleEmulatorFault }

    It 'sends the parameters with their JSON types and returns the created pipeline' {
        $pipeline = Invoke-CirclePipeline gh/acme/api -Branch feature/login -Confirm:$false `
            -Parameters @{ 'image-tag' = '4.8.2'; deploy = $true; replicas = 3; ratio = 2.0 }
        $body = @(Get-PostedBody $TriggerPath)
        $body.Count | Should -Be 1
        $body[0].branch | Should -Be 'feature/login'
        $body[0].parameters['image-tag'] | Should -BeOfType [string]
        $body[0].parameters.deploy | Should -BeOfType [bool]
        $body[0].parameters.replicas | Should -BeOfType [long]
        $body[0].parameters.ratio | Should -Be 2 -Because 'a whole double is sent as a number'
        $pipeline | Should -BeOfType ([CircleCi.PowerShell.Models.Pipeline])
        $pipeline.Vcs.Branch | Should -Be 'feature/login'
        $pipeline.Trigger.Type | Should -Be 'api'
        (Get-CirclePipeline -Id $pipeline.Id).Number | Should -Be $pipeline.Number
    }

    It 'triggers a tag, and the project''s default branch when given neither' {
        Invoke-CirclePipeline gh/acme/api -Tag v1.2.0 -Confirm:$false | ForEach-Object { $_.Vcs.Tag } | Should -Be 'v1.2.0'
        Invoke-CirclePipeline gh/acme/api -Confirm:$false | ForEach-Object { $_.Vcs.Branch } | Should -Be 'main'
        $bodies = @(Get-PostedBody $TriggerPath)
        $bodies[0].tag | Should -Be 'v1.2.0'
        $bodies[0].ContainsKey('branch') | Should -BeFalse
        $bodies[1].Count | Should -Be 0 -Because 'no branch, tag or parameters were given'
    }

    It '-WhatIf sends nothing' {
        Invoke-CirclePipeline gh/acme/api -Branch main -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses unsupported parameter values before sending, with an InvalidArgument error' {
        Invoke-CirclePipeline gh/acme/api -Parameters @{ nested = @{ a = 1 } } -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.InvalidPipelineParameter*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be 'gh/acme/api'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'never retries a trigger answered 5xx (one POST received, one error)' {
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'status'; statusCode = 502; count = 5 }
        Invoke-CirclePipeline gh/acme/api -Branch main -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        @(Get-CircleEmulatorRequest -Path $TriggerPath | Where-Object method -EQ 'POST').Count | Should -Be 1
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.ServerError*'
        $err[0].TargetObject | Should -Be 'gh/acme/api'
    }

    It 'reports 404 for an unknown project and goes on with the next piped project' {
        $pipelines = 'gh/acme/nope', 'gh/acme/web' | Invoke-CirclePipeline -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $pipelines.ProjectSlug | Should -Be 'gh/acme/web'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'gh/acme/nope'
    }

    It 'uses POST .../pipeline/run with -DefinitionId, config and checkout refs' {
        $slug = (Get-CircleEmulatorSeed).projects | Where-Object { $_ -like 'circleci/*' } | Select-Object -First 1
        $definition = (Invoke-CircleEmulatorControl -Method Get -Route ci).definitions.$slug
        $pipeline = Invoke-CirclePipeline $slug -DefinitionId $definition -Branch develop -ConfigBranch main -Parameters @{ x = 1 } -Confirm:$false
        $body = Get-PostedBody "/api/v2/project/$slug/pipeline/run"
        $body.definition_id | Should -Be $definition
        $body.config.branch | Should -Be 'main'
        $body.checkout.branch | Should -Be 'develop'
        $body.parameters.x | Should -Be 1
        $pipeline.Vcs.Branch | Should -Be 'develop'
    }

    It 'warns when pipeline/run creates no pipeline' {
        $definition = (Invoke-CircleEmulatorControl -Method Get -Route ci).definitions.'gh/acme/api'
        Set-CircleEmulatorScenario none
        $out = Invoke-CirclePipeline gh/acme/api -DefinitionId $definition -Confirm:$false -WarningVariable warn -WarningAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $warn[0] | Should -BeLike '*created no pipeline*'
    }

    It '-Wait -ErrorOnFailure on an approval hold is an error (the step does not pass while a deploy waits)' {
        Set-CircleEmulatorClock -Speed 2000 | Out-Null
        Set-CircleEmulatorScenario hold
        $workflows = Invoke-CirclePipeline gh/acme/api -Confirm:$false -Wait -PollInterval 0.02 -ErrorOnFailure -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -Be 'on_hold'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWorkflow.OnHold*'
    }

    It '-Wait returns the failed workflow, and -ErrorOnFailure adds an error naming it' {
        Set-CircleEmulatorClock -Speed 2000 | Out-Null
        Set-CircleEmulatorScenario fail
        $workflows = Invoke-CirclePipeline gh/acme/api -Confirm:$false -Wait -PollInterval 0.02 -ErrorOnFailure -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -Be 'failed'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWorkflow.Failed*'
        $err[0].TargetObject.Id | Should -Be $workflows.Id
        @(Get-CircleEmulatorRequest -Path $TriggerPath | Where-Object method -EQ 'POST').Count | Should -Be 1
    }
}
