# Invocations of the Artifact cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleArtifact'  = {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9001 -Artifact @{ path = 'a.txt'; content = 'a' } | Out-Null
        Get-CircleArtifact gh/acme/api 9001 @args
    }
    'Save-CircleArtifact' = {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9001 -Artifact @{ path = 'a.txt'; content = 'a' } | Out-Null
        Save-CircleArtifact (Join-Path $TestDrive 'secrets-artifacts') gh/acme/api 9001 -Force @args
    }
}
