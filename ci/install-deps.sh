#!/usr/bin/env bash
# Installs the system (Debian apt) packages snippetgen needs to run its examples as
# real servers: PHP (php -S), Ruby + Sinatra and Rails (+ Puma as their server), and the
# venv module for Python. Per-language libraries (Flask venv, Express, Spring Boot jars)
# are NOT installed here: snippetgen sets them up itself in its cache directory.
#
# Idempotent: installs only what is missing; runs `apt-get update` only when something
# has to be installed. Safe to re-run. Debian 12 (bookworm) package names.
set -euo pipefail

# Packages that must be present (Debian names).
REQUIRED_PKGS=(
  php-cli               # php 8.2: `php -l`, `php -S 127.0.0.1:PORT router.php`
  ruby                  # ruby 3.1
  ruby-sinatra          # sinatra 3.0.x (+ rack 2.2, mustermann, tilt, rack-protection)
  ruby-sinatra-contrib  # sinatra/json
  puma                  # puma 5.6: the server verify runs Sinatra on (`-s puma`): 100 Continue,
                        # rack.early_hints (103), full rack.hijack (101)
  ruby-faye-websocket   # faye-websocket 0.11: the WebSocket server side of Sinatra's 101 example
  ruby-rails            # rails 6.1 (railties, actionpack, ...): the Rails stack, a single-file
                        # Rails::Application served by puma; its 101 example uses ruby-faye-websocket
  ruby-webrick          # HTTP server Sinatra falls back to (no longer in Ruby's stdlib;
                        # libruby3.1 already depends on it, listed to be explicit)
  python3-venv          # `python3 -m venv` when python3 is Debian's own
  bubblewrap            # bwrap: verify's containment, a PID namespace per process and the sandbox
                        # for cells (read-only file system, private /tmp, loopback-only network)
  nginx                 # nginx 1.22.1: the nginx stack (`nginx -t` lints the cell's nginx.conf, then
                        # nginx runs it in the foreground from the work dir; the package's own
                        # service on port 80 is not used)
)

# Toolchains normally preinstalled on this machine kind: install from apt only if the
# command is missing altogether (command -> Debian package).
declare -A TOOL_PKGS=(
  [javac]=openjdk-17-jdk-headless
  [mvn]=maven
  [node]=nodejs
  [npm]=npm
  [go]=golang-go
  [python3]=python3
)

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "install-deps: must run as root (or with sudo available)" >&2; exit 1; fi
fi

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | cut -c1-2)" = "ii" ]
}

missing=()
for p in "${REQUIRED_PKGS[@]}"; do
  is_installed "$p" || missing+=("$p")
done
for cmd in "${!TOOL_PKGS[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${TOOL_PKGS[$cmd]}")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all system packages already installed"
fi

# Sanity checks: fail loudly if something is still not usable.
php -r 'exit(function_exists("json_encode") ? 0 : 1);'
ruby -e 'require "sinatra/base"; require "sinatra/json"; require "webrick"; require "puma"; require "rack/handler/puma"'
ruby -e 'require "action_controller/railtie"; require "faye/websocket"'
echo "install-deps: $(php -r 'echo "php ", PHP_VERSION;'), $(ruby -e 'require "sinatra/base"; require "puma"; require "rails"; print "ruby #{RUBY_VERSION}, sinatra #{Sinatra::VERSION}, rails #{Rails.version}, puma #{Puma::Const::VERSION}"')"
