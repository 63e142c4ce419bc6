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
        # 20 items a page: the 25th item is on page 2, and page 3 was requested before page 2's items were written.
        $null = Get-CirclePipeline gh/acme/api | Select-Object -First 25
        $pages = @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline')
        $pages.Count | Should -Be 3
        $pages[2].received | Should -BeGreaterThan $pages[1].completed
    }
}
