# Run by Package.Tests.ps1 in a fresh pwsh whose HOME is an empty folder: registers the folder holding the .nupkg as
# a PSResourceGet repository and installs the module from it, as a user would from the Gallery.
param([Parameter(Mandatory)] [string] $PackageFolder)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name CircleCiLocal -Uri $PackageFolder -Trusted
Install-PSResource -Name CircleCi.PowerShell -Repository CircleCiLocal -Scope CurrentUser -TrustRepository -Quiet
(Get-InstalledPSResource -Name CircleCi.PowerShell -Scope CurrentUser).InstalledLocation
