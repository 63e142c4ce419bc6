# Invocations of the Job cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1). Seeded gh/acme/api job 1
# is finished; pipeline #100's build-and-test still has running jobs.
@{
    'Get-CircleJob'        = { Get-CircleJob -ProjectSlug gh/acme/api -JobNumber 1 @args }
    'Stop-CircleJob'       = { Get-CirclePipeline gh/acme/api -Number 100 | Get-CircleWorkflow -Name build-and-test | Get-CircleJob | Where-Object Status -EQ running | Stop-CircleJob -Confirm:$false @args }
    'Restart-CircleJob'    = { Restart-CircleJob -ProjectSlug gh/acme/api -JobNumber 1 -EnableSsh -Confirm:$false @args }
    'Get-CircleJobLog'     = { Get-CircleJobLog -ProjectSlug gh/acme/api -JobNumber 1 @args }
    'Get-CircleTestResult' = { Get-CircleTestResult -ProjectSlug gh/acme/api -JobNumber 1 @args }
    'Get-CircleFailure'    = { Get-CircleFailure -ProjectSlug gh/acme/api -JobNumber 1 @args }
    'Export-CircleTestResult' = { Export-CircleTestResult -Path (Join-Path ([IO.Path]::GetTempPath()) "junit-$([guid]::NewGuid()).xml") -ProjectSlug gh/acme/api -JobNumber 1 @args }
}
