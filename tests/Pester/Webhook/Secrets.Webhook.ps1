# Invocations of the Webhook cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleWebhook'    = { Get-CircleProject gh/acme/api | Get-CircleWebhook @args }
    'New-CircleWebhook'    = { Get-CircleProject gh/acme/api | New-CircleWebhook -Name secrets-test -Url https://hooks.example.com/x -SigningSecret 'never-shown-0003' @args }
    'Set-CircleWebhook'    = { Get-CircleProject gh/acme/api | Get-CircleWebhook | Set-CircleWebhook -SigningSecret 'never-shown-0004' -PassThru @args }
    'Remove-CircleWebhook' = { Get-CircleProject gh/acme/api | Get-CircleWebhook | Remove-CircleWebhook -Confirm:$false @args }
}
