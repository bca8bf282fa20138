#!/usr/bin/env bash
# The analysts' graph at a scale: a rebuild through the administrator's API (time, and the hub's memory before the
# analysts' DBMS opens, once it is open, and after the rebuild), then the cypher/ library's latency on the
# operational graph (where analystCypher ran before) and on the analysts' graph, and analystCypher end to end.
#
#   bench/analyst-graph.sh [--scale=0.1] [--seed=42] [--work=DIR] [--runs=20]
#
# Generates the data into DIR once (reused when DIR holds it), starts the hub from target/tsunagu-hub.jar on free
# ports (JAR=… for another jar), prints the figures and stops the hub. Nothing is written to bench/RESULTS.md: copy the figures there, dated.
set -euo pipefail

scale=0.1 seed=42 work=/tmp/tsunagu-analyst-bench runs=20
for arg in "$@"; do
	case "$arg" in
		--scale=*) scale=${arg#*=} ;;
		--seed=*) seed=${arg#*=} ;;
		--work=*) work=${arg#*=} ;;
		--runs=*) runs=${arg#*=} ;;
		*) echo "bench/analyst-graph.sh: unknown option $arg" >&2; exit 2 ;;
	esac
done
repo=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$repo/target/tsunagu-hub.jar}
[[ -f $jar ]] || (cd "$repo" && ./mvnw -q -B package -DskipTests)
mkdir -p "$work"
[[ -f $work/secret ]] || openssl rand -base64 32 > "$work/secret"
[[ -f $work/bolt ]] || openssl rand -hex 12 > "$work/bolt"
export TSUNAGU_SECRET=$(cat "$work/secret") TSUNAGU_BOLT_PASSWORD=$(cat "$work/bolt") TSUNAGU_ANALYST_BOLT_PASSWORD=$(cat "$work/bolt")
export TSUNAGU_DATA_DIR=$work/neo4j TSUNAGU_ANALYST_DATA_DIR=$work/analysts TSUNAGU_DEMO=false
export TSUNAGU_BOLT_PORT=17690 TSUNAGU_ANALYST_BOLT_PORT=17691 SERVER_PORT=18090
export TSUNAGU_PASSWORD_RESET_FILE=$work/password-reset
java_opts=(-Xmx4g -XX:+UseParallelGC)

if [[ ! -d $work/neo4j ]]; then
	echo "== generate --scale=$scale --seed=$seed"
	/usr/bin/time -f 'generate: %e s, max RSS %M KiB' java "${java_opts[@]}" -jar "$jar" generate --scale="$scale" --seed="$seed" | tail -3
fi
password() {
	java "${java_opts[@]}" -jar "$jar" account "$@" 2>/dev/null | sed -nE 's/.*password: (.*)$/\1/p'
}
admin=$(password add --username=bench.admin --role=ADMINISTRATOR || true)
[[ -n $admin ]] || admin=$(password reset-password --username=bench.admin)
analyst=$(password add --username=bench.analyst --role=ANALYST || true)
[[ -n $analyst ]] || analyst=$(password reset-password --username=bench.analyst)

echo "== hub (the analysts' DBMS opens on first use)"
java "${java_opts[@]}" -jar "$jar" --tsunagu.analyst-graph.rebuild-when-empty=false --tsunagu.analyst-graph.schedule=- \
	> "$work/hub.log" 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null; wait $hub 2>/dev/null' EXIT
until curl -sf "localhost:$SERVER_PORT/actuator/health" > /dev/null; do sleep 2; kill -0 $hub; done
token() {
	curl -s "localhost:$SERVER_PORT/auth/token" -H 'content-type: application/json' \
		-d "{\"username\":\"$1\",\"password\":\"$2\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
graphql() {
	curl -s "localhost:$SERVER_PORT/graphql" -H "authorization: Bearer $1" -H 'content-type: application/json' -d "$2"
}
rss() { echo "$(( $(ps -o rss= -p $hub) / 1024 )) MiB"; }
heap() {
	jcmd $hub GC.heap_info 2>/dev/null | awk '/used/ {print; exit}'
}
admin_token=$(token bench.admin "$admin")
analyst_token=$(token bench.analyst "$analyst")
jcmd $hub GC.run > /dev/null 2>&1 || true
echo "started, analysts' DBMS closed: RSS $(rss); $(heap)"
graphql "$admin_token" '{"query":"{ analystGraphStatus { builtAt nodeCount } }"}'; echo
jcmd $hub GC.run > /dev/null 2>&1 || true
echo "analysts' DBMS open: RSS $(rss); $(heap)"
start=$(date +%s.%N)
graphql "$admin_token" '{"query":"mutation { rebuildAnalystGraph(input: {waitUntilBuilt: true}) { started status { builtAt nodeCount durationMs households } errors { message } } }"}'; echo
echo "rebuild through the API: $(echo "$(date +%s.%N) - $start" | bc) s wall"
jcmd $hub GC.run > /dev/null 2>&1 || true
echo "after the rebuild: RSS $(rss); $(heap)"
echo "analysts' store on disk: $(du -sh "$work/analysts" | cut -f1); operational: $(du -sh "$work/neo4j" | cut -f1)"

echo "== the cypher/ library, operational vs analysts' graph, over Bolt"
classpath=$work/classpath
[[ -f $classpath ]] || (cd "$repo" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$classpath" > /dev/null)
java -cp "$(cat "$classpath")" "$repo/bench/analyst-graph/AnalystLatency.java" "bolt://localhost:$TSUNAGU_BOLT_PORT" \
	"$TSUNAGU_BOLT_PASSWORD" "bolt://localhost:$TSUNAGU_ANALYST_BOLT_PORT" "$TSUNAGU_ANALYST_BOLT_PASSWORD" "$repo/cypher" \
	"$runs" | tee "$work/latency.txt"
municipality=$(sed -nE 's/^municipality=([0-9]+).*/\1/p' "$work/latency.txt")

echo "== analystCypher end to end (isolated_households_per_district, $runs runs)"
query=$(python3 -c 'import json,sys; print(json.dumps({"query": "query($q: String!, $p: JSON) { analystCypher(query: $q, parameters: $p) { rowCount } }", "variables": {"q": open(sys.argv[1]).read(), "p": {"municipality": sys.argv[2]}}}))' \
	"$repo/cypher/isolated_households_per_district.cypher" "$municipality")
for i in $(seq 1 $((runs + 2))); do
	curl -s -o /dev/null -w '%{time_total}\n' "localhost:$SERVER_PORT/graphql" -H "authorization: Bearer $analyst_token" \
		-H 'content-type: application/json' -d "$query"
done | tail -n "$runs" | sort -n | awk '{a[NR]=$1} END {printf "analystCypher: p50 %.1f ms, p95 %.1f ms\n", a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
