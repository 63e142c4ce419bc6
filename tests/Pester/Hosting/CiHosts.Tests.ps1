# The CI loop with each host's environment set: the exact command lines, the step summary and the step outputs.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    $script:Fast = @{ PollInterval = 0.02; MaxPollInterval = 0.05 }
    $script:HostVariables = 'GITHUB_ACTIONS', 'TF_BUILD', 'CIRCLECI_PS_CI_HOST', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'AGENT_TEMPDIRECTORY'
    $script:Saved = @{}
    foreach ($name in $HostVariables) { $Saved[$name] = [Environment]::GetEnvironmentVariable($name) }

    function Set-HostEnvironment([hashtable] $Values) {
        foreach ($name in $HostVariables) { [Environment]::SetEnvironmentVariable($name, $Values[$name]) }
    }
    # The lines written to the host (Write-Host's stream), as a CI runner reads them from standard output.
    function Get-HostLine { param([Parameter(ValueFromPipeline)] $Item) process { if ($Item -is [System.Management.Automation.InformationRecord]) { "$($Item.MessageData)" } } }
    function New-TempFile { $path = Join-Path ([IO.Path]::GetTempPath()) ("circleci-host-" + [guid]::NewGuid().ToString('N')); New-Item -ItemType File $path | Out-Null; $path }
    # The failures scenario, run to its end with the clock frozen after, and waited for.
    function Invoke-FailuresWait {
        $pipeline = New-TestPipeline failures
        # 5 virtual seconds a poll: the polls see the 79 s workflow start, each job change and the end, however loaded the machine.
        $out = @($pipeline | Wait-CirclePipeline @Fast -Verbose 6>&1 4>&1 | Step-ClockWithPolls -Step '00:00:05')
        [pscustomobject]@{ Pipeline = $pipeline; Lines = @($out | Get-HostLine); Workflows = @($out | Where-Object { $_ -is [CircleCi.PowerShell.Models.Workflow] }) }
    }
}

AfterAll {
    foreach ($entry in $Saved.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) }
}

Describe 'CI hosts' {
    BeforeEach {
        $script:OutputFile = New-TempFile
        $script:SummaryFile = New-TempFile
    }
    AfterEach {
        Set-HostEnvironment @{}
        Remove-Item -LiteralPath $OutputFile, $SummaryFile -ErrorAction Ignore
    }

    Context 'a plain terminal (neither GITHUB_ACTIONS nor TF_BUILD)' {
        It 'writes nothing to the host, no file, and the same objects as before' {
            Set-HostEnvironment @{ GITHUB_OUTPUT = $OutputFile; GITHUB_STEP_SUMMARY = $SummaryFile }
            $connect = @(Connect-CiTest 6>&1)
            $connect | Get-HostLine | Should -BeNullOrEmpty
            $run = Invoke-FailuresWait
            $run.Lines | Should -BeNullOrEmpty
            $run.Workflows.Count | Should -Be 1
            $run.Workflows[0].Status | Should -Be 'failed'
            (Get-Item $OutputFile).Length | Should -Be 0
            (Get-Item $SummaryFile).Length | Should -Be 0
            @(Get-CircleEmulatorRequest -Path /api/v1.1/).Count | Should -Be 0 -Because 'no failure report is read for a terminal'
        }

        It 'stays off in GitHub Actions when the session says Off' {
            Connect-CiTest
            Set-HostEnvironment @{ GITHUB_ACTIONS = 'true'; GITHUB_OUTPUT = $OutputFile; GITHUB_STEP_SUMMARY = $SummaryFile }
            (Get-CircleSession).CiHost = 'Off'
            (Invoke-FailuresWait).Lines | Should -BeNullOrEmpty
            (Get-Item $OutputFile).Length | Should -Be 0
        }
    }

    Context 'GitHub Actions' {
        BeforeEach {
            Set-HostEnvironment @{ GITHUB_ACTIONS = 'true'; GITHUB_OUTPUT = $OutputFile; GITHUB_STEP_SUMMARY = $SummaryFile }
        }

        It 'registers the token with add-mask when connecting' {
            $lines = @(Connect-CiTest 6>&1 | Get-HostLine)
            $lines | Should -Be @("::add-mask::$AdminToken")
        }

        It 'logs a line per change with a group per workflow, then annotates the failed job and tests, escaped' {
            Connect-CiTest
            $run = Invoke-FailuresWait
            $lines = $run.Lines
            $failure = $run.Pipeline | Get-CircleFailure
            $wf = $run.Workflows[0]
            $links = "$EmulatorUrl/pipelines/github/acme/api/$($run.Pipeline.Number)"
            $lines[0] | Should -Be "Workflow build-and-test running $links/workflows/$($wf.Id)"
            $lines | Should -Contain '::endgroup::'
            @($lines | Where-Object { $_ -like '::group::build-and-test: * job change*' }).Count | Should -BeGreaterThan 1
            @($lines | Where-Object { $_ -like "Job build #* success after 0:30 $links/workflows/$($wf.Id)/jobs/*" }).Count | Should -Be 1
            @($lines | Where-Object { $_ -like "Job test #$($failure.JobNumber) failed after 0:45 $links/workflows/$($wf.Id)/jobs/$($failure.JobNumber)" }).Count | Should -Be 1
            @($lines | Where-Object { $_ -like "Job deploy #* not_run *" }).Count | Should -Be 1
            $lines | Should -Contain "Workflow build-and-test failed after 1:19 $links/workflows/$($wf.Id)"
            $annotations = @($lines | Where-Object { $_ -like '::error *' })
            $annotations | Should -Be @(
                "::error title=CircleCI build-and-test/test::$($failure.Message) $($failure.WebUrl)"
                '::error title=tests.test_login.test_token_refresh,file=tests/test_login.py,line=42::tests/test_login.py:42: AssertionError: expected 200, got 401'
                '::error title=tests.test_orders.test_create_order (flaky),file=tests/test_orders.py,line=118::tests/test_orders.py:118: TimeoutError: order service did not answer'
                '::error title=tests.report.test_50%25_rate[a%3Ab%2Cc],file=tests/report%3Av2%2Cfinal.py::AssertionError: rate 50%25 != 100%25%0D%0Aexpected: a, b%0Afound: c'
            )
        }

        It 'writes the pipeline id, number, URL and status to GITHUB_OUTPUT as delimited file commands' {
            Connect-CiTest
            $run = Invoke-FailuresWait
            $text = [IO.File]::ReadAllText($OutputFile)
            $n = [Environment]::NewLine
            $entries = [regex]::Matches($text, "(?s)(\w+)<<(ghadelimiter_[0-9a-f-]{36})$n(.*?)$n\2$n")
            ($entries | ForEach-Object { $_.Value }) -join '' | Should -Be $text -Because 'nothing but delimited entries'
            $outputs = [ordered]@{}
            foreach ($e in $entries) { $outputs[$e.Groups[1].Value] = $e.Groups[3].Value }
            @($outputs.Keys) | Should -Be @('circleci_pipeline_id', 'circleci_pipeline_number', 'circleci_pipeline_url', 'circleci_status')
            $outputs.circleci_pipeline_id | Should -Be $run.Pipeline.Id.ToString()
            $outputs.circleci_pipeline_number | Should -Be "$($run.Pipeline.Number)"
            $outputs.circleci_pipeline_url | Should -Be "$EmulatorUrl/pipelines/github/acme/api/$($run.Pipeline.Number)"
            $outputs.circleci_status | Should -Be 'failed'
        }

        It 'appends a Markdown summary: jobs with status, duration and link, the failures with tests, flaky flags, rerun and output' {
            Connect-CiTest
            $run = Invoke-FailuresWait
            $failure = $run.Pipeline | Get-CircleFailure
            $md = Get-Content -Raw $SummaryFile
            $number = $run.Pipeline.Number
            $md.StartsWith("## [CircleCI gh/acme/api pipeline #$number`: failed]($EmulatorUrl/pipelines/github/acme/api/$number)") | Should -BeTrue
            $md | Should -Match "\| \| \[build #\d+\]\(http[^)]+/jobs/\d+\) \| ✅ success \| 0:30 \|"
            $md | Should -Match "\| \| \[test #$($failure.JobNumber)\]\(http[^)]+\) \| ❌ failed \| 0:45 \|"
            $md | Should -Match '\| \| \[deploy #\d+\]\(http[^)]+\) \| ⏹️ not_run \|  \|'
            $md.Contains("Rerun: ``$($failure.Rerun)``") | Should -BeTrue
            $md.Contains('| tests.test_orders.test_create_order | tests/test_orders.py:118 | tests/test_orders.py:118: TimeoutError: order service did not answer | flaky |') | Should -BeTrue
            $md.Contains('| tests.report.test_50%_rate[a:b,c] | tests/report:v2,final.py | AssertionError: rate 50% != 100%<br>expected: a, b<br>found: c |  |') | Should -BeTrue
            $md.Contains("<details><summary>Run tests (node 1): the last lines</summary>") | Should -BeTrue
            $md | Should -Match '(?s)```text\ncollected 25 items.*Exited with code exit status 1\n```'
        }
    }

    Context 'Azure DevOps' {
        BeforeEach {
            $script:AgentTemp = Join-Path ([IO.Path]::GetTempPath()) ("circleci-agent-" + [guid]::NewGuid().ToString('N'))
            New-Item -ItemType Directory $AgentTemp | Out-Null
            Set-HostEnvironment @{ TF_BUILD = 'True'; AGENT_TEMPDIRECTORY = $AgentTemp }
        }
        AfterEach { Remove-Item -Recurse -Force -LiteralPath $AgentTemp -ErrorAction Ignore }

        It 'registers the token with task.setsecret when connecting' {
            @(Connect-CiTest 6>&1 | Get-HostLine) | Should -Be @("##vso[task.setsecret]$AdminToken")
        }

        It 'writes ##[group] lines, logissue annotations, output variables and an uploaded summary' {
            Connect-CiTest
            $run = Invoke-FailuresWait
            $lines = $run.Lines
            $failure = $run.Pipeline | Get-CircleFailure
            $lines | Should -Contain '##[endgroup]'
            @($lines | Where-Object { $_ -like '##`[group`]build-and-test: *' }).Count | Should -BeGreaterThan 1
            @($lines | Where-Object { $_ -like '##vso`[task.logissue *' }) | Should -Be @(
                "##vso[task.logissue type=error;]CircleCI build-and-test/test: $($failure.Message) $($failure.WebUrl)"
                '##vso[task.logissue type=error;sourcepath=tests/test_login.py;linenumber=42;]tests.test_login.test_token_refresh: tests/test_login.py:42: AssertionError: expected 200, got 401'
                '##vso[task.logissue type=error;sourcepath=tests/test_orders.py;linenumber=118;]tests.test_orders.test_create_order (flaky): tests/test_orders.py:118: TimeoutError: order service did not answer'
                '##vso[task.logissue type=error;sourcepath=tests/report:v2,final.py;]tests.report.test_50%AZP25_rate[a:b,c]: AssertionError: rate 50%AZP25 != 100%AZP25%0D%0Aexpected: a, b%0Afound: c'
            )
            $number = $run.Pipeline.Number
            @($lines | Where-Object { $_ -like '##vso`[task.setvariable *' }) | Should -Be @(
                "##vso[task.setvariable variable=circleci_pipeline_id;isOutput=true;issecret=false;]$($run.Pipeline.Id)"
                "##vso[task.setvariable variable=circleci_pipeline_number;isOutput=true;issecret=false;]$number"
                "##vso[task.setvariable variable=circleci_pipeline_url;isOutput=true;issecret=false;]$EmulatorUrl/pipelines/github/acme/api/$number"
                '##vso[task.setvariable variable=circleci_status;isOutput=true;issecret=false;]failed'
            )
            $upload = @($lines | Where-Object { $_ -like '##vso`[task.uploadsummary`]*' })
            $upload.Count | Should -Be 1
            $path = $upload[0].Substring('##vso[task.uploadsummary]'.Length)
            (Split-Path $path) | Should -Be $AgentTemp
            Get-Content -Raw $path | Should -BeLike "## *CircleCI gh/acme/api pipeline #$number`: failed*### Failures*"
        }

        It 'is forced by CIRCLECI_PS_CI_HOST without TF_BUILD' {
            Set-HostEnvironment @{ CIRCLECI_PS_CI_HOST = 'AzureDevOps'; AGENT_TEMPDIRECTORY = $AgentTemp }
            @(Connect-CiTest 6>&1 | Get-HostLine) | Should -Be @("##vso[task.setsecret]$AdminToken")
        }
    }
}
