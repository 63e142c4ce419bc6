# Invocations of the Group cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleGroup'    = { Get-CircleGroup (Get-CircleCollaboration | Where-Object Slug -EQ gh/acme).Id @args }
    'New-CircleGroup'    = { New-CircleGroup (Get-CircleCollaboration | Where-Object Slug -EQ gh/acme).Id -Name "g$(Get-Random)" -Confirm:$false @args }
    'Remove-CircleGroup' = { Get-CircleGroup (Get-CircleCollaboration | Where-Object Slug -EQ gh/acme).Id -MaxPages 1 -ErrorAction SilentlyContinue | Select-Object -First 1 | Remove-CircleGroup -Confirm:$false @args }
}
