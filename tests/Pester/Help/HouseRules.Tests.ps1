# Every exported cmdlet against the house rules (help, views, naming, ShouldProcess), the same rules shown to catch
# a deliberately broken fixture module, and Get-Help -Examples in a fresh pwsh.
BeforeDiscovery {
    $modulePath = if ($env:CIRCLECI_TEST_MODULE) { $env:CIRCLECI_TEST_MODULE } else { Join-Path $PSScriptRoot '../../../out/CircleCi.PowerShell/CircleCi.PowerShell.psd1' }
    $module = Import-Module $modulePath -PassThru
    $cmdlets = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
    $openApiPath = Join-Path $PSScriptRoot '../../../../shared/circleci/openapi-v2.json'
    $hasOpenApi = Test-Path $openApiPath
    # The sources: build.ps1 merges them into one CircleCi.PowerShell.Format.ps1xml.
    $formatFiles = @(Get-ChildItem (Join-Path $PSScriptRoot '../../../src/CircleCi.PowerShell/Formats') -Filter '*.Format.ps1xml' | ForEach-Object { @{ File = $_.Name; Path = $_.FullName } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    Import-Module (Join-Path $PSScriptRoot 'HouseRules.psm1') -Force
    Import-Module (Join-Path $repo 'build/Help/HelpBuild.psm1') -Force
    $openApiPath = Join-Path $repo '../shared/circleci/openapi-v2.json'
    $methods = if (Test-Path $openApiPath) { Get-OpenApiMethod -Path $openApiPath } else { @{} }
    $moduleName = (Get-Module CircleCi.PowerShell).Name
    function Get-ModuleCmdlet([string] $Name) { Get-Command -Module $moduleName -Name $Name -CommandType Cmdlet }
}

Describe 'House rules: <Name>' -ForEach $cmdlets {
    It 'has a synopsis, a description, every parameter described and an example' {
        @(Get-HelpViolation (Get-ModuleCmdlet $Name)) | Should -BeNullOrEmpty
    }

    It 'has a default view for every output type' {
        @(Get-ViewViolation (Get-ModuleCmdlet $Name)) | Should -BeNullOrEmpty
    }

    It 'has an approved verb, the Circle prefix and the shared parameter names' {
        @(Get-NamingViolation (Get-ModuleCmdlet $Name)) | Should -BeNullOrEmpty
    }

    It 'supports ShouldProcess when it sends POST, PUT, PATCH or DELETE' -Skip:(-not $hasOpenApi) {
        @(Get-ShouldProcessViolation (Get-ModuleCmdlet $Name) -Methods $methods) | Should -BeNullOrEmpty
    }
}

Describe 'Default views in <File>' -ForEach $formatFiles {
    It 'have 2 to 6 columns that fit 80 characters (a CI log), each computed column labelled' {
        @(Get-FormatViolation $Path) | Should -BeNullOrEmpty
    }
}

Describe 'House rules catch a broken view' {
    It 'reports too many columns, too wide, and a script block column without a label' {
        Get-FormatViolation (Join-Path $PSScriptRoot 'Fixtures/BrokenModule/Broken.Format.ps1xml') | Should -Be @(
            'Broken.Format.ps1xml, view BrokenWidget: 7 columns (2 to 6 fit a console).'
            'Broken.Format.ps1xml, view BrokenWidget: 146 characters wide, more than 80 (a CI log).'
            'Broken.Format.ps1xml, view BrokenWidget: column 2 shows a script block without a <Label> (its header would be the code).'
        )
    }
}

Describe 'House rules catch a broken cmdlet' {
    BeforeAll {
        # The module may be the netstandard2.0 build, or net8.0 under a newer runtime: reference netstandard too and
        # accept the runtime's newer System.Runtime (CS1701 is only that notice).
        $reference = [CircleCi.PowerShell.Cmdlets.CircleApiOperationAttribute].Assembly.Location, [psobject].Assembly.Location,
            (Join-Path ([System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()) 'netstandard.dll')
        $source = Get-Content -Raw (Join-Path $PSScriptRoot 'Fixtures/BrokenModule/BrokenCmdlets.cs')
        $assembly = (Add-Type -TypeDefinition $source -ReferencedAssemblies $reference -CompilerOptions '/nowarn:CS1701' -PassThru)[0].Assembly
        $broken = Import-Module -Assembly $assembly -PassThru
        $frobnicate = Get-Command -Module $broken.Name -Name Frobnicate-Widget
        $remove = Get-Command -Module $broken.Name -Name Remove-CircleWidget
    }

    It 'reports the missing synopsis, description, parameter description and example' {
        Get-HelpViolation $frobnicate | Should -Be @(
            'Frobnicate-Widget has no synopsis.'
            'Frobnicate-Widget has no description.'
            'Frobnicate-Widget -Slug has no description.'
            'Frobnicate-Widget has no example.'
        )
    }

    It 'reports an output type without a view' {
        Get-ViewViolation $frobnicate | Should -Be 'Frobnicate-Widget writes BrokenFixture.BrokenWidget, which has no default view in a .Format.ps1xml.'
    }

    It 'reports the unapproved verb, the missing prefix and a misnamed or unbound parameter' {
        Get-NamingViolation $frobnicate | Should -Be @(
            "Frobnicate-Widget uses 'Frobnicate', which is not an approved verb (Get-Verb)."
            "Frobnicate-Widget's noun 'Widget' lacks the Circle prefix."
            'Frobnicate-Widget -Slug should be named -ProjectSlug (an alias may keep the other name).'
        )
        Get-NamingViolation $remove | Should -Be 'Remove-CircleWidget -ProjectSlug does not bind from the pipeline by property name.'
    }

    It 'reports a DELETE without ShouldProcess, one without ConfirmImpact High, and an unknown operation' -Skip:(-not $hasOpenApi) {
        Get-ShouldProcessViolation $frobnicate -Methods $methods | Should -Be 'Frobnicate-Widget calls deleteContext (DELETE) but lacks SupportsShouldProcess.'
        Get-ShouldProcessViolation $remove -Methods $methods | Should -Be @(
            'Remove-CircleWidget calls deleteContext (DELETE) but its ConfirmImpact is Medium, not High.'
            "Remove-CircleWidget names operation 'noSuchOperation', which the OpenAPI document does not have."
        )
    }
}

Describe 'Get-Help -Examples in a fresh pwsh' {
    BeforeAll {
        $json = Invoke-ChildPwsh -File (Join-Path $PSScriptRoot 'Get-ExamplesText.ps1') -ArgumentList '-ModulePath', $env:CIRCLECI_TEST_MODULE
        $printed = ($json -join "`n") | ConvertFrom-Json -AsHashtable
        $helpFiles = @{}
        Get-ChildItem (Join-Path $repo 'src/CircleCi.PowerShell/Cmdlets') -Recurse -Filter '*-*.md' | ForEach-Object { $helpFiles[$_.BaseName] = $_.FullName }
    }

    It '<Name> prints every example of its help file' -ForEach $cmdlets {
        $helpFiles.ContainsKey($Name) | Should -BeTrue -Because "$Name needs a help file"
        $examples = (ConvertFrom-HelpMarkdown $helpFiles[$Name]).Examples
        foreach ($example in $examples) {
            # Literal matches: example code holds wildcard and escape characters (*, [, `).
            $printed[$Name].Contains($example.Title) | Should -BeTrue -Because "Get-Help $Name -Examples should print '$($example.Title)'"
            $firstLine = ($example.Code -split "`n")[0].Trim()
            $printed[$Name].Contains($firstLine) | Should -BeTrue -Because "Get-Help $Name -Examples should print '$firstLine'"
        }
    }
}
