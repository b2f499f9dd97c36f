#!/usr/bin/env bash
# Makes stats-service/src/main/resources/fonts/NotoSansSC-Regular-subset.ttf, the CJK font the PDF documents embed.
# Run by hand only when the character set should grow; the build uses the committed file.
#   needs: npm (the registry's @expo-google-fonts/noto-sans-sc, static TrueType outlines, SIL OFL 1.1)
#          and pyftsubset (Debian package fonttools)
# The subset: ASCII and Latin-1, general and CJK punctuation, full-width forms, every character of GB 2312, and every
# character of the GB/T 2260 division names, the cell catalog, the samples and the Chinese texts of the rules and of
# stats-service (rare characters of place names such as 浉 or 芗 lie outside GB 2312).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=0.4.3
(cd "$work" && npm pack --silent "@expo-google-fonts/noto-sans-sc@$version" >/dev/null && tar xzf ./*.tgz)
python3 - "$root" > "$work/chars.txt" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
chars = set()
for ranges in ((0x20, 0x7e), (0xa0, 0xff), (0x2000, 0x206f), (0x2460, 0x24ff), (0x2190, 0x21ff), (0x2200, 0x22ff),
               (0x2500, 0x257f), (0x25a0, 0x25ff), (0x3000, 0x303f), (0xff00, 0xffef)):
    chars.update(chr(c) for c in range(ranges[0], ranges[1] + 1))
for code in range(0x4e00, 0xa000):
    c = chr(code)
    try:
        c.encode('gb2312')
        chars.add(c)
    except UnicodeEncodeError:
        pass
sources = [root / 'contracts/src/main/resources', root / 'samples', root / 'rules/src/main/java',
           root / 'stats-service/src/main/java', root / 'stats-service/src/test/java']
for base in sources:
    for path in base.rglob('*'):
        if path.is_file() and path.suffix in ('.csv', '.tsv', '.txt', '.java', '.json'):
            chars.update(c for c in path.read_text(encoding='utf-8', errors='ignore') if ord(c) >= 0x2e80 and ord(c) < 0x10000)
print(''.join(sorted(chars)))
PY
out="$root/stats-service/src/main/resources/fonts"
mkdir -p "$out"
pyftsubset "$work/package/400Regular/NotoSansSC_400Regular.ttf" --text-file="$work/chars.txt" \
  --output-file="$out/NotoSansSC-Regular-subset.ttf" --layout-features='*' --no-hinting --name-IDs='*' \
  --drop-tables+=DSIG
cp "$work/package/LICENSE_FONT" "$out/NotoSansSC-OFL.txt"
echo "$(wc -m < "$work/chars.txt") characters, $(stat -c %s "$out/NotoSansSC-Regular-subset.ttf") bytes"
