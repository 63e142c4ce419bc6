# Invocations of the project administration cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'New-CircleProject'                = { New-CircleProject -Organization gh/acme -Name secrets-test @args }
    'Remove-CircleProject'             = { Remove-CircleProject gh/acme/web -Confirm:$false @args }
    'Get-CircleProjectSetting'         = { Get-CircleProjectSetting gh/acme/api @args }
    'Set-CircleProjectSetting'         = { Set-CircleProjectSetting gh/acme/api -Oss $true -PassThru @args }
    'Get-CircleEnvironmentVariable'    = { Get-CircleEnvironmentVariable gh/acme/api @args }
    'Set-CircleEnvironmentVariable'    = { Set-CircleEnvironmentVariable gh/acme/api -Name SECRET_TEST -Value 'never-shown-0001' -PassThru @args }
    'Remove-CircleEnvironmentVariable' = { Remove-CircleEnvironmentVariable gh/acme/api -Name NPM_TOKEN -Confirm:$false @args }
    'Get-CircleCheckoutKey'            = { Get-CircleCheckoutKey gh/acme/api @args }
    'New-CircleCheckoutKey'            = { New-CircleCheckoutKey gh/acme/api @args }
    'Remove-CircleCheckoutKey'         = { Get-CircleCheckoutKey gh/acme/api | Remove-CircleCheckoutKey -Confirm:$false @args }
}
