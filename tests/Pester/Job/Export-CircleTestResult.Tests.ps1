BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    $script:Schema = Join-Path $PSScriptRoot '../../Schemas/junit-10.xsd'
    # Validates with System.Xml.Schema; returns the validation messages (none when valid).
    function Test-JUnitFile([string] $Path) {
        $settings = [System.Xml.XmlReaderSettings]::new()
        $settings.ValidationType = [System.Xml.ValidationType]::Schema
        [void]$settings.Schemas.Add($null, $Schema)
        $messages = [System.Collections.Generic.List[string]]::new()
        $settings.add_ValidationEventHandler({ param($s, $e) $messages.Add("$($e.Severity): $($e.Message)") })
        $reader = [System.Xml.XmlReader]::Create($Path, $settings)
        try { while ($reader.Read()) { } } finally { $reader.Dispose() }
        , $messages
    }
}

Describe 'Export-CircleTestResult' {
    BeforeEach {
        Connect-CiTest
        $script:File = Join-Path ([IO.Path]::GetTempPath()) ("circleci-junit-" + [guid]::NewGuid().ToString('N') + '.xml')
    }
    AfterEach { Remove-Item -LiteralPath $File -ErrorAction Ignore }

    It 'writes a pipeline''s results as JUnit XML that validates against the JUnit schema' {
        $pipeline = New-TestPipeline failures -Run '00:10:00'
        $info = $pipeline | Export-CircleTestResult -Path $File -PassThru
        $info.FullName | Should -Be $File
        (Test-JUnitFile $File) | Should -BeNullOrEmpty
        $xml = [xml](Get-Content -Raw $File)
        $xml.testsuites.tests | Should -Be '25'
        $xml.testsuites.failures | Should -Be '3'
        $suite = @($xml.testsuites.testsuite)
        $suite.Count | Should -Be 1
        $suite[0].name | Should -BeLike 'build-and-test/test #*'
        $failed = @($suite[0].testcase | Where-Object { $_.failure })
        $failed.Count | Should -Be 3
        $login = $failed | Where-Object name -EQ test_token_refresh
        $login.classname | Should -Be 'tests.test_login'
        $login.failure.message | Should -Be 'tests/test_login.py:42: AssertionError: expected 200, got 401'
        $login.failure.'#text' | Should -BeLike '*at tests/test_login.py:42'
        ($failed | Where-Object name -EQ 'test_50%_rate[a:b,c]').failure.message | Should -Be 'AssertionError: rate 50% != 100%'
    }

    It 'takes jobs from the pipe, one suite per job, and -WhatIf writes nothing' {
        $workflow = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        $workflow | Get-CircleJob | Export-CircleTestResult -Path $File -WhatIf
        Test-Path $File | Should -BeFalse
        $workflow | Get-CircleJob | Export-CircleTestResult -Path $File
        (Test-JUnitFile $File) | Should -BeNullOrEmpty
        @(([xml](Get-Content -Raw $File)).testsuites.testsuite).Count | Should -Be 1 -Because 'only the test job stored results'
    }

    It 'refuses to overwrite a file without -Force' {
        Set-Content -LiteralPath $File -Value 'keep'
        New-TestPipeline fail -Run '00:10:00' | Export-CircleTestResult -Path $File -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleTestResult.FileExists*'
        Get-Content -LiteralPath $File | Should -Be 'keep'
        New-TestPipeline fail -Run '00:10:00' | Export-CircleTestResult -Path $File -Force
        (Test-JUnitFile $File) | Should -BeNullOrEmpty
    }

    It 'reports that the schema rejects a file of the wrong shape' {
        Set-Content -LiteralPath $File -Value '<testsuites><testsuite tests="1"><testcase/></testsuite></testsuites>'
        @(Test-JUnitFile $File).Count | Should -BeGreaterThan 0
    }
}
