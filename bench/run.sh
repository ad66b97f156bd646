#!/usr/bin/env bash
# Fledge benchmark: generates synthetic archives, starts the packaged service, and measures in ONE run (so the
# ratios hold on a noisy shared machine):
#   floor  - time to inflate the archive's data files (unzip -p 'data/*.js' > /dev/null)
#   fledge - inspect and every convert target the service offers, end to end over HTTP (median of --runs)
#   rss    - the service's peak RSS (VmHWM) over the whole run
#   peer   - twitter-archive-reader (npm, bench/peer-count.mjs) reading the same archive, when node is available
# Writes a markdown table to bench/out/results.md (and prints it).
#
#   bench/run.sh                      # 1k and 100k posts
#   bench/run.sh --sizes "1000 100000 1000000" --runs 3
#   bench/run.sh --media-heavy        # adds 1k posts with about 1 GB of media (floor: unzip -p of everything)
#   bench/run.sh --xmx 256m           # the service's heap (default 256m)
#   bench/run.sh --jvm-opts "..."     # the service's other JVM options (default: as the Dockerfile: serial GC, native heap trimmed)
# Requirements: a JDK, unzip, curl, python3; node + npm for the peer (skipped without them; installed into
# /tmp/peers/tar from the npm registry on first use).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="1000 100000"
RUNS=3
XMX=256m
JVM_OPTS="-Xms32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=2000"
MEDIA_HEAVY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    --jvm-opts) JVM_OPTS="$2"; shift 2 ;;
    --media-heavy) MEDIA_HEAVY=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

OUT=bench/out
mkdir -p "$OUT/archives" "$OUT/work"
RESULTS="$OUT/results.md"

echo "== building (jar and test classes)"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/classpath.txt)"

generate() { # posts out [extra args]
  local posts=$1 out=$2; shift 2
  [ -f "$out" ] || java -cp "$CP" dev.fledge.testkit.SyntheticArchiveGenerator --posts "$posts" --seed 42 --out "$out" "$@" >/dev/null
}

median() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.3f}")' "$@"; }
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }

# --- the peer, installed once into a temp folder
PEER_DIR=/tmp/peers/tar
PEER_SCRIPT=bench/peer-count.mjs
PEER=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$PEER_DIR/node_modules/twitter-archive-reader" ]; then
    mkdir -p "$PEER_DIR" && (cd "$PEER_DIR" && npm init -y >/dev/null && npm install --silent twitter-archive-reader@7.3.3 >/dev/null)
  fi
  PEER=1
else
  echo "== peer skipped (needs node and npm)"
fi

# --- the service
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# shellcheck disable=SC2086
java -Xmx"$XMX" $JVM_OPTS -XX:+ExitOnOutOfMemoryError -Dquarkus.http.port="$PORT" -Dfledge.work-dir="$PWD/$OUT/work" \
  -jar target/quarkus-app/quarkus-run.jar >"$OUT/service.log" 2>&1 &
SVC=$!
trap 'kill $SVC 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
BASE="http://localhost:$PORT"
TARGETS=$(curl -fs "$BASE/api/v1" | python3 -c 'import sys,json; print(" ".join(o.split("/")[-1] for o in json.load(sys.stdin)["operations"] if o.startswith("POST /api/v1/convert/")))')
echo "== service on :$PORT (-Xmx$XMX $JVM_OPTS), targets: ${TARGETS:-none}"

post() { # path archive -> seconds (fails on non-2xx)
  curl -fsS -o /dev/null -w '%{time_total}' -X POST -H 'Content-Type: application/zip' -T "$2" "$BASE$1"
}
# path archive [unzip pattern] -> "<median seconds> <median floor seconds>" over RUNS after warm-ups (more for small
# archives, whose runs are short). Each timed run follows its own floor run (unzip -p of the same archive), so that a
# change in the machine's load during the benchmark moves an operation and its floor together.
measure() {
  local warmups=1
  [ "$(stat -L -c %s "$2")" -lt 10000000 ] && warmups=20
  for _ in $(seq 1 "$warmups"); do post "$1" "$2" >/dev/null; done
  local times=() floors=()
  for _ in $(seq 1 "$RUNS"); do
    floors+=("$(seconds unzip -p "$2" "${@:3}")")
    times+=("$(post "$1" "$2")")
  done
  echo "$(median "${times[@]}") $(median "${floors[@]}")"
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }

{
  echo "| posts | archive | floor (s) | operation | Fledge (s) | × floor | peer (s) | peer ÷ Fledge | service peak RSS so far (MB) |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$RESULTS"

run_case() { # label archive floor-pattern
  local label=$1 archive=$2 pattern=$3
  local size peer_s="" pat=() ; size=$(du -hL "$archive" | cut -f1)
  [ -n "$pattern" ] && pat=("$pattern")
  if [ "$PEER" = 1 ]; then
    local p=()
    for _ in $(seq 1 "$RUNS"); do p+=("$(PEER_DIR=$PEER_DIR seconds node "$PEER_SCRIPT" "$archive")"); done
    peer_s=$(median "${p[@]}")
  fi
  for op in inspect $TARGETS; do
    local path=/api/v1/inspect
    [ "$op" = inspect ] || path=/api/v1/convert/$op
    local t floor; read -r t floor < <(measure "$path" "$archive" "${pat[@]}")
    local vs_peer=""; [ -n "$peer_s" ] && vs_peer=$(ratio "$peer_s" "$t")
    local rss; rss=$(grep VmHWM /proc/$SVC/status | awk '{print int($2/1024)}')
    echo "| $label | $size | $floor | $op | $t | $(ratio "$t" "$floor") | $peer_s | $vs_peer | $rss |" | tee -a "$RESULTS"
  done
}

for n in $SIZES; do
  archive="$OUT/archives/posts-$n.zip"
  echo "== $n posts"
  generate "$n" "$archive"
  run_case "$n" "$archive" "data/*.js"
done
if [ "$MEDIA_HEAVY" = 1 ]; then
  archive="$OUT/archives/media-heavy-1000-x5.zip"
  echo "== 1000 posts, realistic media five times larger (about 1 GB)"
  generate 1000 "$archive" --media-scale 5
  run_case "1000 + media" "$archive" ""
fi

RSS=$(grep VmHWM /proc/$SVC/status | awk '{print $2}')
{
  echo
  echo "Service peak RSS over the run: $((RSS / 1024)) MB (-Xmx$XMX $JVM_OPTS). Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB,"
  echo "$(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d). Medians of $RUNS runs after a warm-up; floor = unzip -p of the data files, one run before each timed run."
} | tee -a "$RESULTS"
LEFT=$(find "$OUT/work" -type f | wc -l)
echo "Files left in the work dir after the run: $LEFT" | tee -a "$RESULTS"
