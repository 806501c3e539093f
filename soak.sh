#!/usr/bin/env bash
# The long reliability case: orders at half the saturated throughput for 30 minutes against the whole
# system, then a report of failures, heap and event processor lag (stdout and
# reliability-tests/target/soak-report.md). Not part of ./mvnw verify.
#   SOAK_DURATION  how long to soak, ISO-8601 (default PT30M; PT2M for a try-out)
#   SOAK_RATE      orders per second instead of half the measured saturation
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

args=(-Dsoak.duration="${SOAK_DURATION:-PT30M}")
if [[ -n "${SOAK_RATE:-}" ]]; then
  args+=(-Dsoak.rate="$SOAK_RATE")
fi
# -DskipTests skips every other module's tests; the soak profile switches this module's soak case back on.
exec ./mvnw -B -Psoak -DskipTests \
  -pl command-side,query-side,notification-handler,gateway,reliability-tests -am \
  "${args[@]}" verify
