BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Invoke-CircleRollback' {
    BeforeEach {
        Connect-TestCircle
        $script:Api = Get-CircleProject gh/acme/api
        $script:Rollback = @{ EnvironmentName = 'staging'; ComponentName = 'api'; CurrentVersion = '1.1.0'; TargetVersion = '1.0.0' }
        Clear-CircleEmulatorRequest
    }

    It 'starts a rollback to a deployed version and returns what was asked for' {
        $result = Invoke-CircleRollback $Api.Id @Rollback -Reason 'errors after 1.1.0' -Parameters @{ notify = $true } -Confirm:$false
        $result | Should -BeOfType ([CircleCi.PowerShell.Models.RollbackResult])
        $result.Id | Should -Not -Be ([guid]::Empty)
        $result.RollbackType | Should -Be 'pipeline'
        $result.ComponentName | Should -Be 'api'
        $result.TargetVersion | Should -Be '1.0.0'
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be "/api/v2/projects/$($Api.Id)/rollback"
        $request.status | Should -Be 202
    }

    It 'turns a second rollback in progress into a Conflict, and a version never deployed into an error' {
        Invoke-CircleRollback $Api.Id @Rollback -Confirm:$false | Out-Null
        Invoke-CircleRollback $Api.Id @Rollback -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.Conflict*'
        $failed[0].TargetObject | Should -Be 'api'
        $Rollback.TargetVersion = '0.9.0'
        $Rollback.EnvironmentName = 'production'
        Invoke-CircleRollback $Api.Id @Rollback -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'refuses to roll back to the version already running, before sending' {
        $Rollback.TargetVersion = '1.1.0'
        { Invoke-CircleRollback $Api.Id @Rollback -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.SameVersion*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        Invoke-CircleRollback $Api.Id @Rollback -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
