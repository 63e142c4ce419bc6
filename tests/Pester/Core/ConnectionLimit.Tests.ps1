# How many requests the session really has in flight to one host: above the fan-out, but bounded on both builds (the
# netstandard2.0 build's handler would otherwise take its runtime's default: unbounded here, 2 on .NET Framework).
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')

    # The most requests the emulator was answering at once, from its log's event clock (received, completed).
    function Get-MostInFlight($Requests) {
        $events = foreach ($r in $Requests) { [pscustomobject]@{ At = $r.received; Step = 1 }; [pscustomobject]@{ At = $r.completed; Step = -1 } }
        $now = 0; $most = 0
        foreach ($e in $events | Sort-Object At) { $now += $e.Step; if ($now -gt $most) { $most = $now } }
        $most
    }
}

Describe 'Connections to one host' {
    BeforeEach { Connect-TestCircle }
    AfterEach { Clear-CircleEmulatorFault }

    It 'has up to 32 requests in flight at once, never more, when 40 are asked for at once' {
        # Each answer takes 1.5 s, so all 40 would be in flight together but for the session's connection limit.
        Add-CircleEmulatorFault @{ path = '/api/v2/workflow/'; method = 'GET'; kind = 'latency'; ms = 1500; count = 40 } | Out-Null
        Clear-CircleEmulatorRequest
        $inputs = 1..40 | ForEach-Object { [pscustomobject]@{ WorkflowId = [guid]::NewGuid() } }
        $inputs | Get-CircleJob -ThrottleLimit 40 -ErrorAction SilentlyContinue -ErrorVariable failures | Out-Null
        $failures.Count | Should -Be 40 -Because 'every workflow is unknown (404), so each input made one request'
        $requests = @(Get-CircleEmulatorRequest -Path '/api/v2/workflow/')
        $requests.Count | Should -Be 40
        $most = Get-MostInFlight $requests
        $most | Should -BeLessOrEqual 32
        $most | Should -BeGreaterThan 16 -Because 'the fan-out is not held to a few connections'
    }
}
