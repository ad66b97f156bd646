#!/usr/bin/env bash
# Fledge JMH benchmarks (src/jmh/java, Maven profile `jmh`, built into target/jmh): the reader's post pass in MB/s
# and every writer in ops/s and posts/s. Arguments go to org.openjdk.jmh.Main; without any, every benchmark runs
# with the defaults in the benchmark classes (1 fork with -Xmx256m, 2 warm-up iterations of 2 s, 3 measured of 3 s).
#
#   bench/jmh.sh                                  # everything (about 4 minutes on 2 cores)
#   bench/jmh.sh ReaderBenchmark                  # one class (a regular expression over benchmark names)
#   bench/jmh.sh 'Writer.*mastodon' -p posts=5000 # one writer on a smaller archive
#   bench/jmh.sh -l                               # list the benchmarks; -h for JMH's options
#   bench/jmh.sh ReaderBenchmark.inspect -prof gc # with JMH's allocation profiler
#   bench/jmh.sh -f 1 -wi 5 -i 10 -r 5s           # longer runs override the defaults
# Maven runs offline (-o) by default; FLEDGE_MVN_OFFLINE=0 lets it download the JMH libraries and plugins once.
set -euo pipefail
cd "$(dirname "$0")/.."

quoted=()
for arg in "$@"; do
  case "$arg" in
    *\'*) echo "bench/jmh.sh: arguments with a single quote are not supported" >&2; exit 2 ;;
  esac
  quoted+=("'$arg'")
done
offline=-o
[ "${FLEDGE_MVN_OFFLINE:-1}" = 0 ] && offline=
JMH_ARGS="${quoted[*]:-}" exec ./mvnw -B -q $offline -Pjmh test-compile exec:exec
