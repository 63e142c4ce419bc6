# Invocations of the Policy cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CirclePolicy'                = { Get-CirclePolicy (Get-CircleProject gh/acme/api).OrganizationId @args }
    'Get-CirclePolicyDecisionSetting' = { Get-CirclePolicyDecisionSetting (Get-CircleProject gh/acme/api).OrganizationId @args }
    'Set-CirclePolicyDecisionSetting' = { Set-CirclePolicyDecisionSetting (Get-CircleProject gh/acme/api).OrganizationId -Enabled $true -Confirm:$false @args }
    'Get-CirclePolicyDecision'        = { Get-CirclePolicyDecision (Get-CircleProject gh/acme/api).OrganizationId -Status HARD_FAIL @args }
    'Get-CirclePolicyDecisionBundle'  = { Get-CirclePolicyDecision (Get-CircleProject gh/acme/api).OrganizationId | Select-Object -First 1 | Get-CirclePolicyDecisionBundle @args }
    'Test-CirclePolicyDecision'       = { Test-CirclePolicyDecision (Get-CircleProject gh/acme/api).OrganizationId -Content "version: 2.1`n" -Metadata @{ branch = 'main' } @args }
    'Publish-CirclePolicyBundle'      = { Publish-CirclePolicyBundle (Get-CircleProject gh/acme/api).OrganizationId -Policy @{ p = "package org`npolicy_name[`"p`"]`n" } -DryRun @args }
}
