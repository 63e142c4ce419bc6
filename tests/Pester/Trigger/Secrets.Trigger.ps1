# Invocations of the trigger cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleTrigger'    = { Get-CircleTrigger (Get-CircleProject gh/acme/api).Id -TriggerId ([guid]::NewGuid()) @args }
    'New-CircleTrigger'    = { New-CircleTrigger (Get-CircleProject gh/acme/api).Id ([guid]::NewGuid()) -EventSource webhook -Confirm:$false @args }
    'Set-CircleTrigger'    = { Set-CircleTrigger (Get-CircleProject gh/acme/api).Id ([guid]::NewGuid()) -Disabled $true -Confirm:$false @args }
    'Remove-CircleTrigger' = { Remove-CircleTrigger (Get-CircleProject gh/acme/api).Id ([guid]::NewGuid()) -Confirm:$false @args }
}
