# Invocations of the Deploy cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleDeployEnvironment'      = { Get-CircleDeployEnvironment (Get-CircleProject gh/acme/api).OrganizationId @args }
    'Get-CircleDeployComponent'        = { Get-CircleDeployComponent (Get-CircleProject gh/acme/api).OrganizationId @args }
    'Get-CircleDeployComponentVersion' = { Get-CircleDeployComponentVersion ([guid]'00000000-0000-0000-0000-000000000001') @args }
}
