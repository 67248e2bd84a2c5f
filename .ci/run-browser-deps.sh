#!/usr/bin/env bash
# Installs the Chromium the browser tests (tests/browser) drive through playwright-core. Debian's
# package: no browser download from a CDN. Without it the browser tests skip themselves.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
