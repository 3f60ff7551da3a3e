#!/usr/bin/env bash
# Prints the parameter table of docs/model.md from data/parameters.yaml (run from the repository root).
set -euo pipefail
python3 - "$@" <<'PY'
import re
print("| parameter | value | unit | basis | source |")
print("|---|---|---|---|---|")
for line in open("data/parameters.yaml", encoding="utf-8"):
    m = re.match(r'^  ([a-z0-9_]+): \{value: ([^,]+), unit: "([^"]*)", basis: ([a-z]+), source: "(.*)"\}\s*$', line)
    if m:
        name, value, unit, basis, source = m.groups()
        print(f"| `{name}` | {value} | {unit} | {basis} | {source.replace('|', '/')} |")
PY
