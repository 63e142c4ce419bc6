# Picks the build for this PowerShell: net8.0 on PowerShell 7.4+, netstandard2.0 on Windows PowerShell 5.1.
# CIRCLECI_POWERSHELL_FRAMEWORK=netstandard2.0 forces the 5.1 build under pwsh 7 (the test suite runs both builds).
$framework = $env:CIRCLECI_POWERSHELL_FRAMEWORK
if (-not $framework) {
    if ($PSEdition -eq 'Core') {
        if ($PSVersionTable.PSVersion -lt [version]'7.4') {
            throw "CircleCi.PowerShell needs PowerShell 7.4 or later (or Windows PowerShell 5.1); this is $($PSVersionTable.PSVersion)."
        }
        $framework = 'net8.0'
    }
    else {
        $framework = 'netstandard2.0'
    }
}
$binary = Import-Module -Name ([IO.Path]::Combine($PSScriptRoot, 'bin', $framework, 'CircleCi.PowerShell.dll')) -PassThru -ErrorAction Stop
Export-ModuleMember -Cmdlet @($binary.ExportedCmdlets.Keys)

# Tab completion by parameter name for every cmdlet that has the parameter, so a new cmdlet completes project slugs,
# organizations, workflow names and branches without an attribute. The completers read the session's cache only.
$completers = @{ ProjectSlug = 'ProjectSlugCompleter'; OrgSlug = 'OrgSlugCompleter'; WorkflowName = 'WorkflowNameCompleter'; Branch = 'BranchCompleter' }
foreach ($entry in $completers.GetEnumerator()) {
    $commands = @($binary.ExportedCmdlets.Values | Where-Object { $_.Parameters.ContainsKey($entry.Key) } | ForEach-Object Name)
    if (-not $commands) { continue }
    $completer = [Activator]::CreateInstance(("CircleCi.PowerShell.Cmdlets." + $entry.Value) -as [type])
    $complete = {
        param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
        $completer.CompleteArgument($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
    }.GetNewClosure()
    Register-ArgumentCompleter -CommandName $commands -ParameterName $entry.Key -ScriptBlock $complete
}
