# The emulator checks every API request and answer against CircleCI's OpenAPI documents (../shared/circleci, with
# tests/CircleCi.Emulator/Contract/openapi-defects.json applied). These tests break the document on purpose and show
# both checks catching it; their violations are marked provoked and do not fail the run.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $script:Contract = Invoke-CircleEmulatorControl -Method Get -Route 'contract'
    function Get-ProvokedViolation([long] $Since) {
        (Invoke-CircleEmulatorControl -Method Get -Route "contract?since=$Since").violations | Where-Object provoked
    }
    function Get-LastViolationId {
        $all = @((Invoke-CircleEmulatorControl -Method Get -Route 'contract').violations)
        if ($all.Count) { [long]$all[-1].id } else { 0L }
    }
}

Describe 'Contract check of the emulator' {
    BeforeEach { Connect-TestCircle }

    It 'answers a request body that breaks openapi-v2.json with 400 naming the field, before any endpoint runs' {
        if (-not $script:Contract.enabled) { Set-ItResult -Skipped -Because "the emulator checks no contract: $($script:Contract.reason)"; return }
        $since = Get-LastViolationId
        $response = Invoke-WebRequest -Method Post -Uri "$script:EmulatorUrl/api/v2/context" -SkipHttpErrorCheck `
            -Headers @{ 'Circle-Token' = $script:AdminToken; 'X-Emulator-Provoke' = 'wrong type' } `
            -ContentType 'application/json' -Body '{"name": 5, "owner": {"slug": "gh/acme"}}'

        $response.StatusCode | Should -Be 400
        $message = ($response.Content | ConvertFrom-Json).message
        $message | Should -BeLike '*the request breaks openapi-v2.json (createContext)*/name*'
        $violation = Get-ProvokedViolation $since | Select-Object -Last 1
        $violation.kind | Should -Be 'request'
        $violation.operation | Should -Be 'createContext'
        @(Get-CircleContext -OrgSlug gh/acme | Where-Object Name -EQ '5') | Should -HaveCount 0
    }

    It 'turns an answer that breaks openapi-v2.json into an error the cmdlet reports' {
        if (-not $script:Contract.enabled) { Set-ItResult -Skipped -Because "the emulator checks no contract: $($script:Contract.reason)"; return }
        $since = Get-LastViolationId
        Add-CircleEmulatorFault @{ path = '/api/v2/project/gh/acme/api'; method = 'GET'; kind = 'mangle'; pointer = '/id'; value = 'not-a-uuid' } | Out-Null

        { Get-CircleProject -ProjectSlug gh/acme/api -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*Contract violation*the emulator's 200 answer breaks openapi-v2.json (getProjectBySlug)*/id*uuid*"
        $violation = Get-ProvokedViolation $since | Select-Object -Last 1
        $violation.kind | Should -Be 'answer'
        $violation.status | Should -Be 200
        @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api') | Should -HaveCount 1 -Because 'a 501 is not retried'

        Clear-CircleEmulatorFault
        (Get-CircleProject -ProjectSlug gh/acme/api).Slug | Should -Be 'gh/acme/api'
    }
}
