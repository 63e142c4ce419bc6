# Helpers of HostileInput.Tests.ps1: the hostile values, valid values for the other parameters, the calls and the checks.

# One of each kind: '..' as a whole segment and behind a valid one ('a/../../b'; '../../x' was both at once).
$script:HostileValues = [ordered]@{
    'empty'              = ''
    'whitespace'         = "  `t "
    '10,000 characters'  = 'a' * 10000
    'NUL'                = "a`0b"
    'newline'            = "a`nb"
    'ANSI escape'        = "`e[31mred"
    '..'                 = '..'
    '%2F'                = '%2F'
    'a/../../b'          = 'a/../../b'
}
$script:HostileSlugValues = [ordered]@{
    'gh/../x'  = 'gh/../x'
    'gh/a/%2F' = 'gh/a/%2F'
}

# Found by this test and not fixed yet: these parameters are left out until they are (each entry says what goes wrong).
$script:KnownIssues = @{
}

function Test-HostileInputParameter([System.Management.Automation.ParameterMetadata] $Parameter) {
    <# String-ish parameters, and those that name a slug, a name or an id whatever their type. #>
    $type = $Parameter.ParameterType
    if ($Parameter.Name -eq 'Session') { return $false }
    $type -eq [string] -or $type -eq [string[]] -or $Parameter.Name -match '(Slug|Name|Id|Ids|Organization)$'
}

function Get-HostileInputValidValues($Session, [string] $Folder) {
    <# One valid value per parameter name, from what the emulator has seeded. #>
    $project = Get-CircleProject gh/acme/api -Session $Session
    $pipeline = Get-CirclePipeline gh/acme/api -MaxPages 1 -Session $Session | Where-Object State -NE 'errored' | Select-Object -First 1
    $workflow = Get-CircleWorkflow -PipelineId $pipeline.Id -Session $Session | Select-Object -First 1
    $job = Get-CircleJob -WorkflowId $workflow.Id -Session $Session | Where-Object JobNumber | Select-Object -First 1
    $config = Join-Path $Folder 'config.yml'
    Set-Content -Path $config -Value 'version: 2.1'
    $secret = ConvertTo-SecureString 'hostile-test-value' -AsPlainText -Force
    @{
        ProjectSlug = 'gh/acme/api'; OrgSlug = 'gh/acme'; Organization = 'gh/acme'
        OrgId = $project.OrganizationId; OwnerId = "$($project.OrganizationId)"; ProjectId = $project.Id
        PipelineId = $pipeline.Id; Id = $pipeline.Id; Number = $pipeline.Number
        WorkflowId = $workflow.Id; WorkflowName = $workflow.Name; JobNumber = $job.JobNumber; JobId = $job.Id; Job = @($job.Id)
        FromFailed = $true; Branch = 'main'; Tag = 'v1.0.0'
        ContextId = [guid]::NewGuid(); ApprovalRequestId = [guid]::NewGuid(); ComponentId = [guid]::NewGuid()
        EnvironmentId = [guid]::NewGuid(); GroupId = [guid]::NewGuid(); PipelineDefinitionId = [guid]::NewGuid()
        TriggerId = [guid]::NewGuid(); ScheduleId = [guid]::NewGuid(); WebhookId = [guid]::NewGuid()
        RestrictionId = [guid]::NewGuid(); UsageExportJobId = [guid]::NewGuid()
        Name = 'HOSTILE_TEST'; Value = $secret; SigningSecret = $secret; Variable = @{ HOSTILE_TEST = 'x' }
        Prefix = 'https://example.com/orbs/'; Url = 'https://example.com/hook'; Claim = 'audience'
        DecisionId = 'decision-1'; EntryId = 'entry-1'; Fingerprint = 'SHA256:abc'
        EnvironmentName = 'production'; ComponentName = 'api'; CurrentVersion = '1.0.0'; TargetVersion = '0.9.0'
        RepoExternalId = '12345'; ContinuationKey = 'continuation-key'; Configuration = 'version: 2.1'; ConfigurationPath = $config
        Content = 'version: 2.1'; Policy = @{ 'hostile.rego' = 'package org' }; Enabled = $true
        Start = [datetime]::UtcNow.AddDays(-3); End = [datetime]::UtcNow.AddDays(-1)
        Path = Join-Path $Folder 'results.xml'; Destination = Join-Path $Folder 'artifacts'
    }
}

function Get-HostileInputRoute([System.Management.Automation.CommandInfo] $Command) {
    <# The method and a path pattern of each operation the cmdlet declares; each placeholder is one segment (a project
       slug three, an org slug two), and no segment may be '.' or '..'. #>
    $segment = '(?!\.\.?(?:/|$))[^/]+'
    foreach ($attribute in $Command.ImplementingType.GetCustomAttributes([CircleCi.PowerShell.Cmdlets.CircleApiOperationAttribute], $false)) {
        $route = [CircleCi.PowerShell.Api.ApiRoutes]::Find($attribute.Route)
        $prefix = if ($route.Version -eq 'V2') { '/api/v2' } else { '/api/v1.1' }
        $pattern = foreach ($part in [regex]::Split($route.Template, '(\{[^}]+\})')) {
            switch -Regex ($part) {
                '^\{project-slug\}$' { "$segment/$segment/$segment"; break }
                '^\{org-slug\}$' { "$segment/$segment"; break }
                '^\{org-slug-or-id\}$' { "$segment(?:/$segment)?"; break }
                '^\{.+\}$' { $segment; break }
                default { [regex]::Escape($part) }
            }
        }
        [pscustomobject]@{ Name = $route.Name; Method = $route.Method.Method; Pattern = '^' + $prefix + ($pattern -join '') + '$' }
    }
}

function Test-HostileInputRequest($Request, $Routes) {
    # As CircleCI (and the emulator's contract check) read it: an escaped slash separates segments too.
    $path = $Request.path -replace '%2F', '/'
    foreach ($route in $Routes) {
        if ($Request.method -eq $route.Method -and $path -cmatch $route.Pattern) { return $true }
    }
    $false
}

function Get-HostileInputCase([System.Management.Automation.CommandInfo] $Command, [hashtable] $Valid, [hashtable] $Always) {
    <# For each hostile parameter and value: the parameters of a call, with valid values for the other mandatory
       parameters of a parameter set that has the hostile one (a ValidateSet's first value when the table has none). #>
    $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    foreach ($parameter in $Command.Parameters.Values) {
        if ($common -contains $parameter.Name -or -not (Test-HostileInputParameter $parameter)) { continue }
        $values = $script:HostileValues
        if ($parameter.Name -match 'Slug$|^Organization$|^OwnerId$') {
            $values = [ordered]@{} + $script:HostileValues
            foreach ($key in $script:HostileSlugValues.Keys) { $values[$key] = $script:HostileSlugValues[$key] }
        }
        $chosen = $null; $missing = @()
        foreach ($set in $Command.ParameterSets | Where-Object { $_.Parameters.Name -contains $parameter.Name }) {
            $others = @{}; $lacking = @()
            foreach ($other in $set.Parameters | Where-Object { $_.IsMandatory -and $_.Name -ne $parameter.Name }) {
                $validate = $other.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
                if ($Valid.ContainsKey($other.Name)) { $others[$other.Name] = $Valid[$other.Name] }
                elseif ($validate) { $others[$other.Name] = $validate.ValidValues[0] }
                else { $lacking += $other.Name }
            }
            if ($lacking.Count -eq 0) { $chosen = $others; break }
            $missing += "$($set.Name): $($lacking -join ', ')"
        }
        if ($null -eq $chosen) {
            [pscustomobject]@{ Parameter = $parameter.Name; Problem = "-$($parameter.Name): no valid values for the other mandatory parameters ($($missing -join '; '))" }
            continue
        }
        foreach ($label in $values.Keys) {
            $call = @{} + $chosen
            if ($Always.ContainsKey($Command.Name)) { foreach ($key in $Always[$Command.Name].Keys) { $call[$key] = $Always[$Command.Name][$key] } }
            $call[$parameter.Name] = $values[$label]
            [pscustomobject]@{ Parameter = $parameter.Name; Label = $label; Parameters = $call; Problem = $null }
        }
    }
}

function Invoke-HostileInputCase([string] $Name, [hashtable] $Splat) {
    <# Calls the cmdlet; returns what is wrong with how it ended (nothing when all is well). #>
    $errors = @()
    try {
        $null = & $Name @Splat -ErrorAction SilentlyContinue -ErrorVariable +errors -WarningAction SilentlyContinue -InformationAction Ignore
    }
    catch {
        $errors += $_
    }
    foreach ($record in $errors) {
        # -ErrorVariable holds a terminating error as its exception; its record is the one to judge.
        if ($record -is [System.Management.Automation.IContainsErrorRecord]) { $record = $record.ErrorRecord }
        if ($record -isnot [System.Management.Automation.ErrorRecord]) { "a $($record.GetType().Name) instead of an ErrorRecord"; continue }
        $id = ($record.FullyQualifiedErrorId -split ',')[0]
        $message = if ($record.ErrorDetails -and $record.ErrorDetails.Message) { $record.ErrorDetails.Message } else { $record.Exception.Message }
        $shown = if ($message.Length -gt 160) { $message.Substring(0, 160) + '...' } else { $message }
        if ($record.CategoryInfo.Category -eq 'NotSpecified') { "category NotSpecified ($($record.FullyQualifiedErrorId): $shown)" }
        elseif (-not $id -or $id -match '^(System|Microsoft)\.|Exception$') { "a raw .NET error id $($record.FullyQualifiedErrorId): $shown" }
        elseif ($message -match '(?m)^\s*at \S+\(') { "stack text in the message of $($record.FullyQualifiedErrorId)" }
    }
}
