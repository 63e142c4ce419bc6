# Invocations of the Context cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleContext'               = { Get-CircleContext gh/acme @args }
    'New-CircleContext'               = { New-CircleContext secrets-test -OrgSlug gh/acme @args }
    'Remove-CircleContext'            = { Get-CircleContext gh/acme -Name shared-01 | Remove-CircleContext -Confirm:$false @args }
    'Get-CircleContextVariable'       = { Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextVariable @args }
    'Set-CircleContextVariable'       = { Get-CircleContext gh/acme -Name deploy-prod | Set-CircleContextVariable -Name SECRET_TEST -Value 'never-shown-0002' -PassThru @args }
    'Remove-CircleContextVariable'    = { Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextVariable | Remove-CircleContextVariable -Confirm:$false @args }
    'Get-CircleContextRestriction'    = { Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextRestriction @args }
    'New-CircleContextRestriction'    = { Get-CircleContext gh/acme -Name deploy-prod | New-CircleContextRestriction -Type expression -Value 'true' @args }
    'Remove-CircleContextRestriction' = { Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextRestriction | Remove-CircleContextRestriction -Confirm:$false @args }
}
