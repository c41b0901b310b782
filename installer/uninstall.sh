#!/bin/sh
# Remove hirebridge's browser registrations and its installed binary (keeps config and data).
exec "$(cd "$(dirname "$0")" && pwd)/install.sh" --uninstall "$@"
