#!/usr/bin/env bash
# Debian packages the site needs beyond Python: gettext compiles the
# translations; exiftool lets the tests read every metadata tag of a photo.
# Installs only what is missing, so a second run is instant.
set -euo pipefail

packages=()
command -v msgfmt >/dev/null || packages+=(gettext)
command -v exiftool >/dev/null || packages+=(libimage-exiftool-perl)

if ((${#packages[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Please install: ${packages[*]} (e.g. sudo apt-get install ${packages[*]})" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi
