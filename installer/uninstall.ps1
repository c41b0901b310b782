# Remove hirebridge's registry keys, manifests and installed binary (keeps config and data).
& (Join-Path (Split-Path -Parent $MyInvocation.MyCommand.Path) 'install.ps1') -Uninstall
exit $LASTEXITCODE
