BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    function New-Policy([string] $Name, [string] $Rule = 'require_orbs["acme/security"]') { "package org`n`npolicy_name[`"$Name`"]`n`n$Rule`n" }
}

Describe 'Publish-CirclePolicyBundle' {
    BeforeEach {
        Connect-TestCircle
        $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid())) -Force
        New-Item -ItemType Directory -Path (Join-Path $folder 'jobs') | Out-Null
        Set-Content (Join-Path $folder 'require_security_orb.rego') (New-Policy require_security_orb 'require_orbs["acme/security@2"]')
        Set-Content (Join-Path $folder 'jobs/no_ssh.rego') (New-Policy no_ssh)
        Set-Content (Join-Path $folder 'jobs/no_ssh_test.rego') 'package org'
        $script:Folder = $folder.FullName
        Clear-CircleEmulatorRequest
    }

    It 'answers the diff of a dry run without asking or changing anything' {
        $diff = Publish-CirclePolicyBundle $OrgId $Folder -DryRun
        $diff | Should -BeOfType ([CircleCi.PowerShell.Models.PolicyBundleDiff])
        $diff.Created | Should -Be @('no_ssh')
        $diff.Modified | Should -Be @('require_security_orb')
        $diff.Deleted | Should -BeNullOrEmpty
        $diff.DryRun | Should -BeTrue
        $request = Get-CircleEmulatorRequest
        $request.query | Should -Be 'dry=true'
        (Get-CirclePolicy $OrgId).Content | Should -Match 'acme/security"\]'
    }

    It 'replaces the bundle with the folder''s policies, leaving out OPA tests' {
        $diff = Publish-CirclePolicyBundle $OrgId $Folder -Confirm:$false
        $diff.DryRun | Should -BeFalse
        $diff.Created | Should -Be @('no_ssh')
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be "/api/v2/owner/$OrgId/context/config/policy-bundle"
        $request.status | Should -Be 201
        $sent = ($request.body | ConvertFrom-Json -AsHashtable).policies
        @($sent.Keys | Sort-Object) | Should -Be @('jobs/no_ssh', 'require_security_orb')
        $policies = Get-CirclePolicy $OrgId
        $policies.Name | Should -Be @('no_ssh', 'require_security_orb')
        $policies[0].CreatedBy | Should -Be 'ada'
    }

    It 'publishes a hashtable, and @{} deletes every policy' {
        (Publish-CirclePolicyBundle $OrgId -Policy @{ only = (New-Policy only) } -Confirm:$false).Deleted | Should -Be @('require_security_orb')
        (Get-CirclePolicy $OrgId).Name | Should -Be 'only'
        (Publish-CirclePolicyBundle $OrgId -Policy @{} -Confirm:$false).Deleted | Should -Be @('only')
        @(Get-CirclePolicy $OrgId) | Should -HaveCount 0
    }

    It 'sends nothing with -WhatIf, dry run or not' {
        Publish-CirclePolicyBundle $OrgId $Folder -WhatIf | Should -BeNullOrEmpty
        Publish-CirclePolicyBundle $OrgId $Folder -DryRun -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses a missing folder, a folder without policies and a policy without source before sending anything' {
        { Publish-CirclePolicyBundle $OrgId (Join-Path $TestDrive nowhere) -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.PolicyFolderNotFound,*'
        $empty = New-Item -ItemType Directory -Path (Join-Path $TestDrive "empty-$([guid]::NewGuid())")
        $err = { Publish-CirclePolicyBundle $OrgId $empty.FullName -Confirm:$false } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CircleCi.NoPolicyFiles*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        { Publish-CirclePolicyBundle $OrgId -Policy @{ broken = 42 } -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.InvalidPolicy,*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'carries CircleCI''s refusals: bad Rego, a reader, a bundle too large' {
        Publish-CirclePolicyBundle $OrgId -Policy @{ wrong = 'package main' } -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].ErrorDetails.Message | Should -Match 'package org'
        Publish-CirclePolicyBundle $OrgId -Policy @{ huge = (New-Policy huge) + ('#' * 2.6MB) } -Confirm:$false -ErrorVariable large -ErrorAction SilentlyContinue
        $large[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $large[0].ErrorDetails.Message | Should -Match 'too large'
        (Get-CirclePolicy $OrgId).Name | Should -Be 'require_security_orb'
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Publish-CirclePolicyBundle $OrgId $Folder -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
