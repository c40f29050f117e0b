#!/usr/bin/env bash
# Headless Chromium and its WebDriver from Debian, for tests/test_ui_app.py (the results app is
# rendered in a real browser). Nothing to do when both are on PATH.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
packages=(chromium chromium-driver)
$sudo apt-get install -y --no-install-recommends "${packages[@]}" \
  || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${packages[@]}"; }
