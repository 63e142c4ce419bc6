# Invocations of the Usage cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'New-CircleUsageExport' = { New-CircleUsageExport (Get-CircleProject gh/acme/api).OrganizationId (Get-Date).AddDays(-3) (Get-Date) -Wait -PollInterval 0 -Confirm:$false @args }
    'Get-CircleUsageExport' = { Get-CircleUsageExport (Get-CircleProject gh/acme/api).OrganizationId ([guid]'00000000-0000-0000-0000-000000000001') @args }
}
