BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CircleEnvironmentVariable' {
    BeforeEach { Connect-TestCircle }

    It 'creates a variable from a plain string, sends it once, reads back masked' {
        Set-CircleEnvironmentVariable gh/acme/web -Name API_KEY -Value 'plain-value-9876'
        $posts = Get-CircleEmulatorRequest -Path /api/v2/project/gh/acme/web/envvar | Where-Object method -EQ POST
        @($posts).Count | Should -Be 1
        ($posts[0].body | ConvertFrom-Json).value | Should -Be 'plain-value-9876'
        (Get-CircleEnvironmentVariable gh/acme/web -Name API_KEY).Value | Should -Be 'xxxx9876'
    }

    It 'replaces an existing variable (idempotent) and returns it masked with -PassThru' {
        $secure = ConvertTo-SecureString 'rotated-value-5555' -AsPlainText -Force
        $stored = Set-CircleEnvironmentVariable gh/acme/api -Name DEPLOY_TOKEN -Value $secure -PassThru
        $stored.Value | Should -Be 'xxxx5555'
        $stored.ProjectSlug | Should -Be 'gh/acme/api'
        (Get-CircleEnvironmentVariable gh/acme/api).Count | Should -Be 3
    }

    It 'sets many from a hashtable, sorted by name' {
        Set-CircleEnvironmentVariable gh/acme/web -Variable @{ ZED = 'z-value'; ALPHA = (ConvertTo-SecureString 'a-value' -AsPlainText -Force) }
        $bodies = Get-CircleEmulatorRequest -Path /api/v2/project/gh/acme/web/envvar | ForEach-Object { $_.body | ConvertFrom-Json }
        $bodies.name | Should -Be @('ALPHA', 'ZED')
        $bodies.value | Should -Be @('a-value', 'z-value')
    }

    It 'refuses an invalid name before sending anything' {
        { Set-CircleEnvironmentVariable gh/acme/web -Name '1-bad name' -Value x } | Should -Throw -ErrorId 'CircleCi.InvalidVariableName*'
        { Set-CircleEnvironmentVariable gh/acme/web -Variable @{ GOOD = 'x'; 'bad-name' = 'y' } } | Should -Throw -ErrorId 'CircleCi.InvalidVariable*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It '-WhatIf sends nothing' {
        Set-CircleEnvironmentVariable gh/acme/web -Name API_KEY -Value secret -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sets one variable on several projects; a denied or missing project does not stop the others' {
        'gh/acme/api', 'gh/acme/missing', 'bb/acme/legacy', 'gh/acme/web' | Set-CircleEnvironmentVariable -Name SHARED -Value 'shared-1111' -ErrorVariable setErrors -ErrorAction SilentlyContinue
        $setErrors.Count | Should -Be 2
        $setErrors.CategoryInfo.Category | Should -Be @('ObjectNotFound', 'PermissionDenied')
        $setErrors.TargetObject | Should -Be @('gh/acme/missing/SHARED', 'bb/acme/legacy/SHARED')
        (Get-CircleEnvironmentVariable gh/acme/api -Name SHARED).Value | Should -Be 'xxxx1111'
        (Get-CircleEnvironmentVariable gh/acme/web -Name SHARED).Value | Should -Be 'xxxx1111'
    }

    It 'gets 403 PermissionDenied with the read-only token' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Set-CircleEnvironmentVariable gh/acme/api -Name X -Value y -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.Forbidden*'
    }
}
