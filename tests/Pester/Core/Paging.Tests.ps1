BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

# WritePages (the cmdlet base) streams pages and, from the second page on, fetches the next page while the current
# one is written to the pipeline.
Describe 'Paged listings' {
    BeforeEach { Connect-TestCircle }

    It 'writes every item once and in order while fetching one page ahead' {
        $numbers = @(Get-CirclePipeline gh/acme/api | ForEach-Object Number)
        $numbers | Should -Be @(100..1)
        $pages = @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline')
        $pages.Count | Should -Be 5
        @($pages | Where-Object query -Like 'page-token=*').Count | Should -Be 4
    }

    It 'sends one request when the first page satisfies Select-Object -First' {
        $null = Get-CirclePipeline gh/acme/api | Select-Object -First 3
        @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count | Should -Be 1
    }

    It 'has asked for the next page while the second was being written' {
        # 20 items a page: pipeline 80 is the first item of page 2. While it is in the pipeline, page 3 must already
        # have been requested (waited for here, up to 10 s, since the request runs on another thread).
        $seenWhileWriting = 0
        $null = Get-CirclePipeline gh/acme/api | ForEach-Object {
            if ($_.Number -eq 80) {
                $deadline = [datetime]::UtcNow.AddSeconds(10)
                do { $seenWhileWriting = @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count }
                while ($seenWhileWriting -lt 3 -and [datetime]::UtcNow -lt $deadline -and -not (Start-Sleep -Milliseconds 20))
            }
            $_
        } | Select-Object -First 25
        $seenWhileWriting | Should -Be 3
    }
}
