#!/usr/bin/env bash
# Verifications a second through HAProxy with one, two and three Lifeline nodes on one Galera cluster, on this
# machine: the same closed loop as the cluster test (ClusterLoad: CLIENTS clients, TOTP and recovery codes of
# ACCOUNTS fresh accounts each round) for LOAD_SECONDS, after a warm-up round, with 1, then 2, then 3 nodes. On one
# machine every node shares its cores with the others and with Galera: the figures show what a node costs, not how
# a cluster of machines scales.
#
#   config/cluster/throughput.sh        (ACCOUNTS=1000 CLIENTS=32 LOAD_SECONDS=60; about 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$PWD/target/cluster
ACCOUNTS=${ACCOUNTS:-1000}
CLIENTS=${CLIENTS:-32}
SECONDS_EACH=${LOAD_SECONDS:-60}
bash config/cluster/cluster.sh stop > /dev/null 2>&1 || true
rm -rf "$WORK"
trap 'bash config/cluster/cluster.sh stop > /dev/null 2>&1 || true' EXIT
bash config/cluster/cluster.sh start 1
javac -d "$WORK/classes" config/dev/DevToken.java config/bench/VerificationLoad.java config/cluster/ClusterLoad.java
load() { java -cp "$WORK/classes" ClusterLoad load http://localhost:8000 "$ACCOUNTS" "$CLIENTS" "$1" "$WORK/$2" | grep '^RESULT load'; }
load 20 warm-up > /dev/null
for nodes in 1 2 3; do
    bash config/cluster/nodes.sh start "$nodes"
    sleep 3 # HAProxy's checks see the new node (rise 2, every second)
    echo "RESULT nodes=$nodes $(load "$SECONDS_EACH" "throughput-$nodes" | cut -d" " -f3-)"
done
