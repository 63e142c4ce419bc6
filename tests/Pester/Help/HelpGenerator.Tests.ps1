# The help generator (build/Build-Help.ps1 and build/Help/*): markdown parsing, MAML, the about topic, and the
# build failing with a clear message when help is missing.
BeforeAll {
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    Import-Module (Join-Path $repo 'build/Help/HelpBuild.psm1') -Force
    $fixtures = Join-Path $PSScriptRoot 'Fixtures'
    $good = Join-Path $fixtures 'Good/Cmdlets/Widget/Get-CircleWidget.md'
    $ns = @{ command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'; maml = 'http://schemas.microsoft.com/maml/2004/10'; dev = 'http://schemas.microsoft.com/maml/dev/2004/10' }

    # Metadata in the shape Export-CmdletMetadata.ps1 writes, for a cmdlet with two parameter sets.
    function New-WidgetMetadata {
        $slugSets = @(
            [pscustomobject]@{ Name = 'BySlug'; Mandatory = $true; Position = 0; ByValue = $true; ByPropertyName = $true }
        )
        $sessionSets = @([pscustomobject]@{ Name = '__AllParameterSets'; Mandatory = $false; Position = -2147483648; ByValue = $false; ByPropertyName = $false })
        [pscustomobject]@{
            Name = 'Get-CircleWidget'; Verb = 'Get'; Noun = 'CircleWidget'; ParameterSets = @('BySlug', 'All')
            OutputTypes = @('CircleCi.PowerShell.Models.Widget')
            Parameters = @(
                [pscustomobject]@{ Name = 'ProjectSlug'; Type = 'String[]'; IsSwitch = $false; Aliases = @('Slug'); Globbing = $false; ValidValues = @(); Sets = $slugSets }
                [pscustomobject]@{ Name = 'Session'; Type = 'CircleCi.PowerShell.Core.CircleSession'; IsSwitch = $false; Aliases = @(); Globbing = $false; ValidValues = @(); Sets = $sessionSets }
            )
        }
    }
}

Describe 'ConvertFrom-HelpMarkdown' {
    It 'reads every section of a well-formed file' {
        $help = ConvertFrom-HelpMarkdown $good
        $help.Name | Should -Be 'Get-CircleWidget'
        $help.Synopsis | Should -Be 'Gets widgets.'
        $help.Description | Should -Be @('First paragraph continues here.', 'Second paragraph.')
        @($help.Parameters.Keys) | Should -Be @('ProjectSlug', 'Session')
        $help.Parameters['ProjectSlug'] | Should -Be 'The project.'
        $help.Examples.Count | Should -Be 2
        $help.Examples[0].Title | Should -Be 'Example 1: One widget'
        $help.Examples[0].Code | Should -Be 'Get-CircleWidget gh/acme/api'
        $help.Examples[0].Remarks | Should -Be 'Writes the widget.'
        $help.Examples[1].Code | Should -Be "`$w = Get-CircleWidget gh/acme/api`n`$w.Name"
        $help.Links[0].Uri | Should -Be 'https://circleci.com/docs/api/v2/'
        $help.Links[1].Text | Should -Be 'Get-CircleProject'
        $help.Links[1].Uri | Should -Be ''
    }

    It 'refuses <File> naming the file and the problem' -ForEach @(
        @{ File = 'Get-CircleNoExamples.md'; Message = '*Get-CircleNoExamples.md: missing section(s) ## EXAMPLES.' }
        @{ File = 'Get-CircleOpenFence.md'; Message = '*Get-CircleOpenFence.md: a * code block is not closed.' }
        @{ File = 'Get-CircleEmptyParameter.md'; Message = '*Get-CircleEmptyParameter.md: parameter -ProjectSlug has no description.' }
        @{ File = 'Get-CircleWrongTitle.md'; Message = "*: the title '# Get-CircleSomethingElse' does not match the file name 'Get-CircleWrongTitle'." }
    ) {
        { ConvertFrom-HelpMarkdown (Join-Path $fixtures "Broken/$File") } | Should -Throw -ExpectedMessage $Message
    }
}

Describe 'Find-HelpProblem' {
    BeforeAll { $help = @{ 'Get-CircleWidget' = ConvertFrom-HelpMarkdown $good } }

    It 'finds nothing when help and cmdlet agree' {
        @(Find-HelpProblem -Help $help -Metadata @(New-WidgetMetadata)) | Should -BeNullOrEmpty
    }

    It 'names a cmdlet without help' {
        $other = New-WidgetMetadata
        $other.Name = 'Get-CircleGadget'
        $problems = @(Find-HelpProblem -Help $help -Metadata @((New-WidgetMetadata), $other))
        $problems | Should -Be @('Get-CircleGadget: no help file. Add Cmdlets/<Area>/Get-CircleGadget.md (format: Cmdlets/Insights/Get-CircleFlakyTest.md).')
    }

    It 'names an undescribed parameter, a described parameter that does not exist, and help without a cmdlet' {
        $meta = New-WidgetMetadata
        $meta.Parameters[0].Name = 'OrgSlug'
        $problems = @(Find-HelpProblem -Help $help -Metadata @($meta))
        $problems | Should -HaveCount 2
        $problems[0] | Should -BeLike 'Get-CircleWidget: parameter -OrgSlug is not described under ## PARAMETERS in *Get-CircleWidget.md.'
        $problems[1] | Should -BeLike 'Get-CircleWidget: *Get-CircleWidget.md describes -ProjectSlug, which the cmdlet does not have.'
        @(Find-HelpProblem -Help $help -Metadata @()) | Should -BeLike '*Get-CircleWidget.md: no exported cmdlet Get-CircleWidget*'
    }
}

Describe 'Find-HelpProblem and -WhatIf/-Confirm' {
    It 'accepts them described on a cmdlet that supports ShouldProcess, and only there' {
        $help = ConvertFrom-HelpMarkdown $good
        $help.Parameters['WhatIf'] = @('Shows what would happen.')
        $help.Parameters['Confirm'] = @('Asks first.')
        $meta = New-WidgetMetadata
        $meta | Add-Member SupportsShouldProcess $true
        @(Find-HelpProblem -Help @{ 'Get-CircleWidget' = $help } -Metadata @($meta)) | Should -BeNullOrEmpty
        $meta.SupportsShouldProcess = $false
        @(Find-HelpProblem -Help @{ 'Get-CircleWidget' = $help } -Metadata @($meta)) | Should -HaveCount 2
    }
}

Describe 'ConvertTo-Maml' {
    BeforeAll {
        $path = Join-Path $TestDrive 'Widget.dll-Help.xml'
        ConvertTo-Maml -Help @{ 'Get-CircleWidget' = ConvertFrom-HelpMarkdown $good } -Metadata @(New-WidgetMetadata) -Path $path
        $xml = [xml](Get-Content -Raw $path)
        function Select-Maml([string] $XPath) { , @(Select-Xml -Xml $xml -XPath $XPath -Namespace $ns | ForEach-Object Node) }
    }

    It 'writes details, description and examples from the markdown' {
        (Select-Maml '//command:details/command:name')[0].InnerText | Should -Be 'Get-CircleWidget'
        (Select-Maml '//command:details/maml:description/maml:para')[0].InnerText | Should -Be 'Gets widgets.'
        (Select-Maml '//command:command/maml:description/maml:para').InnerText | Should -Be @('First paragraph continues here.', 'Second paragraph.')
        (Select-Maml '//command:example/dev:code').InnerText | Should -Be @('Get-CircleWidget gh/acme/api', "`$w = Get-CircleWidget gh/acme/api`n`$w.Name")
        (Select-Maml '//maml:navigationLink/maml:uri')[0].InnerText | Should -Be 'https://circleci.com/docs/api/v2/'
    }

    It 'takes parameter facts from the metadata: required, position, pipeline input, aliases, type' {
        $slug = (Select-Maml "//command:parameters/command:parameter[maml:name='ProjectSlug']")[0]
        $slug.required | Should -Be 'true'
        $slug.position | Should -Be '0'
        $slug.pipelineInput | Should -Be 'True (ByPropertyName, ByValue)'
        $slug.aliases | Should -Be 'Slug'
        $slug.variableLength | Should -Be 'true'
        (Select-Maml "//command:parameters/command:parameter[maml:name='Session']/@position").Value | Should -Be 'named'
        (Select-Maml "//command:parameters/command:parameter[maml:name='Session']/command:parameterValue").InnerText | Should -Be 'CircleCi.PowerShell.Core.CircleSession'
        (Select-Maml '//command:returnValue/dev:type/maml:name').InnerText | Should -Be 'CircleCi.PowerShell.Models.Widget'
    }

    It 'writes one syntax item per parameter set with the parameters of that set' {
        $items = Select-Maml '//command:syntax/command:syntaxItem'
        $items | Should -HaveCount 2
        @(Select-Xml -Xml $items[0] -XPath 'command:parameter/maml:name' -Namespace $ns | ForEach-Object { $_.Node.InnerText }) | Should -Be @('ProjectSlug', 'Session')
        @(Select-Xml -Xml $items[1] -XPath 'command:parameter/maml:name' -Namespace $ns | ForEach-Object { $_.Node.InnerText }) | Should -Be @('Session')
    }
}

Describe 'ConvertTo-AboutTopic' {
    It 'writes the about_*.help.txt layout: capital section names, text wrapped at 80 and indented' {
        $text = ConvertTo-AboutTopic -Path (Join-Path $fixtures 'Good/about_Widget.md')
        $lines = $text -split "`n"
        $lines[0..1] | Should -Be @('TOPIC', '    about_Widget')
        $lines | Should -Contain 'SHORT DESCRIPTION'
        $lines | Should -Contain '    Widgets in short.'
        $lines | Should -Contain '    - a list item'
        $lines | Should -Contain '        Get-CircleWidget'
        ($lines | Measure-Object -Maximum Length).Maximum | Should -BeLessOrEqual 80
    }

    It 'refuses a topic without a long description' {
        $file = Join-Path $TestDrive 'about_Bad.md'
        Set-Content $file "# about_Bad`n`n## Short description`nShort."
        { ConvertTo-AboutTopic -Path $file } | Should -Throw -ExpectedMessage "*about_Bad.md: missing section '## Long description'."
    }
}

Describe 'Build-Help.ps1 against the built module' {
    It 'fails the build naming each exported cmdlet that has no help file' {
        # A source tree holding one help file: every other exported cmdlet lacks help.
        $source = Join-Path $TestDrive 'src'
        New-Item -ItemType Directory -Force (Join-Path $source 'Cmdlets/Project'), (Join-Path $source 'Help') | Out-Null
        Copy-Item (Join-Path $repo 'src/CircleCi.PowerShell/Cmdlets/Project/Get-CircleProject.md') (Join-Path $source 'Cmdlets/Project')
        Copy-Item (Join-Path $fixtures 'Good/about_Widget.md') (Join-Path $source 'Help/about_CircleCi.md')
        $failure = {
            & (Join-Path $repo 'build/Build-Help.ps1') -SourceRoot $source -Destination (Join-Path $TestDrive 'en-US') `
                -ModuleName CircleCi.PowerShell -ModulePath $env:CIRCLECI_TEST_MODULE 3>$null
        } | Should -Throw -PassThru
        $failure.Exception.Message | Should -BeLike '*Help is incomplete*Get-CircleUser: no help file. Add Cmdlets/<Area>/Get-CircleUser.md*'
        $failure.Exception.Message | Should -Not -BeLike '*Get-CircleProject: no help file*'
        Test-Path (Join-Path $TestDrive 'en-US') | Should -BeFalse
    }
}
