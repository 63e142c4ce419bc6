BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

# WritePages (the cmdlet base) streams pages; from the second page on a background reader fetches each page as soon
# as the one before it has arrived, up to two pages ahead of the one being written.
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

    It 'reads two pages ahead of the one being written, and no further' {
        # 20 items a page: pipeline 80 is the first item of page 2. While it sits in the pipeline, the background
        # reader must have asked for pages 3 and 4 (waited for here, up to 10 s, since it runs on another thread),
        # and must not ask for page 5 until the pipeline takes page 3.
        $seenWhileWriting = 0; $seenLater = 0
        $null = Get-CirclePipeline gh/acme/api | ForEach-Object {
            if ($_.Number -eq 80) {
                $deadline = [datetime]::UtcNow.AddSeconds(10)
                do { $seenWhileWriting = @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count }
                while ($seenWhileWriting -lt 4 -and [datetime]::UtcNow -lt $deadline -and -not (Start-Sleep -Milliseconds 20))
                Start-Sleep -Milliseconds 300
                $seenLater = @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count
            }
            $_
        } | Select-Object -First 25
        $seenWhileWriting | Should -Be 4
        $seenLater | Should -Be 4
    }
}
