#!/usr/bin/env bash
# Instructions per call of each workload of benches/instructions.rs, counted by callgrind on a
# release build (the `bench` profile): the workload run 51 times minus run once, over 50.
# Usage: bash benches/instructions.sh [WORKLOAD …]   (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(cargo bench --all-features --bench instructions --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("target", {}).get("name") == "instructions" and m.get("executable"):
        print(m["executable"])')
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(audit_seed import_seed_text pages_to_report_putuo decode_seed evaluate_form compile_seed)
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(rustc --version)"
for w in "${workloads[@]}"; do
  one=$(count "$w" 1)
  many=$(count "$w" 51)
  echo "$w $(( (many - one) / 50 ))"
done
