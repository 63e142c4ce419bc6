# The README's tour runs against the emulator, block by block and in order, so it cannot rot: every `PS>` command
# runs, nothing errors, and the output shown under it is what the command prints (dates aside: they are local time).
BeforeDiscovery {
    $readme = Get-Content -Raw (Join-Path $PSScriptRoot '../../../README.md')
    $tour = [regex]::Match($readme, '(?ms)^## Tour\b.*?(?=^## )').Value
    $steps = @(foreach ($block in [regex]::Matches($tour, '(?ms)^```powershell\r?\n(.*?)^```')) {
            $command = $null
            $output = [System.Collections.Generic.List[string]]::new()
            foreach ($line in ($block.Groups[1].Value -split '\r?\n')) {
                if ($line.StartsWith('PS> ')) {
                    if ($command) { @{ Command = $command; Expected = @($output) } }
                    $command = $line.Substring(4); $output = [System.Collections.Generic.List[string]]::new()
                }
                elseif ($command) { $output.Add($line) }
            }
            if ($command) { @{ Command = $command; Expected = @($output) } }
        })
}

BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Reset-CircleEmulator
    Disconnect-Circle
    # What a reader has: a token in CIRCLE_TOKEN (and here, the emulator as the CircleCI host).
    $saved = @{ CIRCLE_TOKEN = $env:CIRCLE_TOKEN; CIRCLE_HOST = $env:CIRCLE_HOST }
    $env:CIRCLE_TOKEN = $AdminToken
    $env:CIRCLE_HOST = $EmulatorUrl
    # The tour saves artifacts to ./artifacts: run it in a folder of its own.
    $tourFolder = Join-Path ([IO.Path]::GetTempPath()) ("circleci-tour-" + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory $tourFolder | Out-Null
    Push-Location $tourFolder
    # One scope for the whole tour, so a variable set in one step is there in the next.
    $tourScope = New-Module -Name ReadmeTour -ScriptBlock { }
    function Get-ComparableLine([string[]] $Lines) {
        # Trailing blanks and local-time dates differ by machine; everything else must match.
        @($Lines | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ -and $_ -notmatch '\d{4}-\d\d-\d\d \d\d:\d\d' })
    }
}

AfterAll {
    Pop-Location
    Remove-Item -Recurse -Force -LiteralPath $tourFolder -ErrorAction SilentlyContinue
    Disconnect-Circle
    foreach ($entry in $saved.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) }
}

Describe 'README tour' {
    It 'has steps' -ForEach @(@{ StepCount = $steps.Count }) {
        $StepCount | Should -BeGreaterThan 5
    }

    It 'PS> <Command>' -ForEach $steps {
        $PSStyle.OutputRendering = 'PlainText'
        $errors = $null
        $printed = . $tourScope {
            param($Command)
            Invoke-Expression $Command -ErrorVariable +tourErrors | Out-String -Width 120
        } $Command -ErrorVariable errors
        @($errors) | Should -BeNullOrEmpty
        $actual = Get-ComparableLine ($printed -split '\r?\n')
        $expected = Get-ComparableLine $Expected
        $actual | Should -Be $expected
    }
}
