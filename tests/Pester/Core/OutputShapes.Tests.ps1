# The same concept has one name on every object: an output object must not show the same value under two names
# unless one is a declared binding alias. Declared aliases are hidden members of the types file ([BindingAlias]): they
# still bind by property name and read as $_.PipelineId, but Format-List * and Export-Csv leave them out.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'OutputSamples.ps1')
    Connect-TestCircle
    $script:Samples = Get-OutputSample -PerType 3

    # Values that identify something: ids, numbers beyond small counts, longer strings.
    function Test-Identifying($Value) {
        ($Value -is [guid] -and $Value -ne [guid]::Empty) -or (($Value -is [long] -or $Value -is [int]) -and $Value -ge 1000) -or ($Value -is [string] -and $Value.Length -ge 12)
    }
    function Get-Duplicate($Object) {
        $props = @($Object.PSObject.Properties | Where-Object { $_.MemberType -in 'Property', 'NoteProperty' })
        for ($i = 0; $i -lt $props.Count; $i++) {
            $a = try { $props[$i].Value } catch { $null }
            if (-not (Test-Identifying $a)) { continue }
            for ($j = $i + 1; $j -lt $props.Count; $j++) {
                $b = try { $props[$j].Value } catch { $null }
                if ($null -ne $b -and $a.GetType() -eq $b.GetType() -and $a -eq $b) { "$($Object.GetType().Name): $($props[$i].Name) and $($props[$j].Name) are both '$a'" }
            }
        }
    }
}

Describe 'One name per concept' {
    It 'the enumeration finds the output types' {
        $script:Samples.Count | Should -BeGreaterThan 15
    }

    It 'no output object shows one value under two names unless one is a declared (hidden) alias' {
        $found = foreach ($list in $script:Samples.Values) { foreach ($o in $list) { Get-Duplicate $o } }
        @($found | Select-Object -Unique) | Should -BeNullOrEmpty
    }

    It 'catches an undeclared alias' {
        $pipeline = $script:Samples['CircleCi.PowerShell.Models.Pipeline'][0]
        $copy = [pscustomobject]@{ Id = $pipeline.Id; PipelineId = $pipeline.Id; Number = $pipeline.Number }
        Get-Duplicate $copy | Should -Be "PSCustomObject: Id and PipelineId are both '$($pipeline.Id)'"
    }

    It 'declared aliases still bind and read, but stay out of Format-List *, Export-Csv and ConvertTo-Json' {
        $workflow = $script:Samples['CircleCi.PowerShell.Models.Workflow'][0]
        $workflow.WorkflowId | Should -Be $workflow.Id
        ($workflow | Format-List * | Out-String) | Should -Not -Match '(?m)^WorkflowId\s*:'
        ($workflow | ConvertTo-Csv | Select-Object -First 1) | Should -Not -Match '"WorkflowId"'
        ($workflow | ConvertTo-Json -Compress) | Should -Not -Match '"WorkflowId"'
        @($workflow | Get-CircleJob).Count | Should -BeGreaterThan 0
    }
}
