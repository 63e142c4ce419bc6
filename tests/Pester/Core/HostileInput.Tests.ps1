# Every exported cmdlet, every string-ish parameter (and every slug, name or id parameter, whatever its type), called
# against the emulator with hostile values. Each call must end in success or in ErrorRecords of ours (a category, an id
# that is not a .NET exception's name, no stack text), and every request it sent must go to a path of an operation the
# cmdlet declares ([CircleApiOperation]): a '..' resolved to a parent path or a '%2F' splitting a segment fails here.
# An answer the emulator could not give (501, its own contract broken) or a 429 means a value was not tried: a problem.
BeforeDiscovery {
    # The walk runs against one build: both are compiled from the same source, and the suite runs both on the same
    # PowerShell 7 runtime, so binding, validation, path building and escaping are the same code twice (the builds
    # differ in two #if NET8_0_OR_GREATER blocks, the HTTP handler and File.Move, and in dependency versions). The
    # netstandard2.0 run reports the walk as skipped; every cmdlet's own tests still run against both builds.
    $script:Walked = $env:CIRCLECI_POWERSHELL_FRAMEWORK -ne 'netstandard2.0'
    $script:Commands = @()
    if ($script:Walked) {
        $module = if ($env:CIRCLECI_TEST_MODULE) { $env:CIRCLECI_TEST_MODULE } else { Join-Path $PSScriptRoot '../../../out/CircleCi.PowerShell/CircleCi.PowerShell.psd1' }
        Import-Module $module
        $script:Commands = @(Get-Command -Module CircleCi.PowerShell -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
    }
}

Describe 'Hostile input' {
    BeforeAll {
        . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
        . (Join-Path $PSScriptRoot 'HostileInput.ps1')

        Reset-CircleEmulator
        # No retries and short timeouts: a hostile value must fail fast, never by waiting out a retry budget.
        $script:Session = Connect-Circle -Token $script:AdminToken -ApiUrl $script:EmulatorUrl -PassThru -NoDefault -MaximumRetryCount 0 -TimeoutSec 5
        # A folder of our own rather than TestDrive: Pester clears TestDrive with wildcard paths, and hostile -Path values
        # leave files whose names are not valid wildcards.
        $script:Folder = New-Item -ItemType Directory (Join-Path ([IO.Path]::GetTempPath()) "circle-hostile-$([guid]::NewGuid().ToString('N'))")
        $script:Valid = Get-HostileInputValidValues -Session $script:Session -Folder $script:Folder
        $script:Always = @{
            'Connect-Circle' = @{ Token = $script:AdminToken; ApiUrl = $script:EmulatorUrl; NoDefault = $true; MaximumRetryCount = 0; TimeoutSec = 5 }
            # A usage export that is waited for (-Destination) polls once a minute unless told otherwise.
            'New-CircleUsageExport' = @{ PollInterval = [timespan]::FromMilliseconds(10) }
            'Get-CircleUsageExport' = @{ PollInterval = [timespan]::FromMilliseconds(10) }
        }
        # The usage API allows 10 calls an hour: each call of these starts a new hour, or later values only meet a 429.
        $script:UsageCmdlets = 'New-CircleUsageExport', 'Get-CircleUsageExport'
        # Relative file paths ('..', 'a/../../b') given to -Path or -Destination stay inside that folder.
        $script:Here = New-Item -ItemType Directory -Force (Join-Path $script:Folder 'a/b/c')
        Push-Location $script:Here
    }

    AfterAll {
        Pop-Location
        [IO.Directory]::Delete($script:Folder.FullName, $true)
    }

    # An import that failed at discovery would leave no cases below, and nothing would fail.
    It 'walks every exported cmdlet' -Skip:(-not $script:Walked) -ForEach @(@{ Found = $script:Commands.Count }) {
        $Found | Should -BeGreaterThan 90
    }

    It '<Name> ends in success or ErrorRecords of ours, and sends only to its own operations' -ForEach $script:Commands {
        $command = Get-Command $Name
        $routes = @(Get-HostileInputRoute $command)
        Clear-CircleEmulatorRequest
        $problems = [System.Collections.Generic.List[string]]::new()
        foreach ($case in Get-HostileInputCase $command $script:Valid $script:Always) {
            if ($case.Problem) { $problems.Add($case.Problem); continue }
            $splat = $case.Parameters
            if ($command.Parameters.ContainsKey('Session') -and $Name -ne 'Disconnect-Circle') { $splat['Session'] = $script:Session }
            if ($command.Parameters.ContainsKey('Confirm')) { $splat['Confirm'] = $false }
            if ($script:KnownIssues.ContainsKey("$Name -$($case.Parameter)")) { continue }
            if ($script:UsageCmdlets -contains $Name) { Invoke-CircleEmulatorControl -Method Delete -Route 'usage/calls' | Out-Null }
            foreach ($problem in Invoke-HostileInputCase $Name $splat) { $problems.Add("-$($case.Parameter) $($case.Label): $problem") }
        }
        foreach ($request in Get-CircleEmulatorRequest) {
            # The emulator answers 501 when its own answer breaks CircleCI's document: the call proves nothing then.
            if ($request.status -eq 501) { $problems.Add("the emulator's answer to $($request.method) $($request.path) broke the contract (501)") }
            if ($request.status -eq 429) { $problems.Add("$($request.method) $($request.path) was refused for the rate limit (429): the value behind it was not tried") }
            if (-not (Test-HostileInputRequest $request $routes)) {
                $problems.Add("sent $($request.method) $($request.path), which is none of its operations ($(($routes | ForEach-Object Name) -join ', '))")
            }
        }
        $problems | Should -BeNullOrEmpty
    }
}

Describe 'Hostile input, netstandard2.0 build' {
    It 'is walked against the net8.0 build only' -ForEach @(if (-not $script:Walked) { @{} }) {
        Set-ItResult -Skipped -Because 'both builds are the same source on the same runtime here (see BeforeDiscovery)'
    }
}
