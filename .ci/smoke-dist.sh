#!/usr/bin/env bash
# The production build as users run it: build dist/, start `node dist/apps/api/src/main.js`
# on a temp data dir, send one real command and one read, export a case over HTTP and check
# it with `ledger verify` from dist/ and with the served single-file verifier alone. Any
# failed step fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "smoke: node $(node --version)"
npm run build >/dev/null

dir=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
export DATA_DIR="$dir" STORE=sqlite LOG_LEVEL=warn
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

ledger() { node dist/apps/cli/src/main.js "$@"; }
token() { ledger keys create --name "$1" --role "$2" --force-area "$3" | grep '^glk_'; }
pcc=$(token 'Smoke PCC office' pcc-office kent)
auditor=$(token 'Smoke auditor' auditor '*')

PORT=$port HOST=127.0.0.1 LOAD_DEMO=false node dist/apps/api/src/main.js >"$dir/api.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo 'smoke: FAIL: the API exited'; cat "$dir/api.log"; exit 1; }
  sleep 0.5
done
curl -fsS "$base/health/ready" >/dev/null || { echo 'smoke: FAIL: /health/ready never answered'; cat "$dir/api.log"; exit 1; }

created=$(curl -fsS -X POST "$base/v1/force-areas/kent/report-requests" -H "Authorization: Bearer $pcc" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: smoke-0001' -d @docs/examples/request.json)
stream=$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).stream)' "$created")
echo "smoke: recorded $stream"
curl -fsS "$base/v1/streams/$stream" -H "Authorization: Bearer $auditor" | grep -q '"ReportRequested"' \
  || { echo 'smoke: FAIL: the stream read did not show the act'; exit 1; }

curl -fsS -X POST "$base/v1/ledger/checkpoints" -H "Authorization: Bearer $auditor" >/dev/null
vkey=$(curl -fsS "$base/v1/ledger/key" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).vkey))')
curl -fsS "$base/v1/exports/streams/$stream" -H "Authorization: Bearer $auditor" -o "$dir/case.jsonl"
ledger verify "$dir/case.jsonl" --key "$vkey"
# The single-file verifier as the API serves it, alone in an empty folder with only Node.
mkdir "$dir/alone"
curl -fsS "$base/v1/ledger/verify-ledger.mjs" -o "$dir/alone/verify-ledger.mjs"
cp "$dir/case.jsonl" "$dir/alone/"
(cd "$dir/alone" && node verify-ledger.mjs case.jsonl --key "$vkey")
echo 'smoke: OK: dist/ serves, records, reads, exports and verifies, with ledger verify and with verify-ledger.mjs alone'
