#!/usr/bin/env bash
# LibreOffice Calc (headless) for the export tests that convert exported workbooks to CSV. Idempotent, quiet.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q libreoffice-calc >/dev/null
