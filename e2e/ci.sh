#!/usr/bin/env bash
# CI's VS Code layer, called by .ci/run after `npm test`: installs what a real VS Code needs here
# (Debian's Chromium and the build packages of code-server's native modules; code-server and
# playwright-core pinned, into .vscode-test/), then runs
#   1. npm run test:e2e            the extension-host suite and the UI smoke test, development folder
#   2. npm run package             the .vsix, checked for size and content
#   3. npm run test:e2e -- --vsix  both again, on the .vsix installed into code-server
# Every process it starts is killed when it ends, also when a test fails or it is interrupted:
# each step runs in a session of its own, and the process groups the runner starts (code-server,
# Chromium) are recorded in a file and killed on exit even if the runner itself was killed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(chromium ripgrep libkrb5-dev pkg-config build-essential python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ci: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "ci: run as root, or install them first: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
fi
e2e/install-tools.sh code-server

pgids=$(mktemp)
step=
cleanup() {
  local g i
  # A step still running (this script was interrupted) gets SIGTERM first, so that the runner
  # stops what it started and removes its temporary folder; then whatever is left gets SIGKILL.
  if [ -n "$step" ] && kill -0 -- "-$step" 2>/dev/null; then
    kill -TERM -- "-$step" 2>/dev/null || true
    for i in $(seq 50); do kill -0 -- "-$step" 2>/dev/null || break; sleep 0.1; done
  fi
  for g in $step $(cat "$pgids" 2>/dev/null); do
    kill -KILL -- "-$g" 2>/dev/null || true
  done
  rm -f "$pgids"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs one step in a session of its own (setsid), so that cleanup can kill all of it by its id.
run() {
  echo "ci: $*"
  ISNAD_E2E_PGIDS=$pgids setsid "$@" </dev/null &
  step=$!
  local rc=0
  wait "$step" || rc=$?
  kill -KILL -- "-$step" 2>/dev/null || true
  step=
  return "$rc"
}

started=$(date +%s)
rc=0
run npm run --silent test:e2e || rc=$?
if [ "$rc" -eq 0 ]; then
  run npm run --silent package || rc=$?
fi
if [ "$rc" -eq 0 ]; then
  run npm run --silent test:e2e -- --vsix || rc=$?
fi
echo "ci: VS Code layer finished in $(( $(date +%s) - started )) s, exit code $rc"
exit "$rc"
