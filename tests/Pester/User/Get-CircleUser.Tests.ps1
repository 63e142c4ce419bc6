BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleUser' {
    It 'returns the signed-in user as a typed object' {
        $me = Get-CircleUser
        $me | Should -BeOfType ([CircleCi.PowerShell.Models.User])
        $me.Login | Should -Be 'ada'
        $me.Id | Should -Not -Be ([guid]::Empty)
    }

    It 'gets users by id, also from the pipeline, with a per-item error for an unknown id' {
        $me = Get-CircleUser
        $users = $me, [pscustomobject]@{ UserId = [guid]::NewGuid() } | Get-CircleUser -ErrorVariable userErrors -ErrorAction SilentlyContinue
        $users.Login | Should -Be 'ada'
        $userErrors.Count | Should -Be 1
        $userErrors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Get-CircleCollaboration' {
    It 'lists the organizations with their slugs' {
        $orgs = Get-CircleCollaboration
        $orgs.Slug | Should -Contain 'gh/acme'
        $orgs[0] | Should -BeOfType ([CircleCi.PowerShell.Models.Collaboration])
        $orgs[0].VcsType | Should -Not -BeNullOrEmpty
    }
}
