# Shared by the Scripts: install what a fresh Debian machine with Swift lacks.
# Sourced, not run.

install_system_packages() {
    local missing=()
    [ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
    command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
    [ -f /usr/share/zoneinfo/Europe/London ] || missing+=(tzdata)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} (apt-get)..." >&2
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
    fi
    if ! command -v swift >/dev/null 2>&1; then
        echo "Swift 6 is needed: install the toolchain from swift.org and put it on PATH." >&2
        exit 69
    fi
}
