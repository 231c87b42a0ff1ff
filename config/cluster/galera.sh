#!/usr/bin/env bash
# A MariaDB Galera cluster on this machine, for Lifeline's cluster tests: NODES nodes (3) of the machine's MariaDB with
# Debian's galera-4, each with its own data folder under target/cluster/galera-N, on 127.0.0.1 only:
#   node N: SQL port 4305+N (4306, 4307, 4308), group communication 14557+10N, IST 14558+10N, SST (rsync) 14559+10N.
# The first node bootstraps the cluster on a first start; the others join it by state transfer. A database
# `lifeline` and a user lifeline/lifeline are created once, and replicate.
#
#   config/cluster/galera.sh start [NODES]     start every node that is not running, wait until each is Synced
#   config/cluster/galera.sh stop              stop every node this script started (by PID; SIGTERM, then SIGKILL)
#   config/cluster/galera.sh kill N            kill -9 node N (a crash)
#   config/cluster/galera.sh restart N         start node N again: it rejoins (IST, or SST when it missed too much)
#   config/cluster/galera.sh status            each node's state, cluster size and last committed seqno
#
# Needs mariadbd and mariadb-install-db (mariadb-server), galera-4 and rsync; nothing else of the machine is used.
# As root the nodes run as the mysql user (rsync's state-transfer daemon would otherwise run as nobody).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$PWD/${LIFELINE_CLUSTER_DIR:-target/cluster}
NODES=${2:-3}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
command -v mariadbd > /dev/null || PATH=$PATH:/usr/sbin
mkdir -p "$WORK"

# As root, the nodes run as the mysql user: rsync's state-transfer daemon, started by root, would switch to nobody
RUN_AS=$(id -un)
[ "$(id -u)" != 0 ] || RUN_AS=mysql
dir() { echo "$WORK/galera-$1"; }
sql_port() { echo $((4305 + $1)); }
group_port() { echo $((14557 + 10 * $1)); }
sql() { mariadb --no-defaults --protocol=socket -S "$(dir "$1")/mariadb.sock" -u root -N -B -e "$2"; }
running() { [ -f "$(dir "$1")/pid" ] && kill -0 "$(cat "$(dir "$1")/pid")" 2> /dev/null; }
members() {
    local address="" n
    for n in $(seq 1 "$(cat "$WORK/galera-nodes" 2> /dev/null || echo "$NODES")"); do
        address="$address${address:+,}127.0.0.1:$(group_port "$n")"
    done
    echo "$address"
}

configure() {
    local n=$1 d
    d=$(dir "$n")
    mkdir -p "$d"
    [ "$RUN_AS" = "$(id -un)" ] || chown "$RUN_AS:" "$d"
    cat > "$d/my.cnf" << CNF
[mariadbd]
user=$RUN_AS
datadir=$d/data
port=$(sql_port "$n")
bind-address=127.0.0.1
socket=$d/mariadb.sock
pid-file=$d/mariadb.pid
log-error=$d/error.log
innodb_buffer_pool_size=128M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=lifeline
wsrep_cluster_address=gcomm://$(members)
wsrep_node_name=galera-$n
wsrep_node_address=127.0.0.1:$(group_port "$n")
wsrep_provider_options=base_port=$(group_port "$n");ist.recv_addr=127.0.0.1:$((14558 + 10 * n));gcache.size=256M
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((14559 + 10 * n))
CNF
    [ -d "$d/data/mysql" ] || mariadb-install-db --defaults-file="$d/my.cnf" --skip-test-db \
        --auth-root-authentication-method=normal > "$d/install.log" 2>&1
    [ "$RUN_AS" = "$(id -un)" ] || chown -R "$RUN_AS:" "$d" 
}

await_synced() {
    local n=$1 state=""
    for _ in $(seq 1 240); do
        running "$n" || { echo "galera-$n stopped: $(dir "$n")/error.log" >&2; tail -20 "$(dir "$n")/error.log" >&2; exit 1; }
        state=$(sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2> /dev/null | cut -f2 || true)
        [ "$state" = "Synced" ] && return 0
        sleep 0.5
    done
    echo "galera-$n is not Synced after 120 s (state: ${state:-none}): $(dir "$n")/error.log" >&2
    exit 1
}

start_node() {
    local n=$1 bootstrap=${2:-} d
    d=$(dir "$n")
    running "$n" && return 0
    configure "$n"
    local extra=()
    if [ -n "$bootstrap" ]; then
        extra=(--wsrep-new-cluster)
        # a cluster stopped as a whole restarts from the node that stopped last; safe_to_bootstrap marks it
        [ ! -f "$d/data/grastate.dat" ] || sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$d/data/grastate.dat"
    fi
    setsid nohup mariadbd --defaults-file="$d/my.cnf" "${extra[@]}" > "$d/console.log" 2>&1 &
    echo $! > "$d/pid"
    await_synced "$n"
    echo "galera-$n Synced on 127.0.0.1:$(sql_port "$n")"
}

any_running() {
    local n
    for n in $(seq 1 "$(cat "$WORK/galera-nodes" 2> /dev/null || echo 0)"); do running "$n" && return 0; done
    return 1
}

case "${1:-}" in
start)
    if ! any_running; then
        echo "$NODES" > "$WORK/galera-nodes"
        start_node 1 bootstrap
    fi
    for n in $(seq 1 "$(cat "$WORK/galera-nodes")"); do start_node "$n"; done
    sql 1 "CREATE DATABASE IF NOT EXISTS lifeline CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
           CREATE USER IF NOT EXISTS 'lifeline'@'127.0.0.1' IDENTIFIED BY 'lifeline';
           CREATE USER IF NOT EXISTS 'lifeline'@'localhost' IDENTIFIED BY 'lifeline';
           GRANT ALL ON lifeline.* TO 'lifeline'@'127.0.0.1'; GRANT ALL ON lifeline.* TO 'lifeline'@'localhost';"
    echo "cluster size $(sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
    ;;
stop)
    for n in $(seq "$(cat "$WORK/galera-nodes" 2> /dev/null || echo 0)" -1 1); do
        running "$n" || continue
        pid=$(cat "$(dir "$n")/pid")
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2> /dev/null || true
        echo "galera-$n stopped"
    done
    ;;
kill)
    running "$2" && kill -9 "$(cat "$(dir "$2")/pid")" && echo "galera-$2 killed"
    ;;
restart)
    start_node "$2"
    ;;
status)
    for n in $(seq 1 "$(cat "$WORK/galera-nodes" 2> /dev/null || echo 0)"); do
        if running "$n"; then
            echo "galera-$n $(sql "$n" "SELECT CONCAT(
                (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_LOCAL_STATE_COMMENT'),
                ' size=', (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_CLUSTER_SIZE'),
                ' seqno=', (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_LAST_COMMITTED'))")"
        else
            echo "galera-$n down"
        fi
    done
    ;;
*)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
