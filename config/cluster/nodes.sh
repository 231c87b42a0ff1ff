#!/usr/bin/env bash
# Lifeline nodes on this machine, each a copy of the cluster server (target/cluster/node-K) on its own port offset
# (1000 K: API on 8080+1000K, management on 9990+1000K, JGroups on 7600+1000K) and its own Galera node of galera.sh
# ((K-1) mod 3 + 1, database lifeline; the other Galera nodes after it, for the driver's failover). The nodes form
# one WildFly cluster (JGroups TCP on loopback, members listed for each: config/cli/cluster.cli). Development
# settings: every node has the same development keys and pepper, as the nodes of one deployment must, its own node
# name (jboss.node.name) and its own transaction node identifier (jboss.tx.node.id), as the transaction manager's
# recovery requires.
#
#   ./mvnw -Pcluster -DskipTests           build the cluster server first (cluster.sh does)
#   config/cluster/nodes.sh start [N]       start N nodes (2) that are not running, wait until each is ready
#   config/cluster/nodes.sh stop            stop every node this script started (by PID; SIGTERM, then SIGKILL)
#   config/cluster/nodes.sh kill K          kill -9 node K
#   config/cluster/nodes.sh restart K       start node K again
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$PWD/${LIFELINE_CLUSTER_DIR:-target/cluster}
SERVER=$PWD/ear/target/cluster-server
GALERA_NODES=$(cat "$WORK/galera-nodes" 2> /dev/null || echo 3)

dir() { echo "$WORK/node-$1"; }
running() { [ -f "$(dir "$1")/pid" ] && kill -0 "$(cat "$(dir "$1")/pid")" 2> /dev/null; }
java_of() { pgrep -f "jboss-modules.jar.*$(dir "$1")/" | head -1; }

start_node() {
    local k=$1 d
    d=$(dir "$k")
    running "$k" && return 0
    [ -x "$SERVER/bin/standalone.sh" ] || { echo "build the cluster server first: ./mvnw -Pcluster -DskipTests" >&2; exit 1; }
    if [ ! -d "$d/bin" ]; then
        cp -a "$SERVER" "$d"
        rm -rf "$d/standalone/data" "$d/standalone/log" "$d/standalone/tmp"
    fi
    # its own Galera node first, the others after it: the driver connects to the next when one is down
    local galera=$(((k - 1) % GALERA_NODES + 1)) hosts="" g
    for g in $(seq 0 $((GALERA_NODES - 1))); do
        hosts="$hosts${hosts:+,}127.0.0.1:$((4305 + (galera - 1 + g) % GALERA_NODES + 1))"
    done
    MARIADB_URL="jdbc:mariadb:sequential://$hosts/lifeline" MARIADB_USER=lifeline \
        MARIADB_PASSWORD=lifeline LIFELINE_CLUSTER_MEMBER_1_PORT=8600 LIFELINE_CLUSTER_MEMBER_2_PORT=9600 \
        LIFELINE_CLUSTER_MEMBER_3_PORT=10600 setsid nohup "$d/bin/standalone.sh" \
        -Djboss.socket.binding.port-offset=$((1000 * k)) -Djboss.node.name="lifeline-node-$k" \
        -Djboss.tx.node.id="lifeline-node-$k" > "$d.out" 2>&1 &
    echo $! > "$d/pid"
    for _ in $(seq 1 120); do
        running "$k" || { echo "node-$k stopped: $d.out" >&2; exit 1; }
        curl -sf "http://localhost:$((9990 + 1000 * k))/health/ready" > /dev/null && {
            echo "node-$k ready: API http://localhost:$((8080 + 1000 * k))/api/v1 on galera-$galera"
            return 0
        }
        sleep 1
    done
    echo "node-$k not ready after 120 s: $d/standalone/log/server.log" >&2
    exit 1
}

stop_node() {
    local k=$1 jvm
    running "$k" || return 0
    jvm=$(java_of "$k" || true)
    kill "$(cat "$(dir "$k")/pid")" 2> /dev/null || true
    [ -z "$jvm" ] || kill "$jvm" 2> /dev/null || true
    for _ in $(seq 1 60); do
        { [ -n "$jvm" ] && kill -0 "$jvm" 2> /dev/null; } || break
        sleep 0.5
    done
    [ -z "$jvm" ] || kill -9 "$jvm" 2> /dev/null || true
    echo "node-$k stopped"
}

case "${1:-}" in
start)
    for k in $(seq 1 "${2:-2}"); do start_node "$k"; done
    ;;
stop)
    for d in "$WORK"/node-*/; do
        [ -d "$d" ] || continue
        k=${d%/}
        stop_node "${k##*-}"
    done
    ;;
kill)
    jvm=$(java_of "$2" || true)
    [ -z "$jvm" ] || { kill -9 "$jvm"; echo "node-$2 killed"; }
    ;;
restart)
    start_node "$2"
    ;;
*)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
