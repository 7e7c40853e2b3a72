#!/usr/bin/env bash
# Installs an end-to-end tool on demand into .vscode-test/<tool>/ (ignored by git), the way
# @vscode/test-electron caches VS Code in .vscode-test/: a plain `npm install` of Isnad stays light
# and needs no build packages. The pinned versions are in e2e/tools/<tool>/package.json; an install
# is reused as long as that file is unchanged.
#
#   e2e/install-tools.sh code-server   # code-server 4.99.4 + playwright-core (needs Debian packages, see below)
#   e2e/install-tools.sh vsce          # @vscode/vsce 3, to package the .vsix
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool=${1:?usage: e2e/install-tools.sh code-server|vsce}
manifest=$root/e2e/tools/$tool/package.json
[ -f "$manifest" ] || { echo "install-tools: no tool '$tool' (e2e/tools/$tool/package.json)" >&2; exit 2; }
dest=$root/.vscode-test/$tool
stamp=$dest/node_modules/.isnad-manifest.sha256
want=$(sha256sum "$manifest" | cut -c1-64)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

if [ "$tool" = code-server ]; then
  # code-server's native modules build from source (kerberos needs gssapi.h), and the browser is
  # Debian's: Playwright's own browser download cannot work on a machine without internet.
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  [ -f /usr/include/gssapi/gssapi.h ] || [ -f /usr/include/gssapi.h ] || missing+=(libkrb5-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
  command -v python3 >/dev/null || missing+=(python3)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "install-tools: code-server needs Debian packages first:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install-tools: installing $tool into ${dest#"$root"/} (once; reused while e2e/tools/$tool/package.json is unchanged)" >&2
rm -rf "$dest"
mkdir -p "$dest/tmp"
cp "$manifest" "$dest/package.json"

if [ "$tool" = code-server ]; then
  # @vscode/ripgrep downloads rg from the internet in its postinstall: seed its download cache
  # with Debian's rg, under the name and version that code-server 4.99.4 asks for.
  mkdir -p "$dest/tmp/vscode-ripgrep-cache-1.15.11" "$dest/tmp/rg"
  cp "$(command -v rg)" "$dest/tmp/rg/rg"
  tar czf "$dest/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$dest/tmp/rg" rg
fi

# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, which must not wait for a prompt (CI has no stdin).
(
  cd "$dest"
  TMPDIR="$dest/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error
)
rm -rf "$dest/tmp"
echo "$want" > "$stamp"
echo "install-tools: $tool ready" >&2
