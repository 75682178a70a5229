#!/usr/bin/env bash
# The Frictionless Data Package validator the export tests run (npm datapackage, which validates every row against
# its Table Schema with npm tableschema). Installed outside the repository, in ~/.cache/gkml-node (GKML_NODE_DIR
# overrides); idempotent and quiet.
set -euo pipefail
dir="${GKML_NODE_DIR:-$HOME/.cache/gkml-node}"
version=1.1.10
if [ -f "$dir/node_modules/datapackage/package.json" ] && grep -q "\"version\": \"$version\"" "$dir/node_modules/datapackage/package.json"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q nodejs npm >/dev/null
fi
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || printf '{ "name": "gkml-node-tools", "private": true }\n' > package.json
npm install --no-audit --no-fund --loglevel=error "datapackage@$version" >/dev/null
