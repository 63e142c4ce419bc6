# The README's GitHub Actions and Azure DevOps recipes run against the emulator with each host's environment set:
# the pwsh step's script as written (less the install line, with the host's ${{ }} / $( ) macros filled in).
BeforeDiscovery {
    $readme = Get-Content -Raw (Join-Path $PSScriptRoot '../../../README.md')
    $section = [regex]::Match($readme, '(?ms)^## Recipes\b.*?(?=^## )').Value
    $yaml = @([regex]::Matches($section, '(?ms)^```yaml\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value })
    function Get-StepScript([string] $Yaml, [string] $Start) {
        $lines = $Yaml -split '\r?\n'
        $at = [array]::FindIndex($lines, [Predicate[string]] { param($l) $l.Trim() -eq $Start })
        @($lines[($at + 1)..($lines.Count - 1)] | ForEach-Object -Begin { $inside = $true } -Process {
                if ($inside -and $_ -match '^ {4}') { $_.Substring(4) } else { $inside = $false }
            } | Where-Object { $_ -notmatch '^Install-PSResource ' }) -join "`n"
    }
    $recipes = @(
        @{ HostName = 'GitHub Actions'; Script = (Get-StepScript $yaml[0] 'run: |') }
        @{ HostName = 'Azure DevOps'; Script = (Get-StepScript $yaml[1] '- pwsh: |') }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    $names = 'CIRCLE_TOKEN', 'CIRCLE_HOST', 'GITHUB_ACTIONS', 'TF_BUILD', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'AGENT_TEMPDIRECTORY', 'CIRCLECI_PS_CI_HOST'
    $script:Saved = @{}
    foreach ($name in $names) { $Saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    # Runs a recipe's script as its host would, with the emulator's next pipeline in -Scenario (default: success).
    function Invoke-Recipe([string] $HostName, [string] $Script, [string] $Scenario) {
        Reset-CircleEmulator
        Disconnect-Circle
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        if ($Scenario) { Set-CircleEmulatorScenario $Scenario }
        $script:Folder = Join-Path ([IO.Path]::GetTempPath()) ("circleci-recipe-" + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory $Folder | Out-Null
        $env:CIRCLE_TOKEN = $AdminToken
        $env:CIRCLE_HOST = $EmulatorUrl
        $env:CIRCLECI_PS_CI_HOST = $null
        if ($HostName -eq 'GitHub Actions') {
            $env:GITHUB_ACTIONS = 'true'; $env:TF_BUILD = $null
            $env:GITHUB_OUTPUT = Join-Path $Folder 'output'; $env:GITHUB_STEP_SUMMARY = Join-Path $Folder 'summary.md'
            New-Item -ItemType File $env:GITHUB_OUTPUT, $env:GITHUB_STEP_SUMMARY | Out-Null
            $text = $Script.Replace('${{ github.sha }}', 'c0ffee')
        }
        else {
            $env:TF_BUILD = 'True'; $env:GITHUB_ACTIONS = $null; $env:AGENT_TEMPDIRECTORY = $Folder
            $text = $Script.Replace('$(Build.SourceBranchName)', 'main').Replace('$(Agent.TempDirectory)', $Folder).
                Replace('$(Build.ArtifactStagingDirectory)', (Join-Path $Folder 'staging'))
        }
        Push-Location $Folder
        $script:Thrown = $null
        $script:Out = @()
        try {
            $script:Out = @(& ([scriptblock]::Create($text)) 6>&1 2>$null)
        }
        catch { $script:Thrown = $_ }
        finally { Pop-Location }
        $script:Lines = @($Out | Where-Object { $_ -is [System.Management.Automation.InformationRecord] } | ForEach-Object { "$($_.MessageData)" })
        $script:Junit = Join-Path $Folder 'circleci-junit.xml'   # ./ on GitHub, $(Agent.TempDirectory) on Azure: both are $Folder here
    }
    function Remove-Recipe {
        Remove-Item -Recurse -Force -LiteralPath $Folder -ErrorAction Ignore
        foreach ($name in 'GITHUB_ACTIONS', 'TF_BUILD', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'AGENT_TEMPDIRECTORY') { [Environment]::SetEnvironmentVariable($name, $null) }
    }
}

AfterAll {
    Disconnect-Circle
    foreach ($entry in $Saved.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) }
}

Describe 'README recipe for <HostName>' -ForEach $recipes {
    BeforeAll { Invoke-Recipe $HostName $Script }
    AfterAll { Remove-Recipe }

    It 'has a script to run, and it passes when the pipeline succeeds' {
        $Script | Should -Match 'Invoke-CirclePipeline gh/acme/api'
        $Thrown | Should -BeNullOrEmpty
    }

    It 'masks the token first, when the first cmdlet connects' {
        $Lines[0] | Should -Be $(if ($HostName -eq 'GitHub Actions') { "::add-mask::$AdminToken" } else { "##vso[task.setsecret]$AdminToken" })
    }

    It 'logs the wait line by line and reports success as a step output' {
        $Lines | Should -Contain $(if ($HostName -eq 'GitHub Actions') { '::endgroup::' } else { '##[endgroup]' })
        @($Lines | Where-Object { $_ -like 'Workflow build-and-test success after *' }).Count | Should -Be 1
        if ($HostName -eq 'GitHub Actions') {
            Get-Content -Raw $env:GITHUB_OUTPUT | Should -Match "circleci_status<<(ghadelimiter_[0-9a-f-]+)\r?\nsuccess\r?\n\1"
            Get-Content -Raw $env:GITHUB_STEP_SUMMARY | Should -BeLike '## *gh/acme/api pipeline #*: success*'
        }
        else {
            $Lines | Should -Contain '##vso[task.setvariable variable=circleci_status;isOutput=true;issecret=false;]success'
            @($Lines | Where-Object { $_ -like '##vso`[task.uploadsummary`]*' }).Count | Should -Be 1
        }
    }

    It 'writes the JUnit file for the test tab' {
        Test-Path $Junit | Should -BeTrue
        ([xml](Get-Content -Raw $Junit)).testsuites.tests | Should -Be '25'
    }
}

Describe 'README recipe for <HostName> at an approval hold' -ForEach $recipes {
    BeforeAll { Invoke-Recipe $HostName $Script -Scenario hold }
    AfterAll { Remove-Recipe }

    It 'fails the step, naming the held workflow, after saving the test results' {
        $Thrown | Should -Not -BeNullOrEmpty -Because 'a deploy waiting for approval must not leave the step green'
        "$Thrown" | Should -Match 'CircleCI: .*on hold'
        Test-Path $Junit | Should -BeTrue
    }
}
