#!/usr/bin/env bash
# Benchmarks the whole shop on this machine: starts PostgreSQL, a MongoDB-protocol server and the four services,
# measures throughput, latency, the PostgreSQL floor, reads, replay and growth side by side, prints the results table
# and writes benchmarks/target/report/index.html (plots) and results.json.
#   ./bench.sh --quick                 short phases and small event counts (a few minutes)
#   ./bench.sh                         the full run (25 to 50 minutes on 2 cores)
#   ./bench.sh --note "machine shared"  a remark printed with the results
#   ./bench.sh --quick --only throughput   one part alone, to compare a change: throughput, load (throughput,
#                                      then latency), read (catalog and order reads) or replay
#   ./bench.sh --mode axonserver       the events in Axon Server (a fresh one from AXONSERVER_HOME, or the one
#                                      AXONSERVER_TEST_SERVERS names): the load phases only, the history phases
#                                      writing PostgreSQL's event table; results in benchmarks/target/report-axonserver
# BENCH_SERVICE_JVM_OPTIONS adds JVM options to every service, e.g. to record a flight recording:
#   BENCH_SERVICE_JVM_OPTIONS='-XX:StartFlightRecording=filename=/tmp/{name}.jfr,settings=profile' ./bench.sh --quick
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

echo "[bench.sh] building the services and the benchmark (./mvnw -B -q -DskipTests package) ..."
./mvnw -B -q -DskipTests package -pl command-side,query-side,notification-handler,gateway,benchmarks -am

exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dshop.home="$PWD" -Dshop.service.jvm-options="${BENCH_SERVICE_JVM_OPTIONS:-}" \
     -jar benchmarks/target/benchmarks.jar "$@"
