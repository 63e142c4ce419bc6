# Invocations of the Organization cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'New-CircleOrganization'            = { New-CircleOrganization -Name "secrets-$(Get-Random)" -Confirm:$false @args }
    'Remove-CircleOrganization'         = { New-CircleOrganization -Name "gone-$(Get-Random)" -Confirm:$false -ErrorAction SilentlyContinue | Remove-CircleOrganization -Confirm:$false @args }
    'Get-CircleUrlOrbAllowList'         = { Get-CircleUrlOrbAllowList gh/acme @args }
    'Add-CircleUrlOrbAllowListEntry'    = { Add-CircleUrlOrbAllowListEntry gh/acme -Name orbs -Prefix https://orbs.example/ -Confirm:$false @args }
    'Remove-CircleUrlOrbAllowListEntry' = { Remove-CircleUrlOrbAllowListEntry gh/acme -EntryId 00000000-0000-0000-0000-000000000001 -Confirm:$false @args }
}
