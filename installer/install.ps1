# Install hirebridge for the current user on Windows and register it with the browsers.
#
#   powershell -ExecutionPolicy Bypass -File installer\install.ps1 -ExtensionId <id> [-Browser chrome,edge] [-System]
#   powershell -ExecutionPolicy Bypass -File installer\install.ps1 -Uninstall
#
# From a source checkout it builds the release binary first; next to a prebuilt hirebridge.exe it
# uses that one. The binary is copied to %LOCALAPPDATA%\hirebridge\bin because the registry keys
# name a fixed path. Some endpoint-protection products block executables under AppData; if
# "Error when communicating with the native messaging host" appears, see README (troubleshooting).
[CmdletBinding()]
param(
    [string[]]$ExtensionId = @(),
    [string[]]$Browser = @(),
    [switch]$System,
    [switch]$Uninstall
)
# Uninstall: pass -System too if you installed with -System (the binary lives elsewhere).
$ErrorActionPreference = 'Stop'

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$root = Split-Path -Parent $here
# Machine-wide registrations (HKLM) must name a binary every user can run.
if ($System) { $binDir = Join-Path $env:ProgramFiles 'hirebridge\bin' }
else { $binDir = Join-Path $env:LOCALAPPDATA 'hirebridge\bin' }
$target = Join-Path $binDir 'hirebridge.exe'

if ($Uninstall) {
    if (-not (Test-Path $target)) { Write-Error "hirebridge is not installed at $target" }
    & $target uninstall
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Remove-Item -Force $target
    Remove-Item -Force $binDir -ErrorAction SilentlyContinue
    Write-Host "removed $target (config and resume store are kept)"
    exit 0
}

if ($env:HIREBRIDGE_BINARY) {
    $source = $env:HIREBRIDGE_BINARY
} elseif (Test-Path (Join-Path $root 'Cargo.toml')) {
    Write-Host "building hirebridge (release) in $root ..."
    Push-Location $root
    try { cargo build --release; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } } finally { Pop-Location }
    $source = Join-Path $root 'target\release\hirebridge.exe'
} elseif (Test-Path (Join-Path $here 'hirebridge.exe')) {
    $source = Join-Path $here 'hirebridge.exe'
} elseif (Test-Path (Join-Path $root 'hirebridge.exe')) {
    $source = Join-Path $root 'hirebridge.exe'
} else {
    Write-Error "no hirebridge.exe next to this script and no source checkout at $root"
}

New-Item -ItemType Directory -Force -Path $binDir | Out-Null
# A running host keeps the old .exe locked; renaming it away still works on Windows.
if (Test-Path $target) {
    $old = "$target.old"
    Remove-Item -Force $old -ErrorAction SilentlyContinue
    Move-Item -Force $target $old
}
Copy-Item -Force $source $target
Write-Host "installed $target"

$installArgs = @('install')
foreach ($id in $ExtensionId) { $installArgs += @('--extension-id', $id) }
foreach ($b in $Browser) { $installArgs += @('--browser', $b) }
if ($System) { $installArgs += '--system' }
& $target @installArgs
exit $LASTEXITCODE
