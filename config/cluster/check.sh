#!/usr/bin/env bash
# The cluster test: what several nodes must not lose. Starts a fresh cluster (cluster.sh: three Galera nodes, two
# Lifeline nodes, HAProxy) with the compliance schedule every minute, and checks:
#   1. the lock of an account locked through node 1 holds on node 2 (ClusterLoad lock);
#   2. one recovery code raced on both nodes at once is accepted exactly once, with no 5xx (CodeRace);
#   3. under a closed loop of CLIENTS clients verifying TOTP and recovery codes through HAProxy for LOAD_SECONDS:
#      node 1 killed with kill -9 (and the time until HAProxy takes it out measured); then, with node 2 serving
#      alone, its own Galera node (2) killed and restarted (it must rejoin; node 2's driver moves to another Galera
#      node); node 1 started again. Every request answered 2xx/4xx but those that reached the dying node before
#      HAProxy took it out (all within those seconds) and those whose transaction was on the dying Galera node's
#      connections or met the cluster's reconfiguration: those must be 503 (the outcome of a commit in flight is
#      unknown, so it is not retried), within 10 s of that kill. The clients wait what a 503's Retry-After asks
#      (5 s for the database out of reach), as a platform's client does: at most five failures a client in all (two
#      for the node, three for Galera: at its kill, 5 s and 10 s later);
#   4. on every Galera node: every acknowledged verification is there (codes consumed, TOTP steps used, attempts
#      recorded), and the audit trail is the same (count and digest of every entry's hash); the trail verification
#      through HAProxy is intact;
#   5. the compliance schedule fired once a minute with both nodes up (one node starting a run or finding one in
#      progress, never both), at least three times;
#   6. a scheduled compliance run whose node is killed mid-step is taken over by the other node, completes, and finds
#      what the uninterrupted run of the minute before found (both after the load: the same data);
#   7. no notification was delivered twice to the platform's webhook (both nodes' outbox lanes sharing one outbox),
#      but for one sent as its node or its Galera node was killed, again when its claim ran out.
# Prints RESULT lines and a VERDICT; exits non-zero on any failure. Stops everything it started.
#
#   config/cluster/check.sh            (ACCOUNTS=1000 CLIENTS=32 LOAD_SECONDS=150; about 10 to 13 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$PWD/target/cluster
OUT=$WORK/check
ACCOUNTS=${ACCOUNTS:-1000}
CLIENTS=${CLIENTS:-32}
LOAD_SECONDS=${LOAD_SECONDS:-150}
# the Galera node killed under the load: node 2's own by default, the worst case (GALERA_VICTIM=3: a node no Lifeline
# node uses)
GALERA_VICTIM=${GALERA_VICTIM:-2}
LB=http://localhost:8000
NODE_1=http://localhost:9080
NODE_2=http://localhost:10080
FAILURES=()
fail() { FAILURES+=("$1"); echo "FAILED $1"; }

bash config/cluster/cluster.sh stop > /dev/null 2>&1 || true
rm -rf "$WORK"
./mvnw -B -q -Pcluster -DskipTests package # the cluster server of this very source
mkdir -p "$OUT"
# notifications go to a webhook receiver of the test's (config/cluster/webhook-receiver.py), which notes every
# delivery: step 7 looks for one delivered twice
python3 config/cluster/webhook-receiver.py 18090 "$OUT/webhook-deliveries.txt" &
RECEIVER=$!
trap 'kill $RECEIVER 2> /dev/null; bash config/cluster/cluster.sh stop > /dev/null 2>&1 || true' EXIT
export LIFELINE_NOTIFICATIONS_WEBHOOK_URL=http://127.0.0.1:18090/notifications
export LIFELINE_NOTIFICATIONS_WEBHOOK_SECRET=cluster-test-webhook-secret-of-32-bytes
export LIFELINE_NOTIFICATIONS_EMAIL_ENABLED=false
# every node of a cluster needs the same settings: a node started with another schedule would replace the cluster's
export LIFELINE_AUDIT_SCHEDULE='* * * * *'
# chunks of 50: a run of the data set below lasts seconds, long enough to kill its node in the middle of a step
export LIFELINE_AUDIT_CHUNK_SIZE=50
bash config/cluster/cluster.sh start 2
# a data set for the compliance runs to read (step 6 kills a node in the middle of one)
MARIADB_PORT=4306 MARIADB_DATABASE=lifeline bash config/bench/generate-dataset.sh "${DATASET_ACCOUNTS:-20000}"
javac -d "$WORK/classes" config/dev/DevToken.java config/bench/VerificationLoad.java config/cluster/ClusterLoad.java \
    config/cluster/CodeRace.java
run() { java -cp "$WORK/classes" "$@"; }
SCHEDULE_FROM=$(date -u +%s)

# 1 and 2: the database's lock, and one code on two nodes
run ClusterLoad lock "$NODE_1" "$NODE_2" | tee "$OUT/lock.out" || fail "lock on node 1 did not hold on node 2"
run CodeRace "$NODE_1,$NODE_2" 32 5 | tee "$OUT/race.out" | grep -E '^(RESULT|VERDICT)' \
    || true
grep -q '^VERDICT pass' "$OUT/race.out" || fail "a recovery code raced on two nodes was not accepted exactly once"

# 3: the load, a Lifeline node and a Galera node killed under it
run ClusterLoad load "$LB" "$ACCOUNTS" "$CLIENTS" "$LOAD_SECONDS" "$OUT" > "$OUT/load.out" 2>&1 &
LOAD=$!
until grep -q '^READY' "$OUT/load.out"; do
    kill -0 "$LOAD" 2> /dev/null || { cat "$OUT/load.out"; fail "the load did not start"; exit 1; }
    sleep 0.5
done
LOAD_START=$(date +%s%N)
sleep 20
KILLED_AT=$(date +%s%N)
bash config/cluster/nodes.sh kill 1
while curl -s "http://localhost:8404/;csv" | grep -q '^lifeline-nodes,node-1,.*,UP'; do sleep 0.05; done
TAKEOUT_MS=$((($(date +%s%N) - KILLED_AT) / 1000000))
echo "RESULT takeout node=1 ms=$TAKEOUT_MS"
sleep 5
# what the surviving Galera nodes say of the cluster after the kill (each change of state, size or readiness)
for port in $(seq 4306 4308); do
    [ "$port" = $((4305 + GALERA_VICTIM)) ] && continue
    ( for _ in $(seq 1 100); do
        echo "$(date +%s%N) $(mariadb --no-defaults -h 127.0.0.1 -P "$port" -u lifeline -plifeline --connect-timeout=1 \
            -N -B -e "SELECT GROUP_CONCAT(VARIABLE_VALUE ORDER BY VARIABLE_NAME SEPARATOR '/')
                FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN
                ('WSREP_CLUSTER_STATUS', 'WSREP_CLUSTER_SIZE', 'WSREP_READY', 'WSREP_LOCAL_STATE_COMMENT')" \
            2>&1 | tr '\n' ' ' | cut -c1-120)"
        sleep 0.2
    done > "$OUT/galera-view-$port.txt" ) &
done
( for _ in $(seq 1 100); do # and what HAProxy says of each Lifeline node
    echo "$(date +%s%N) $(curl -s --max-time 1 "http://localhost:8404/;csv" \
        | awk -F, '$1 == "lifeline-nodes" && $2 ~ /^node-[12]$/ { printf "%s=%s ", $2, $18 }')"
    sleep 0.2
done > "$OUT/haproxy-view.txt" ) &
GALERA_KILLED_AT=$(date +%s%N)
bash config/cluster/galera.sh kill "$GALERA_VICTIM"
sleep 10
GALERA_RESTART=$(date +%s%N)
bash config/cluster/galera.sh restart "$GALERA_VICTIM" | tee -a "$OUT/galera.out"
echo "RESULT galera_rejoin node=$GALERA_VICTIM ms=$((($(date +%s%N) - GALERA_RESTART) / 1000000))"
bash config/cluster/nodes.sh restart 1
wait "$LOAD" || fail "the load ended with an error"
LOAD_END=$(date -u +%Y-%m-%dT%H:%M:%S)
cat "$OUT/load.out"
KILL_SECOND=$(((KILLED_AT - LOAD_START) / 1000000000))
FAILED=$(sed -n 's/^RESULT load .* failed=\([0-9]*\) .*/\1/p' "$OUT/load.out")
# answers other than 2xx/4xx: only requests that reached node 1 as it died, before HAProxy took it out (a request
# HAProxy could not deliver goes to the other node; one delivered to a dying node is not sent twice, since it may
# have been carried out): all in the seconds of the kill
OUT_BY=$((KILL_SECOND + TAKEOUT_MS / 1000 + 1))
# and 503s for transactions on the connections to the killed Galera node (the driver connects to the next Galera node
# for the next one), within 10 s of its kill
GALERA_SECOND=$(((GALERA_KILLED_AT - LOAD_START) / 1000000000))
LATE=$(awk -v k="$KILL_SECOND" -v out="$OUT_BY" -v g="$GALERA_SECOND" 'NR > 1 {
        dead_node = $1 >= k && $1 <= out; dead_galera = $1 >= g && $1 <= g + 10
        if (!dead_node) n += $5 + $6
        if (!dead_node && !dead_galera) n += $4
    } END { print n + 0 }' "$OUT/timeline.tsv")
UNAVAILABLE=$(awk 'NR > 1 { n += $4 } END { print n + 0 }' "$OUT/timeline.tsv")
awk -v g="$GALERA_SECOND" 'NR == 1 || ($1 >= g - 1 && $1 <= g + 12) { print "RESULT timeline " $0 }' "$OUT/timeline.tsv"
for view in "$OUT"/galera-view-*.txt "$OUT/haproxy-view.txt"; do # each change of what they said, from the kill on
    name=${view##*/}
    awk -v k="$GALERA_KILLED_AT" -v name="${name%.txt}" '{ at = $1; $1 = "" }
        $0 != last { printf "RESULT %s at_ms=%d%s\n", name, (at - k) / 1000000, $0; last = $0 }' "$view"
done
grep -h 'answered 503 since' "$WORK"/node-*/standalone/log/server.log | cut -c1-400 | sed 's/^/RESULT server_503 /' || true
echo "RESULT failed_answers total=${FAILED:-?} unavailable=$UNAVAILABLE" \
    "unexplained=$LATE (node kill seconds $KILL_SECOND to $OUT_BY, Galera kill second $GALERA_SECOND)"
[ "${FAILED:-999}" -le $((5 * CLIENTS)) ] && [ "$LATE" = 0 ] || fail "answers other than 2xx/4xx beyond the dead nodes'"
grep -q '^RESULT load .* accepted=[1-9]' "$OUT/load.out" || fail "no verification accepted"

# 4: every Galera node holds every acknowledged verification, and the same trail
sql() { mariadb --no-defaults -h 127.0.0.1 -P "$1" -u lifeline -plifeline lifeline -N -B -e "$2"; }
VALUES=$(awk -F'\t' '$4 > 0 { printf "%s(\x27%s\x27, %s, %s, %s)", (n++ ? ", " : ""), $1, $2, $3, $4 }' \
    "$OUT/acknowledged.tsv")
ACKED_ACCOUNTS=$(awk -F'\t' '$4 > 0' "$OUT/acknowledged.tsv" | wc -l)
TRAILS=()
for port in 4306 4307 4308; do
    HELD=$(sql $port "WITH t (account_id, codes, step, accepted) AS (VALUES $VALUES)
        SELECT COUNT(*) FROM t
        WHERE (SELECT COUNT(*) FROM recovery_code c JOIN recovery_code_set s ON s.id = c.set_id
               WHERE s.account_id = t.account_id AND c.used_at IS NOT NULL) >= t.codes
          AND (t.step = 0 OR (SELECT a.last_used_step FROM authenticator a
               WHERE a.account_id = t.account_id AND a.status = 'ACTIVE') >= t.step)
          AND (SELECT COUNT(*) FROM verification_attempt v WHERE v.account_id = t.account_id
               AND v.outcome = 'SUCCESS' AND v.purpose = 'VERIFY') >= t.accepted")
    TRAIL=$(sql $port "SET SESSION group_concat_max_len = 1073741824;
        SELECT CONCAT(COUNT(*), ' ', SHA2(GROUP_CONCAT(entry_hash ORDER BY id SEPARATOR ''), 256)) FROM audit_event")
    echo "RESULT galera port=$port acknowledged_accounts=$ACKED_ACCOUNTS held=$HELD trail=$TRAIL"
    [ "$HELD" = "$ACKED_ACCOUNTS" ] || fail "Galera node on $port lacks acknowledged verifications"
    TRAILS+=("$TRAIL")
done
[ "${TRAILS[0]}" = "${TRAILS[1]}" ] && [ "${TRAILS[1]}" = "${TRAILS[2]}" ] || fail "the Galera nodes hold different trails"
AUDITOR=$(java config/dev/DevToken.java cluster-auditor auditor)
for _ in 1 2 3 4 5; do # a 503 (it met the compliance job's trail check on another node) asks to be sent again
    VERIFICATION=$(curl -s --max-time 300 -H "Authorization: Bearer $AUDITOR" "$LB/api/v1/audit-log/verification")
    echo "$VERIFICATION" | grep -q '"status":503' || break
    sleep 2
done
echo "RESULT trail_verification $VERIFICATION"
echo "$VERIFICATION" | grep -q '"intact":true' || fail "the audit trail's verification is not intact"

# 5: the compliance schedule fires once a minute on the cluster (the test's schedule): each tick, one node starts a
# run or finds one in progress, never both nodes; at least three ticks of the four or more minute boundaries in the
# 260 s since the data set was loaded (a tick came 8 s late after the kills once, and the window had closed)
until [ $(($(date -u +%s) - SCHEDULE_FROM)) -ge 260 ]; do sleep 5; done
grep -h 'scheduled compliance run' "$WORK"/node-*/standalone/log/server.log | cut -c1-200 | sort > "$OUT/schedule.log" || true
TICKS=$(cut -c1-16 "$OUT/schedule.log" | sort -u | wc -l)
DOUBLE=$(cut -c1-16 "$OUT/schedule.log" | uniq -d | wc -l)
echo "RESULT schedule ticks=$TICKS fired_twice_in_a_minute=$DOUBLE"
[ "$TICKS" -ge 3 ] && [ "$DOUBLE" = 0 ] || fail "the compliance schedule did not fire once a minute"

# 6: a scheduled run whose node dies mid-step is taken over by the other node (the run watch: 30 s of silence), and
# finds what the uninterrupted run of the minute before found
RUNS_NOW() { curl -s -H "Authorization: Bearer $AUDITOR" "$LB/api/v1/audit-runs?limit=50"; }
# a run of a quiet minute (after the load), right after another quiet run: both see the same data
MID_STEP=""
for _ in $(seq 1 1500); do
    MID_STEP=$(RUNS_NOW | python3 -c "import json, sys
runs = json.load(sys.stdin)
quiet = {r['until'] for r in runs if r['status'] == 'COMPLETED' and r['since'] > '$LOAD_END'}
for r in runs:
    steps = [s['name'] for s in r['steps'] if s['status'] == 'STARTED']
    if r['status'] == 'STARTED' and steps and r['since'] in quiet:
        print(r['runId'], r['since'], r['until'], steps[0])
        break" 2> /dev/null || true)
    [ -n "$MID_STEP" ] && break
    sleep 0.1
done
[ -n "$MID_STEP" ] || { fail "no scheduled run was seen in the middle of a step"; MID_STEP="0 none none none"; }
read -r INTERRUPTED WINDOW_START WINDOW_END STEP <<< "$MID_STEP"
OWNER=$(sql 4306 "SELECT node FROM audit_run_owner WHERE id = 1")
bash config/cluster/nodes.sh kill "${OWNER##*-}" || true
echo "RESULT compliance run=$INTERRUPTED window_end=$WINDOW_END killed_in_step=$STEP node=$OWNER"
TAKEN_OVER=""
for _ in $(seq 1 120); do
    TAKEN_OVER=$(RUNS_NOW | python3 -c "import json, sys
for r in json.load(sys.stdin):
    if r['runId'] > $INTERRUPTED and r['until'] == '$WINDOW_END' and r['status'] in ('COMPLETED', 'FAILED'):
        print(r['runId'], r['status'], sorted(r['findings'].items()))
        break" 2> /dev/null || true)
    [ -n "$TAKEN_OVER" ] && break
    sleep 1
done
BEFORE=$(RUNS_NOW | python3 -c "import json, sys
for r in json.load(sys.stdin):
    if r['until'] == '$WINDOW_START' and r['status'] == 'COMPLETED':
        print(r['runId'], r['status'], sorted(r['findings'].items()))
        break" 2> /dev/null || true)
echo "RESULT compliance taken_over_as=${TAKEN_OVER:-none}"
echo "RESULT compliance run_before=${BEFORE:-none}"
[ "$(echo "$TAKEN_OVER" | cut -d' ' -f2)" = COMPLETED ] || fail "the interrupted compliance run was not completed on the other node"
[ -n "$BEFORE" ] && [ "$(echo "$TAKEN_OVER" | cut -d' ' -f3-)" = "$(echo "$BEFORE" | cut -d' ' -f3-)" ] \
    || fail "the taken-over run's findings differ from the uninterrupted run's before it"

# 7: no notification delivered twice, though both nodes' outbox lanes took from one outbox throughout: a second copy
# is allowed only for a notification whose first went out as node 1 or node 2's Galera node was killed (sent, not yet
# recorded: the claim's lease of two minutes then ran out). Waits for the outbox to drain first.
for _ in $(seq 1 120); do
    [ "$(sql 4306 "SELECT COUNT(*) FROM notification WHERE status = 'PENDING' AND next_attempt_at <= UTC_TIMESTAMP(6)")" = 0 ] && break
    sleep 1
done
SENT=$(sql 4306 "SELECT COUNT(*) FROM notification WHERE channel = 'WEBHOOK' AND status = 'SENT'")
DELIVERIES=$(python3 - "$OUT/webhook-deliveries.txt" "$((KILLED_AT / 1000000))" "$((GALERA_KILLED_AT / 1000000))" << 'PY'
import sys
from collections import defaultdict
times = defaultdict(list)
for line in open(sys.argv[1]):
    at, notification = line.split()
    times[notification].append(int(at))
kills = [int(k) for k in sys.argv[2:]]
doubles = [n for n, t in times.items() if len(t) > 1]
after_crash = [n for n in doubles if len(times[n]) == 2 and any(abs(min(times[n]) - k) <= 3000 for k in kills)
               and max(times[n]) - min(times[n]) >= 100000]
print(sum(len(t) for t in times.values()), len(times), len(doubles) - len(after_crash), len(after_crash))
PY
)
read -r RECEIVED DISTINCT TWICE REDELIVERED <<< "$DELIVERIES"
echo "RESULT notifications sent=$SENT received=$RECEIVED distinct=$DISTINCT delivered_twice=$TWICE redelivered_after_the_kill=$REDELIVERED"
[ "$TWICE" = 0 ] && [ "$DISTINCT" -ge "$SENT" ] && [ "$SENT" -gt 0 ] || fail "a notification was delivered twice, or not at all"

if [ ${#FAILURES[@]} -eq 0 ]; then
    echo "VERDICT pass"
else
    printf 'VERDICT fail: %s\n' "${FAILURES[@]}"
    exit 1
fi
