# Invocations of the Policy cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CirclePolicy'                = { Get-CirclePolicy (Get-CircleProject gh/acme/api).OrganizationId @args }
    'Get-CirclePolicyDecisionSetting' = { Get-CirclePolicyDecisionSetting (Get-CircleProject gh/acme/api).OrganizationId @args }
    'Set-CirclePolicyDecisionSetting' = { Set-CirclePolicyDecisionSetting (Get-CircleProject gh/acme/api).OrganizationId -Enabled $true -Confirm:$false @args }
}
