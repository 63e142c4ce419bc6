# Invocations of the Rollback cmdlet for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Invoke-CircleRollback' = { Invoke-CircleRollback (Get-CircleProject gh/acme/api).Id -EnvironmentName staging -ComponentName api -CurrentVersion 1.1.0 -TargetVersion 1.0.0 -Confirm:$false @args }
}
