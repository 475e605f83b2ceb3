#!/usr/bin/env bash
# Debian packages beyond Python. `install-system-packages.sh` alone installs what
# serving the site needs (gettext compiles the translations); with `test` it adds
# what the tests and benchmarks use: chromium, a Java runtime and npm for the
# browser tests (Playwright, axe-core, the Nu HTML Checker), varnish and wrk for
# the production shape, its tests and its benchmark, exiftool to read every
# photo metadata tag. Installs only what is missing, so a second run is instant.
set -euo pipefail

packages=()
command -v msgfmt >/dev/null || packages+=(gettext)
if [ "${1:-}" = "test" ]; then
    command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] || packages+=(varnish)
    command -v wrk >/dev/null || packages+=(wrk)
    [ -x /usr/bin/chromium ] || packages+=(chromium)
    command -v java >/dev/null || packages+=(default-jre-headless)
    command -v npm >/dev/null || packages+=(npm)
    command -v exiftool >/dev/null || packages+=(libimage-exiftool-perl)
fi

if ((${#packages[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Please install: ${packages[*]} (e.g. sudo apt-get install ${packages[*]})" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi
