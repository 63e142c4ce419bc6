BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $script:SavedEnv = @{}
    foreach ($name in 'CIRCLE_TOKEN', 'CIRCLECI_TOKEN', 'CIRCLECI_CLI_TOKEN', 'CIRCLE_CLI_TOKEN', 'CIRCLE_HOST', 'CIRCLECI_CLI_HOST', 'XDG_CONFIG_HOME', 'HOME') {
        $script:SavedEnv[$name] = [Environment]::GetEnvironmentVariable($name)
    }
}


Describe 'Connect-Circle' {
    AfterEach { foreach ($entry in $script:SavedEnv.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) };     Disconnect-Circle }
    BeforeEach { Reset-CircleEmulator }

    It 'connects with a plain-string token, verifies it with GET /me and becomes the default session' {
        Connect-Circle -Token $AdminToken -ApiUrl $EmulatorUrl
        $session = Get-CircleSession
        $session.User.Login | Should -Be 'ada'
        $session.ApiUrl | Should -Be $EmulatorUrl
        $session.TokenSource | Should -Be 'the -Token parameter'
        @(Get-CircleEmulatorRequest -Path '/api/v2/me' | Where-Object Path -EQ '/api/v2/me').Count | Should -Be 1
        # ... and reads the organizations once, for tab completion.
        @(Get-CircleEmulatorRequest -Path '/api/v2/me/collaborations').Count | Should -Be 1
        (Get-CircleUser).Login | Should -Be 'ada'
    }

    It 'takes a SecureString token and returns the session with -PassThru' {
        $secure = ConvertTo-SecureString $AdminToken -AsPlainText -Force
        $session = Connect-Circle -Token $secure -ApiUrl $EmulatorUrl -PassThru
        $session | Should -BeOfType ([CircleCi.PowerShell.Core.CircleSession])
        $session.TokenKind | Should -Be 'Personal'
    }

    It 'reads CIRCLE_TOKEN before CIRCLECI_TOKEN and names the source, never the value, in -Verbose' {
        $env:CIRCLECI_TOKEN = 'CCIPAT_notthisone'
        $env:CIRCLE_TOKEN = $AdminToken
        $verbose = Connect-Circle -ApiUrl $EmulatorUrl -Verbose 4>&1 | Out-String
        $verbose | Should -Match 'CIRCLE_TOKEN'
        $verbose | Should -Not -Match ([regex]::Escape($AdminToken))
        (Get-CircleSession).TokenSource | Should -Be 'the environment variable CIRCLE_TOKEN'
    }

    It 'reads token and host from the CLI config.yml under XDG_CONFIG_HOME' {
        $xdg = Join-Path $TestDrive 'xdg'
        New-Item -ItemType Directory -Force (Join-Path $xdg 'circleci') | Out-Null
        Set-Content (Join-Path $xdg 'circleci/config.yml') "host: $EmulatorUrl`ntoken: $AdminToken`n"
        $env:XDG_CONFIG_HOME = $xdg
        Connect-Circle
        (Get-CircleSession).ApiUrl | Should -Be $EmulatorUrl
        (Get-CircleSession).TokenSource | Should -Match 'config.yml'
        (Get-CircleSession).ApiUrlSource | Should -Match 'config.yml'
    }

    It 'reads the legacy ~/.circleci/cli.yml when nothing else is set' {
        $home2 = Join-Path $TestDrive 'home'
        New-Item -ItemType Directory -Force (Join-Path $home2 '.circleci') | Out-Null
        Set-Content (Join-Path $home2 '.circleci/cli.yml') "host: $EmulatorUrl`ntoken: $AdminToken`n"
        $env:HOME = $home2
        $env:XDG_CONFIG_HOME = Join-Path $TestDrive 'empty-xdg'
        Connect-Circle
        (Get-CircleSession).TokenSource | Should -Match 'cli.yml'
    }

    It 'fails clearly with no token anywhere' {
        $env:HOME = Join-Path $TestDrive 'nohome'
        $env:XDG_CONFIG_HOME = Join-Path $TestDrive 'noxdg'
        $err = { Connect-Circle -ApiUrl $EmulatorUrl } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Match '^CircleSession.NoToken'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'says why a token is refused: <Kind>' -ForEach @(
        @{ Kind = 'wrong'; Token = 'CCIPAT_thisisnotavalidtokenatall000000000000000'; Pattern = 'Invalid token' }
        @{ Kind = 'project'; Token = (Get-CircleEmulatorToken -Kind Project); Pattern = 'personal API token' }
        @{ Kind = 'old format'; Token = (Get-CircleEmulatorToken -Kind OldFormat); Pattern = 'New format tokens' }
    ) {
        $err = { Connect-Circle -Token $Token -ApiUrl $EmulatorUrl -WarningAction SilentlyContinue } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Match '^CircleApi.Unauthorized'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $err.ErrorDetails.Message | Should -Match $Pattern
        $err.ToString() | Should -Not -Match ([regex]::Escape($Token))
        Get-CircleSession | Should -BeNullOrEmpty
    }

    It 'skips the check with -SkipVerification (no request sent)' {
        Connect-Circle -Token $AdminToken -ApiUrl $EmulatorUrl -SkipVerification
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        (Get-CircleSession).User | Should -BeNullOrEmpty
    }

    It 'never reveals the token: ToString, formatting, ConvertTo-Json, Export-Clixml' {
        $session = Connect-Circle -Token $AdminToken -ApiUrl $EmulatorUrl -PassThru
        $file = Join-Path $TestDrive 'session.xml'
        $session | Export-Clixml -Path $file -Depth 5
        $texts = @(
            $session.ToString()
            $session | Format-List * | Out-String
            $session | Format-Table * | Out-String
            $session | Out-String
            $session | ConvertTo-Json -Depth 6 -WarningAction SilentlyContinue
            Get-Content -Raw $file
        )
        foreach ($text in $texts) { $text | Should -Not -Match ([regex]::Escape($AdminToken)) }
    }
}

Describe 'Disconnect-Circle and Get-CircleSession' {
    AfterEach { foreach ($entry in $script:SavedEnv.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) };     Disconnect-Circle }
    It 'forgets the default session' {
        Connect-TestCircle
        Get-CircleSession | Should -Not -BeNullOrEmpty
        Disconnect-Circle
        Get-CircleSession | Should -BeNullOrEmpty
    }

    It 'lets a cmdlet use an explicit -Session that is not the default' {
        Reset-CircleEmulator
        $other = Connect-Circle -Token (Get-CircleEmulatorToken -Kind Reader) -ApiUrl $EmulatorUrl -NoDefault
        Get-CircleSession | Should -BeNullOrEmpty
        (Get-CircleUser -Session $other).Login | Should -Be 'rex'
    }
}

Describe 'Emulator authentication schemes' {
    AfterEach { foreach ($entry in $script:SavedEnv.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) };     Disconnect-Circle }
    It 'accepts the token as <Scheme>' -ForEach @(
        @{ Scheme = 'Circle-Token'; Headers = { @{ 'Circle-Token' = $AdminToken } } }
        @{ Scheme = 'Bearer'; Headers = { @{ Authorization = "Bearer $AdminToken" } } }
        @{ Scheme = 'Basic'; Headers = { @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("${AdminToken}:")) } } }
    ) {
        (Invoke-RestMethod -Uri "$EmulatorUrl/api/v2/me" -Headers (& $Headers)).login | Should -Be 'ada'
    }
}
