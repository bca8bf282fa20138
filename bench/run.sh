#!/usr/bin/env bash
# The hub's load benchmark, in one command. See docs/national-scale.md, "Load benchmark", for what it measures.
#
#   bench/run.sh [--scale=demo|S] [--seed=N] [--duration=S] [--mix-duration=S] [--warmup=S] [--users=N]
#                [--scenarios=a,b,…] [--records=N] [--capture=N] [--councils=N] [--work=DIR] [--reuse] [--jfr]
#                [--heap=SIZE] [--page-cache=SIZE] [--port=N] [--bolt-port=N] [--skip-floor] [--no-results] [--jar=PATH]
#   bench/run.sh --compare [--pairs=N] [--pair-duration=S] [--compare-warmup=S] [--workloads=A,B] [--peer-port=N] [--users=N] …
#
# Steps: builds the hub's jar when its sources are newer, loads the data into a scratch data directory (the demo
# network, or the generator at --scale), starts the hub with statement capture, creates the bench accounts and
# prepares the requests (setup), captures what the hub sends to the database for each (capture), replays that
# through the bare driver (floor), restarts the hub without capture (and with JFR if --jfr), warms it up and runs
# every scenario with Gatling (hub), stops it, prints the table and appends it to bench/RESULTS.md (report).
# With --compare, instead of setup…report: starts the hub and, beside it, @neo4j/graphql on Apollo Server over the
# hub's embedded database (bench/peer), checks both give the same answers and times them in alternating pairs (compare).
set -euo pipefail

usage() {
	sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

fail() {
	echo "bench/run.sh: $*" >&2
	exit 1
}

jar='' scale=demo seed=42 duration=60 mix_duration=600 warmup=60 users=8 scenarios=all records=200 capture=50 councils=4
compare=false pairs=3 pair_duration=20 compare_warmup=10 workloads=all peer_port=14000
work='' reuse=false jfr=false heap=2g page_cache='' port=18080 bolt_port=17687 skip_floor=false results=true
command_line="bench/run.sh $*"
for arg in "$@"; do
	case "$arg" in
		--scale=*) scale=${arg#*=} ;;
		--seed=*) seed=${arg#*=} ;;
		--duration=*) duration=${arg#*=} ;;
		--mix-duration=*) mix_duration=${arg#*=} ;;
		--warmup=*) warmup=${arg#*=} ;;
		--users=*) users=${arg#*=} ;;
		--scenarios=*) scenarios=${arg#*=} ;;
		--records=*) records=${arg#*=} ;;
		--capture=*) capture=${arg#*=} ;;
		--councils=*) councils=${arg#*=} ;;
		--work=*) work=${arg#*=} ;;
		--reuse) reuse=true ;;
		--jfr) jfr=true ;;
		--heap=*) heap=${arg#*=} ;;
		--page-cache=*) page_cache=${arg#*=} ;;
		--port=*) port=${arg#*=} ;;
		--bolt-port=*) bolt_port=${arg#*=} ;;
		--skip-floor) skip_floor=true ;;
		--no-results) results=false ;;
		--jar=*) jar=${arg#*=} ;;
		--compare) compare=true ;;
		--pairs=*) pairs=${arg#*=} ;;
		--pair-duration=*) pair_duration=${arg#*=} ;;
		--compare-warmup=*) compare_warmup=${arg#*=} ;;
		--workloads=*) workloads=${arg#*=} ;;
		--peer-port=*) peer_port=${arg#*=} ;;
		-h|--help) usage ;;
		*) echo "bench/run.sh: unknown option $arg" >&2; usage ;;
	esac
done
for number in "seed:$seed" "duration:$duration" "mix-duration:$mix_duration" "warmup:$warmup" "users:$users" \
	"records:$records" "capture:$capture" "councils:$councils" "port:$port" "bolt-port:$bolt_port" "pairs:$pairs" \
	"pair-duration:$pair_duration" "compare-warmup:$compare_warmup" "peer-port:$peer_port"; do
	[[ ${number#*:} =~ ^[0-9]+$ ]] || fail "--${number%%:*} must be a whole number, was '${number#*:}'"
done
[[ $scale == demo || $scale =~ ^[0-9]*\.?[0-9]+$ ]] || fail "--scale must be demo or a number such as 0.01, was '$scale'"

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
given_jar=$jar
jar=${jar:-target/tsunagu-hub.jar}
work=${work:-bench/work/$([[ $scale == demo ]] && echo demo || echo "scale-$scale-seed-$seed")}
mkdir -p "$work"
work=$(cd "$work" && pwd)
run=$work/runs/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$run"
hub_url=http://127.0.0.1:$port
echo "Work directory $work, this run's files in $run"

# 1. The hub's jar, rebuilt when a source is newer than it (a jar given with --jar is used as it is).
if [[ -n $given_jar ]]; then
	[[ -f $jar ]] || fail "--jar: no such file $jar"
elif [[ ! -f $jar ]] || [[ -n $(find src pom.xml -newer "$jar" -print -quit) ]]; then
	echo "Building the hub's jar (./mvnw package -DskipTests)…"
	./mvnw -q -B package -DskipTests
fi
echo "Compiling the benchmark (./mvnw -f bench/pom.xml compile)…"
./mvnw -q -B -f bench/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
bench_cp=bench/target/classes:$(cat bench/target/classpath.txt)

# The scratch database and the secrets that belong with it (kept together, so --reuse finds all of them).
export TSUNAGU_DATA_DIR=$work/neo4j
export TSUNAGU_SECRET_FILE=$work/hub-secret
export TSUNAGU_BOLT_ADDRESS=127.0.0.1
export TSUNAGU_BOLT_PORT=$bolt_port
[[ -f $work/bolt-password ]] || (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$work/bolt-password")
export TSUNAGU_BOLT_PASSWORD=$(cat "$work/bolt-password")
# the analysts' embedded database beside the hub's, on its own port, not in the checkout's ./data
export TSUNAGU_ANALYST_DATA_DIR=$work/analysts
export TSUNAGU_ANALYST_BOLT_PORT=$((bolt_port + 1))
export TSUNAGU_DEMO=$([[ $scale == demo ]] && echo true || echo false)

hub_pid='' peer_pid=''
stop_peer() {
	if [[ -n $peer_pid ]] && kill -0 "$peer_pid" 2>/dev/null; then
		echo "Stopping the peer (pid $peer_pid)…"
		kill "$peer_pid"
		wait "$peer_pid" 2>/dev/null || true
	fi
	peer_pid=''
}
stop_hub() {
	if [[ -n $hub_pid ]] && kill -0 "$hub_pid" 2>/dev/null; then
		echo "Stopping the hub (pid $hub_pid)…"
		kill "$hub_pid"
		wait "$hub_pid" 2>/dev/null || true
	fi
	hub_pid=''
}
trap 'stop_peer; stop_hub' EXIT

# start_hub LOG [extra java options…] [-- extra hub arguments…]
start_hub() {
	local log=$1
	shift
	local java_opts=() hub_args=()
	while [[ $# -gt 0 && $1 != -- ]]; do java_opts+=("$1"); shift; done
	[[ $# -gt 0 ]] && shift && hub_args=("$@")
	if curl -s -o /dev/null "$hub_url/actuator/health"; then
		fail "something already answers on port $port: choose another with --port"
	fi
	# the scheduled checks (fading households, tasks due) first run 5 s after the start, during setup or warm-up,
	# so that no captured request holds their statements; the analysts' graph stays as it is, idle as between its
	# nightly rebuilds (bench/analyst-graph.sh measures a rebuild)
	java "-Xmx$heap" "-Xlog:gc*:file=${log%.log}-gc.log:time,uptime" "${java_opts[@]}" -jar "$jar" "--server.port=$port" \
		--tsunagu.limits.requests-per-minute=1000000000 --tsunagu.security.token-lifetime=24h \
		--tsunagu.notifications.check-delay=PT5S --tsunagu.analyst-graph.rebuild-when-empty=false \
		${page_cache:+--tsunagu.embedded.page-cache=$page_cache} "${hub_args[@]}" >"$log" 2>&1 &
	hub_pid=$!
	echo "Starting the hub (pid $hub_pid, log $log)…"
	local waited=0
	until curl -sf -o /dev/null "$hub_url/actuator/health"; do
		kill -0 "$hub_pid" 2>/dev/null || { tail -30 "$log" >&2; fail "the hub did not start (log: $log)"; }
		((waited += 2)) && ((waited <= 1800)) || fail "the hub is not healthy after 30 minutes (log: $log)"
		sleep 2
	done
	echo "The hub is up after ${waited} s."
}

# 2. The data: loaded once per work directory (--reuse keeps it; without it the directory is loaded afresh).
if [[ $reuse == false || ! -f $work/loaded ]]; then
	[[ $reuse == true ]] && echo "No loaded data in $work yet: loading it."
	rm -rf "$work/neo4j" "$work/loaded" "$work/admin-password" "$work/bench-accounts.json"
	if [[ $scale != demo ]]; then
		echo "Generating the synthetic network at scale $scale (seed $seed)…"
		# the generator's own progress lines on the terminal, Spring's start-up log only in the file
		java "-Xmx$heap" -jar "$jar" generate "--scale=$scale" "--seed=$seed" 2>&1 | tee "$run/generate.log" |
			sed -u -E '/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[^ ]+ +(INFO|DEBUG) /d; /^\t/d' ||
			fail "generate failed (log: $run/generate.log); a hub without the generate command runs only --scale=demo"
	fi
	echo "scale=$scale seed=$seed loaded=$(date -u +%FT%TZ)" >"$work/loaded.pending"
fi
if [[ ! -f $work/admin-password ]]; then
	echo "Setting a new password for the administrator (account reset-password)…"
	password=$(java "-Xmx$heap" -jar "$jar" account reset-password --username=admin 2>&1 | tee "$run/account.log" |
		sed -n 's/^Account admin (ADMINISTRATOR), password: //p')
	[[ -n $password ]] || fail "could not set the administrator's password (log: $run/account.log)"
	(umask 077 && echo "$password" >"$work/admin-password")
fi

# Gatling reads JDK internals (--add-opens) and would ask Maven Central for its latest release: the benchmark talks to
# nothing but the local hub, so https goes to a closed local port (the hub and Bolt are plain http and bolt).
bench() {
	java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9 \
		-cp "$bench_cp" -Dbench.work="$work" -Dbench.run="$run" -Dbench.hub="$hub_url" \
		-Dbench.bolt="bolt://127.0.0.1:$bolt_port" -Dbench.boltPassword="$TSUNAGU_BOLT_PASSWORD" \
		-Dbench.users="$users" -Dbench.duration="$duration" -Dbench.mixDuration="$mix_duration" \
		-Dbench.warmup="$warmup" -Dbench.scenarios="$scenarios" -Dbench.records="$records" -Dbench.captured="$capture" \
		-Dbench.councils="$councils" "$@"
}

# The comparison with @neo4j/graphql: the hub as in step 4 (its per-caller limit lifted the same way), the peer over
# the hub's Bolt port as user neo4j, then BenchMain compare; nothing goes to bench/RESULTS.md by itself.
if [[ $compare == true ]]; then
	if [[ ! -d bench/peer/node_modules ]]; then
		echo "Installing the peer's packages (npm ci in bench/peer)…"
		(cd bench/peer && npm ci --no-audit --no-fund)
	fi
	compare_jfr=()
	[[ $jfr == true ]] && compare_jfr=("-XX:StartFlightRecording=filename=$run/hub.jfr,settings=profile,dumponexit=true")
	start_hub "$run/hub.log" "${compare_jfr[@]}"
	[[ -f $work/loaded.pending ]] && mv "$work/loaded.pending" "$work/loaded"
	NEO4J_URI="bolt://127.0.0.1:$bolt_port" NEO4J_USERNAME=neo4j NEO4J_PASSWORD="$TSUNAGU_BOLT_PASSWORD" \
		PEER_PORT=$peer_port node bench/peer/server.js >"$run/peer.log" 2>&1 &
	peer_pid=$!
	waited=0
	until grep -q "peer ready" "$run/peer.log"; do
		kill -0 "$peer_pid" 2>/dev/null || { cat "$run/peer.log" >&2; fail "the peer did not start (log: $run/peer.log)"; }
		((waited += 1)) && ((waited <= 60)) || fail "the peer is not ready after 60 s (log: $run/peer.log)"
		sleep 1
	done
	echo "The peer is up (pid $peer_pid, log $run/peer.log)."
	bench -Dbench.peer="http://127.0.0.1:$peer_port/" -Dbench.hubPid="$hub_pid" -Dbench.peerPid="$peer_pid" \
		-Dbench.pairs="$pairs" -Dbench.pairSeconds="$pair_duration" -Dbench.compareWarmup="$compare_warmup" \
		-Dbench.workloads="$workloads" jp.tsunagu.bench.BenchMain compare
	echo "The comparison is in $run/compare.md"
	exit 0
fi

# 3. Setup, capture and floor, against a hub that records what it sends to the database.
start_hub "$run/hub-capture.log" -- "--tsunagu.bench.statement-capture=$run/statements.jsonl"
[[ -f $work/loaded.pending ]] && mv "$work/loaded.pending" "$work/loaded"
bench -Dbench.adminPassword="$(cat "$work/admin-password")" jp.tsunagu.bench.BenchMain setup
bench -Dbench.captureFile="$run/statements.jsonl" jp.tsunagu.bench.BenchMain capture
if [[ $skip_floor == false ]]; then
	bench jp.tsunagu.bench.BenchMain floor
fi
stop_hub

# 4. The hub under load: a fresh start without capture (JFR on request), warm-up, then each scenario.
jfr_opts=()
if [[ $jfr == true ]]; then
	jfr_opts=("-XX:StartFlightRecording=filename=$run/hub.jfr,settings=profile,dumponexit=true")
	echo "Recording a JFR profile of the hub into $run/hub.jfr"
fi
start_hub "$run/hub.log" "${jfr_opts[@]}"
bench jp.tsunagu.bench.BenchMain hub
stop_hub

# 5. The table, the targets, and (unless --no-results) a dated entry in bench/RESULTS.md.
label=$([[ $scale == demo ]] && echo "demo network" || echo "scale $scale, seed $seed")
bench -Dbench.command="$command_line" -Dbench.label="$label" -Dbench.results="$([[ $results == true ]] && echo "$repo/bench/RESULTS.md")" \
	-Dbench.heap="$heap" -Dbench.pageCache="${page_cache:-hub default}" jp.tsunagu.bench.BenchMain report
