# Shared by scripts/start and .ci/run (sourced, not executed): Debian packages and the project venv.
# Both scripts must bring a fresh Debian/Ubuntu machine to the same state, so the logic lives once.

# Libraries PySide6 needs even with QT_QPA_PLATFORM=offscreen (tests, headless export).
QT_OFFSCREEN_PACKAGES=(libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3)
# The xcb platform plugin a desktop session uses on top of those.
QT_DESKTOP_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
                     libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)

say() { printf '%s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo when it exists; otherwise fails.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 1
    fi
}

package_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = "installed" ]
}

# ensure_debian_packages PKG...: installs those not yet installed; apt-get update only if any are missing.
ensure_debian_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        warn "not a Debian/Ubuntu system (no dpkg-query); make sure these are installed: $*"
        return 0
    fi
    local missing=() pkg
    for pkg in "$@"; do
        package_installed "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    say "Installing Debian packages: ${missing[*]}"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        || ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}"; then
        warn "could not install ${missing[*]} (not root and no sudo, or apt-get failed);" \
             "install them yourself: sudo apt-get install ${missing[*]}"
        return 1
    fi
}

# find_python: prints a Python >= 3.11 interpreter (PYTHON, then python3, then versioned names).
find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 /usr/bin/python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# ensure_venv DIR: creates (or repairs) a venv at DIR; installs python3/python3-venv first if needed.
ensure_venv() {
    local venv=$1 python
    if [ -x "$venv/bin/python" ] \
        && "$venv/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    python=$(find_python) || { ensure_debian_packages python3 python3-venv || true; python=$(find_python); } \
        || die "no Python >= 3.11 found (set PYTHON=/path/to/python3.11 or install python3)"
    if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
        # Debian splits venv's pip bootstrap into python3-venv.
        ensure_debian_packages python3-venv || true
    fi
    say "Creating $venv with $python ($("$python" -c 'import platform; print(platform.python_version())'))"
    rm -rf "$venv"
    "$python" -m venv "$venv" || die "could not create the venv at $venv"
}
