#!/usr/bin/env bash
# Starts the whole shop on this machine: PostgreSQL and every service, each as its own process.
# Ctrl-C stops all of them. State (database, JWT keys, logs) is kept in .run/; delete it to start clean.
# Options and environment variables: ./run.sh --help
set -euo pipefail

# The launcher finds everything relative to the repository root, wherever this script is called from.
cd "$(dirname "${BASH_SOURCE[0]}")"

# Quiet, so that only errors show; Maven skips what is up to date.
echo "[run.sh] building (./mvnw -B -q -DskipTests package) ..."
./mvnw -B -q -DskipTests package

exec java -Dshop.home="$PWD" -jar local-run/target/local-run.jar "$@"
