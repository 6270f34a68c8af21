#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt for one library (or all under src/) from the PublicApiAnalyzers'
# RS0016/RS0017 diagnostics. Review the diff: every line is a public API change.
#   eng/update-public-api.sh [src/Knowsley.CareDomain.Charging]
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(find src -name 'PublicAPI.Shipped.txt' -printf '%h\n' | sort)
fi
for dir in "${projects[@]}"; do
  dir="${dir%/}"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  shipped="$dir/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$unshipped"
  for pass in 1 2 3; do
    log=$(mktemp)
    dotnet build "$dir" -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false -nologo -v:q -clp:NoSummary > "$log" 2>&1 || true
    missing=$(grep -E 'RS0016' "$log" | grep -o "Symbol '[^']*'" | sed -E "s/^Symbol '(.*)'$/\1/" | sort -u || true)
    rm -f "$log"
    [ -z "$missing" ] && break
    { grep -v '^#nullable' "$unshipped" || true; printf '%s\n' "$missing"; } | sort -u > "$unshipped.tmp"
    { printf '#nullable enable\n'; cat "$unshipped.tmp"; } > "$unshipped"
    rm -f "$unshipped.tmp"
  done
  echo "$dir: $(($(wc -l < "$unshipped") - 1)) unshipped, $(($(wc -l < "$shipped") - 1)) shipped"
done
