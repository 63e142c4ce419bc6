# Invocations of the OIDC cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleOidcClaim'    = { Get-CircleProject gh/acme/api | Get-CircleOidcClaim @args }
    'Set-CircleOidcClaim'    = { Get-CircleProject gh/acme/api | Set-CircleOidcClaim -Audience sts.amazonaws.com -Ttl 1h -Confirm:$false @args }
    'Remove-CircleOidcClaim' = { Get-CircleProject gh/acme/api | Remove-CircleOidcClaim -Claim ttl -Confirm:$false @args }
}
