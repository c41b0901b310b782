#!/bin/sh
# Install hirebridge for the current user (Linux, macOS) and register it with the browsers.
#
#   installer/install.sh --extension-id <id> [--browser chrome ...] [--system]
#   installer/install.sh --uninstall
#   HIREBRIDGE_BINARY=/path/to/hirebridge installer/install.sh ...   (skip the build)
#
# From a source checkout it builds the release binary first; next to a prebuilt `hirebridge`
# binary it uses that one. The binary is copied to a stable place, because browsers start
# whatever path the manifest names: a binary left in target/ or ~/Downloads breaks on the
# next `cargo clean` or tidy-up.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

system=no
for arg in "$@"; do
    [ "$arg" = "--system" ] && system=yes
done
case "$(uname -s)/$system" in
    Darwin/no) bindir="$HOME/Library/Application Support/hirebridge/bin" ;;
    Darwin/yes) bindir="/Library/Application Support/hirebridge/bin" ;;
    */yes) bindir="/opt/hirebridge/bin" ;;
    *) bindir="${XDG_DATA_HOME:-$HOME/.local/share}/hirebridge/bin" ;;
esac
target="$bindir/hirebridge"

if [ "${1:-}" = "--uninstall" ]; then
    shift
    if [ -x "$target" ]; then
        "$target" uninstall "$@"
        rm -f "$target"
        rmdir "$bindir" 2>/dev/null || true
        echo "removed $target (config and resume store are kept)"
    else
        echo "hirebridge is not installed at $target" >&2
        exit 1
    fi
    exit 0
fi

if [ -n "${HIREBRIDGE_BINARY:-}" ]; then
    # An already built binary (CI, packagers, tests).
    source_bin="$HIREBRIDGE_BINARY"
elif [ -f "$root/Cargo.toml" ]; then
    echo "building hirebridge (release) in $root ..."
    (cd "$root" && cargo build --release)
    source_bin="$root/target/release/hirebridge"
elif [ -x "$here/hirebridge" ]; then
    source_bin="$here/hirebridge"
elif [ -x "$root/hirebridge" ]; then
    source_bin="$root/hirebridge"
else
    echo "no hirebridge binary next to this script and no source checkout at $root" >&2
    exit 1
fi

mkdir -p "$bindir"
# Copy then rename: a browser may be running the old binary right now.
cp "$source_bin" "$target.new"
chmod 755 "$target.new"
mv -f "$target.new" "$target"
echo "installed $target"

exec "$target" install "$@"
