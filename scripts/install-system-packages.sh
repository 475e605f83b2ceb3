#!/usr/bin/env bash
# Debian packages the site needs beyond Python: gettext compiles the
# translations; chromium, a Java runtime and npm run the browser tests
# (tests/browser: Playwright, axe-core, the Nu HTML Checker); varnish and wrk
# run the production shape, its tests and its benchmark (make serve-prod,
# bench/http_load.py); exiftool lets the photo tests read every metadata tag.
# Installs only what is missing, so a second run is instant.
set -euo pipefail

packages=()
command -v msgfmt >/dev/null || packages+=(gettext)
command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] || packages+=(varnish)
command -v wrk >/dev/null || packages+=(wrk)
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v java >/dev/null || packages+=(default-jre-headless)
command -v npm >/dev/null || packages+=(npm)
command -v exiftool >/dev/null || packages+=(libimage-exiftool-perl)

if ((${#packages[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Please install: ${packages[*]} (e.g. sudo apt-get install ${packages[*]})" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi
