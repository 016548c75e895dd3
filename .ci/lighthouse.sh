#!/usr/bin/env bash
# Lighthouse (mobile, its default) on four pages of a running site: the home page, the
# publications listing, a publication and a search. Prints the four category scores per page,
# then every audit below 100 that Lighthouse scores, so that a regression says where it is.
#
#   make run PORT=8011 &                 # the demo site, in another terminal or the background
#   .ci/lighthouse.sh                    # http://127.0.0.1:8011 by default
#   .ci/lighthouse.sh http://127.0.0.1:8000 en   # or fr, es: the same pages in that language
#
# Lighthouse comes from npm, installed once into $LIGHTHOUSE_DIR (default /tmp/lh) unless
# `lighthouse` is on the PATH; Chromium from $CHROME_PATH (default /usr/bin/chromium).
# The JSON reports are kept in $LIGHTHOUSE_OUT (default /tmp/lighthouse), one per page.
# Time: about 15-25 s a page on an idle machine, 1-2 minutes for the four (plus about 40 s
# for the first npm install). Performance scores move with the machine's load: compare runs
# made on an idle machine. Not run in CI: the other categories are covered there by the
# browser tests (axe, the validator); run it by hand before a release or after layout work.
set -euo pipefail

BASE_URL="${1:-http://127.0.0.1:8011}"
BASE_URL="${BASE_URL%/}"
LANGUAGE="${2:-en}"
LIGHTHOUSE_DIR="${LIGHTHOUSE_DIR:-/tmp/lh}"
OUT="${LIGHTHOUSE_OUT:-/tmp/lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

case "$LANGUAGE" in
    en) PREFIX=""; PUBLICATIONS="publications" ;;
    fr) PREFIX="/fr"; PUBLICATIONS="publications" ;;
    es) PREFIX="/es"; PUBLICATIONS="publicaciones" ;;
    *) echo "Language: en, fr or es" >&2; exit 2 ;;
esac

if command -v lighthouse > /dev/null; then
    LIGHTHOUSE=lighthouse
else
    LIGHTHOUSE="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
    if [ ! -x "$LIGHTHOUSE" ]; then
        echo "==> Installing Lighthouse into $LIGHTHOUSE_DIR (npm)" >&2
        npm install --silent --prefix "$LIGHTHOUSE_DIR" lighthouse > /dev/null
    fi
fi

if ! curl -fsS -o /dev/null "$BASE_URL$PREFIX/"; then
    echo "Nothing answers at $BASE_URL$PREFIX/: start the site first (make run PORT=...)." >&2
    exit 1
fi

# A publication: the first one the listing links to (the demo's newest), unless given.
PUBLICATION="${PUBLICATION:-$(curl -fsS "$BASE_URL$PREFIX/$PUBLICATIONS/" \
    | grep -o "href=\"$PREFIX/$PUBLICATIONS/[a-z0-9-]*/\"" \
    | grep -v "/top-50/" | head -n 1 | cut -d'"' -f2)}"
if [ -z "$PUBLICATION" ]; then
    echo "No publication linked from $BASE_URL$PREFIX/$PUBLICATIONS/" >&2
    exit 1
fi

declare -a NAMES=(home listing publication search)
declare -A PATHS=(
    [home]="$PREFIX/"
    [listing]="$PREFIX/$PUBLICATIONS/"
    [publication]="$PUBLICATION"
    [search]="$PREFIX/search/?q=climate"
)

mkdir -p "$OUT"
started=$SECONDS
for name in "${NAMES[@]}"; do
    echo "==> $name: $BASE_URL${PATHS[$name]}" >&2
    # One request first, so that Lighthouse measures the page as most visitors get it: from
    # the page cache (WARM=0 measures a first render instead).
    if [ "${WARM:-1}" = 1 ]; then
        curl -fsS -o /dev/null -A "Mozilla/5.0 (warm-up)" "$BASE_URL${PATHS[$name]}" || true
    fi
    "$LIGHTHOUSE" "$BASE_URL${PATHS[$name]}" --quiet \
        --chrome-flags="--headless=new --no-sandbox" \
        --output=json --output-path="$OUT/$LANGUAGE-$name.json"
done

python3 - "$OUT" "$LANGUAGE" "${NAMES[@]}" <<'PYTHON'
import json
import sys
from pathlib import Path

out, language, names = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
categories = ["performance", "accessibility", "best-practices", "seo"]
headers = ["Performance", "Accessibility", "Best practices", "SEO"]
reports = {name: json.loads((out / f"{language}-{name}.json").read_text()) for name in names}

width = max(len(name) for name in names) + 2
print(f"Lighthouse (mobile), {language}")
print("page".ljust(width) + " | " + " | ".join(headers))
print("-" * width + "-|-" + "-|-".join("-" * len(header) for header in headers))
for name, report in reports.items():
    scores = []
    for category, header in zip(categories, headers, strict=True):
        score = report["categories"][category]["score"]
        scores.append(("n/a" if score is None else str(round(score * 100))).rjust(len(header)))
    print(name.ljust(width) + " | " + " | ".join(scores))

print()
for name, report in reports.items():
    print(f"{name}: {report['finalDisplayedUrl']}")
    shown = set()
    for category in categories:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] == 0 or audit["score"] is None or audit["score"] >= 1:
                continue
            if ref["id"] in shown:
                continue
            shown.add(ref["id"])
            value = audit.get("displayValue", "")
            print(f"  {category}: {ref['id']} ({round(audit['score'] * 100)}) {value}".rstrip())
    if not shown:
        print("  every scored audit passes")
PYTHON
echo "($((SECONDS - started)) s; reports in $OUT)" >&2
