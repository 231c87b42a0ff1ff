#!/usr/bin/env bash
# The whole cluster on this machine, with one command each way: three MariaDB Galera nodes (galera.sh), N Lifeline
# nodes of the cluster server forming one WildFly cluster (nodes.sh), and HAProxy in front of them on
# http://localhost:8000 (config/cluster/haproxy.cfg; its statistics page on http://localhost:8404/).
#
#   config/cluster/cluster.sh start [N]    build the cluster server when it is missing, then start whatever is not
#                                          running: Galera, N Lifeline nodes (2), HAProxy; prints where each listens
#   config/cluster/cluster.sh stop         stop everything this script started, by PID (HAProxy, nodes, Galera)
#   config/cluster/cluster.sh status       what runs, and HAProxy's view of the nodes
#
# Installs what it needs and lacks from Debian's packages (galera-4, rsync, haproxy) when run as root. The API token
# for trying it: java config/dev/DevToken.java alice user (the nodes trust the development keys).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$PWD/${LIFELINE_CLUSTER_DIR:-target/cluster}
export LIFELINE_LB_PORT=${LIFELINE_LB_PORT:-8000}
export LIFELINE_LB_STATS_PORT=${LIFELINE_LB_STATS_PORT:-8404}
mkdir -p "$WORK"

install_missing() {
    local missing=()
    [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
    command -v rsync > /dev/null || missing+=(rsync)
    command -v haproxy > /dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || { echo "missing: ${missing[*]} (install them, or run as root)" >&2; exit 1; }
    echo "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null; }
}

haproxy_running() { [ -f "$WORK/haproxy.pid" ] && kill -0 "$(cat "$WORK/haproxy.pid")" 2> /dev/null; }

start_haproxy() {
    haproxy_running && return 0
    PATH=$PATH:/usr/sbin haproxy -f config/cluster/haproxy.cfg -p "$WORK/haproxy.pid" -D
    echo "HAProxy: http://localhost:$LIFELINE_LB_PORT/api/v1 (statistics http://localhost:$LIFELINE_LB_STATS_PORT/)"
}

stop_haproxy() {
    haproxy_running || return 0
    kill "$(cat "$WORK/haproxy.pid")"
    rm -f "$WORK/haproxy.pid"
    echo "HAProxy stopped"
}

case "${1:-}" in
start)
    install_missing
    [ -x ear/target/cluster-server/bin/standalone.sh ] || ./mvnw -B -q -Pcluster -DskipTests package
    bash config/cluster/galera.sh start
    bash config/cluster/nodes.sh start "${2:-2}"
    start_haproxy
    for _ in $(seq 1 20); do
        curl -sf "http://localhost:$LIFELINE_LB_PORT/health/ready" > /dev/null 2>&1 && break
        curl -sf -o /dev/null "http://localhost:$LIFELINE_LB_PORT/openapi" && break
        sleep 0.5
    done
    echo "cluster up: API http://localhost:$LIFELINE_LB_PORT/api/v1; a token: java config/dev/DevToken.java alice user"
    ;;
stop)
    stop_haproxy
    bash config/cluster/nodes.sh stop
    bash config/cluster/galera.sh stop
    ;;
status)
    bash config/cluster/galera.sh status || true
    haproxy_running && curl -s "http://localhost:$LIFELINE_LB_STATS_PORT/;csv" | awk -F, '$1 == "lifeline-nodes" { print $2, $18 }'
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
