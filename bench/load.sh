#!/usr/bin/env bash
# Load test of the packaged service: CONCURRENCY clients (default 16) post the example archive to
# POST /api/v1/inspect for DURATION (default 60s), with hey (Debian: apt-get install -y hey).
#
# The script starts target/quarkus-app/quarkus-run.jar itself (build it first: ./mvnw package -DskipTests) on a
# free port of 127.0.0.1 with a work directory of its own, warms it up, runs the load, and records:
#   throughput (requests/s), latency percentiles, the share of non-2xx answers (only 503 "busy" is acceptable),
#   the service's peak resident memory (VmHWM of /proc/<pid>/status, plus the highest VmRSS sampled every 0.5 s),
#   and whether uploads/, multipart/ and spool/ of the work directory are empty afterwards.
# It prints a markdown report and writes it to bench/out/load-<time>.md. Exit status 0 only when every answer was
# 2xx (or 503) and no temporary file was left.
#
# Settings (environment): DURATION=60s CONCURRENCY=16 WARMUP=10s TRANSPORT=multipart|raw
#   ARCHIVE=examples/example-archive.zip JAVA_OPTS="-Xmx256m" (heap of the service under test)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s}
CONCURRENCY=${CONCURRENCY:-16}
WARMUP=${WARMUP:-10s}
TRANSPORT=${TRANSPORT:-multipart}
ARCHIVE=${ARCHIVE:-examples/example-archive.zip}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
JAR=target/quarkus-app/quarkus-run.jar

command -v hey >/dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw package -DskipTests" >&2; exit 2; }
[ -f "$ARCHIVE" ] || { echo "$ARCHIVE is missing" >&2; exit 2; }

RUN=$(mktemp -d "${TMPDIR:-/tmp}/fledge-load-XXXXXX")
WORK="$RUN/work"
LOG="$RUN/service.log"
mkdir -p "$WORK" bench/out
REPORT="bench/out/load-$(date -u +%Y%m%dT%H%M%SZ).md"
SERVICE_PID=""
SAMPLER_PID=""

cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  rm -rf "$RUN"
}
trap cleanup EXIT

status_kb() { # status_kb <pid> <field>: a /proc/<pid>/status field in kB
  awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- start the service on a free port (port 0: the OS picks one; the log says which)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dfledge.work-dir="$WORK" \
  -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!
PORT=""
for _ in $(seq 1 600); do
  PORT=$(grep -o 'Listening on: http://[0-9.]*:[0-9]*' "$LOG" 2>/dev/null | head -1 | sed 's/.*://') || true
  [ -n "$PORT" ] && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$LOG" >&2; echo "the service did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$PORT" ] || { cat "$LOG" >&2; echo "the service did not say on which port it listens" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
curl -fsS "$BASE/q/health/ready" >/dev/null
rss_idle=$(status_kb "$SERVICE_PID" VmRSS)

# --- the request body
if [ "$TRANSPORT" = "raw" ]; then
  BODY="$ARCHIVE"
  CONTENT_TYPE="application/zip"
else
  BOUNDARY="fledge-load-$RANDOM$RANDOM"
  BODY="$RUN/body.multipart"
  {
    printf -- '--%s\r\nContent-Disposition: form-data; name="archive"; filename="%s"\r\n' "$BOUNDARY" "$(basename "$ARCHIVE")"
    printf 'Content-Type: application/zip\r\n\r\n'
    cat "$ARCHIVE"
    printf '\r\n--%s--\r\n' "$BOUNDARY"
  } >"$BODY"
  CONTENT_TYPE="multipart/form-data; boundary=$BOUNDARY"
fi
curl -fsS -o /dev/null -H "Content-Type: $CONTENT_TYPE" --data-binary "@$BODY" "$BASE/api/v1/inspect" \
  || { echo "a single request failed before the load" >&2; exit 1; }

# --- warm-up (not counted), then the measured run with an RSS sampler
hey -z "$WARMUP" -c "$CONCURRENCY" -m POST -T "$CONTENT_TYPE" -D "$BODY" "$BASE/api/v1/inspect" >"$RUN/warmup.txt"
(
  peak=0
  while kill -0 "$SERVICE_PID" 2>/dev/null; do
    rss=$(status_kb "$SERVICE_PID" VmRSS)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$RUN/rss-peak"
    sleep 0.5
  done
) &
SAMPLER_PID=$!
hey -z "$DURATION" -c "$CONCURRENCY" -m POST -T "$CONTENT_TYPE" -D "$BODY" "$BASE/api/v1/inspect" >"$RUN/hey.txt"
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
hwm=$(status_kb "$SERVICE_PID" VmHWM)
rss_peak=$(cat "$RUN/rss-peak" 2>/dev/null || echo 0)
ready=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- temporary files: every request deletes its own (multipart parts may go a moment after the answer)
leftovers=0
for _ in $(seq 1 100); do
  leftovers=$({ find "$WORK/uploads" "$WORK/multipart" "$WORK/spool" -mindepth 1 2>/dev/null || true; } | wc -l)
  [ "$leftovers" -eq 0 ] && break
  sleep 0.1
done

# --- figures from hey's summary
H="$RUN/hey.txt"
rps=$(awk '/Requests\/sec:/ { print $2 }' "$H")
p50=$(awk '/ 50% in / { print $3 }' "$H")
p95=$(awk '/ 95% in / { print $3 }' "$H")
p99=$(awk '/ 99% in / { print $3 }' "$H")
slowest=$(awk '/Slowest:/ { print $2 }' "$H")
read -r total ok busy other <<<"$(awk '
  /^ *\[[0-9]+\][ \t]+[0-9]+ responses/ {
    code = substr($1, 2, 3); n = $2; total += n
    if (code ~ /^2/) ok += n; else if (code == "503") busy += n; else other += n
  }
  END { print total + 0, ok + 0, busy + 0, other + 0 }' "$H")"
errors=$(awk '/Error distribution:/ { on = 1; next } on && /^ *\[[0-9]+\]/ { n += substr($1, 2) + 0 } END { print n + 0 }' "$H")
attempts=$((total + errors))
non2xx=$((busy + other + errors))
share=$(awk -v a="$attempts" -v n="$non2xx" 'BEGIN { printf "%.2f", a ? 100 * n / a : 0 }')
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

cat >"$REPORT" <<EOF
## Load: POST /api/v1/inspect, $CONCURRENCY clients, $DURATION ($(date -u +%Y-%m-%d))

| figure | value |
|---|---|
| archive | \`$ARCHIVE\` ($(stat -c %s "$ARCHIVE") bytes), sent as $TRANSPORT |
| service | \`java $JAVA_OPTS -jar $JAR\`, $(java -version 2>&1 | head -1 | tr -d '"') |
| machine | $(nproc) CPUs, load average $load_before before, $load_after after |
| requests answered | $total (+ $errors transport errors) after a $WARMUP warm-up |
| throughput | $rps requests/s |
| latency p50 / p95 / p99 / max | ${p50}s / ${p95}s / ${p99}s / ${slowest}s |
| 2xx | $ok |
| 503 busy | $busy |
| other non-2xx or errors | $((other + errors)) |
| non-2xx share | $share % |
| service RSS idle / peak sampled / VmHWM | $(mib "$rss_idle") / $(mib "$rss_peak") / $(mib "$hwm") MiB |
| ready after the run | HTTP $ready |
| files left in uploads/, multipart/, spool/ | $leftovers |
EOF
cat "$REPORT"
echo
echo "report written to $REPORT"

[ "$other" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$leftovers" -eq 0 ] && [ "$ready" = "200" ] && [ "$total" -gt 0 ]
