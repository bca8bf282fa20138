#!/usr/bin/env bash
# The import rate of a coordinator's file at size: N organisation rows (default 100,000) as a UTF-8 CSV with the
# template's Japanese headers, imported with the `import --kind=organizations` subcommand into a scratch database
# holding only the national code list. Prints the dry run's and the confirmed import's time and rows per second,
# then imports the same file again (idempotent: nothing to write) and prints that, with the load average.
#
#   bench/import-rate.sh [--rows=N] [--work=DIR] [--heap=SIZE] [--jar=FILE]
#
# Uses target/tsunagu-hub.jar (build it with ./mvnw -B package -DskipTests) and ../shared/data/*.csv.
set -euo pipefail
rows=100000 work='' heap=2g jar=target/tsunagu-hub.jar
for arg in "$@"; do
	case "$arg" in
		--rows=*) rows=${arg#*=} ;;
		--work=*) work=${arg#*=} ;;
		--heap=*) heap=${arg#*=} ;;
		--jar=*) jar=$(realpath "${arg#*=}") ;;
		*) sed -n '7p' "$0" >&2; exit 2 ;;
	esac
done
cd "$(dirname "$0")/.."
data=../shared/data
[ -f "$jar" ] || { echo "bench/import-rate.sh: build $jar first (./mvnw -B package -DskipTests)" >&2; exit 1; }
work=${work:-$(mktemp -d /tmp/tsunagu-import-bench.XXXXXX)}
mkdir -p "$work"
hub() {
	java -Xmx"$heap" -jar "$jar" "$@" --tsunagu.embedded.data-directory="$work/neo4j" --tsunagu.embedded.bolt-port=0 \
		--tsunagu.analyst-graph.embedded.data-directory="$work/analysts" --tsunagu.analyst-graph.embedded.bolt-port=0 \
		--tsunagu.security.secret-file="$work/hub-secret" --logging.level.root=WARN
}
hub import --prefectures="$data/prefectures.csv" --municipalities="$data/municipalities.csv" >/dev/null
# N rows over the municipalities of the code list; every corporate number carries its check digit.
python3 - "$rows" "$data/municipalities.csv" "$work/organizations.csv" <<'PY'
import csv, sys
rows, municipalities, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
codes = [r['lgcode'] for r in csv.DictReader(open(municipalities, encoding='utf-8')) if r['kind'] == 'MUNICIPALITY']
kinds = ['社会福祉法人', 'NPO法人', '企業']
def number(i):
    base = '%012d' % (500000000000 + i)
    total = sum(int(d) * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + base
with open(out, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['法人名', '法人番号', '種別', '市区町村コード', '所在地', '電話番号'])
    for i in range(rows):
        w.writerow(['ベンチ法人%06d会' % i, number(i), kinds[i % 3], codes[i % len(codes)], '本町%d-%d' % (i % 50, i % 7), '0000-00-%04d' % (i % 10000)])
PY
run() {
	local started ended
	started=$(date +%s.%N)
	hub import --kind=organizations --file="$work/organizations.csv" "$@" | grep -E "rows|DONE|FAILED" | grep -v "^  row" | head -4
	ended=$(date +%s.%N)
	python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print('  %.1f s, %.0f rows/s (JVM start and the database opening included)' % (s, int(sys.argv[3])/s))" "$started" "$ended" "$rows"
}
echo "== $rows organisation rows, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, Java $(java -version 2>&1 | head -1)"
echo "-- dry run"; run
echo "-- confirmed import"; run --confirm
echo "-- the same file again (idempotent)"; run --confirm
echo "load average (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "scratch directory: $work"
