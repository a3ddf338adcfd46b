#!/usr/bin/env bash
# Integration test (CTest demo_standin_stack): the bundled demo stack on the real engine with the
# Stackdeck test stand-in images, not the real ones. up.sh must bring all 11 services up and healthy; the
# published endpoints must answer like the real programs closely enough for the console's probes; every
# service must log info- and error-level lines in its program's style and never a secret; down.sh must
# leave nothing behind.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=${STACKDECK_DEMO_TEST_PROJECT:-stackdeck-demotest}
work=$(mktemp -d)
dir=$work/demo
failures=0
say() { echo "demo-standins-test: $*"; }
check() { # check DESCRIPTION COMMAND...
    local description=$1
    shift
    if "$@"; then
        say "ok    $description"
    else
        say "FAIL  $description"
        failures=$((failures + 1))
    fi
}
cleanup() {
    "$here/down.sh" "$project" | sed 's/^/demo-standins-test: /'
    rm -rf "$work"
}

say "Stackdeck test stand-in images, not the real apache/spark, postgres, redis, prometheus, grafana, nginx"
if ! docker info >/dev/null 2>&1; then
    say "FAIL  no docker engine answers: run tests/setup.d/20-docker.sh"
    exit 1
fi
trap cleanup EXIT

# 1. Up (up.sh builds missing stand-ins, writes the .env and waits for health)
start=$SECONDS
if ! "$here/up.sh" "$project" "$dir"; then
    say "FAIL  up.sh did not bring the demo up and healthy"
    exit 1
fi
say "up to healthy in $((SECONDS - start)) s (including compose's own waits for depends_on)"

# 2. Every service running, every healthcheck healthy (docker inspect)
services=(spark-master spark-worker-1 spark-worker-2 fastapi streamlit analytics postgres redis prometheus grafana nginx)
with_healthcheck=" spark-master fastapi streamlit postgres redis prometheus nginx "
state_ok() {
    local s=$1 id status health
    id=$(docker ps -aq --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=$s")
    [ "$(echo "$id" | wc -w)" -eq 1 ] || { say "      $s: $(echo "$id" | wc -w) containers"; return 1; }
    read -r status health < <(docker inspect --format '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$id")
    if [[ $with_healthcheck == *" $s "* ]]; then
        [ "$status" = running ] && [ "$health" = healthy ] || { say "      $s: $status/$health"; return 1; }
    else
        [ "$status" = running ] || { say "      $s: $status"; return 1; }
    fi
}
for s in "${services[@]}"; do
    check "$s is running$([[ $with_healthcheck == *" $s "* ]] && echo ' and healthy')" state_ok "$s"
done
count=$(docker ps -q --filter "label=com.docker.compose.project=$project" | wc -l)
check "exactly 11 containers run ($count)" test "$count" -eq 11
labelled() {
    local n=0 s image description
    for s in "${services[@]}"; do
        image=$(docker ps --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=$s" --format '{{.Image}}')
        description=$(docker image inspect --format '{{ index .Config.Labels "org.opencontainers.image.description" }}' "$image")
        [[ $description == "Stackdeck test stand-in, not the real $image" ]] && n=$((n + 1))
    done
    [ "$n" -eq 11 ]
}
check "every image is labelled as a Stackdeck test stand-in" labelled

# 3. The published endpoints, from the host
body=$work/body
get() { curl -s -m 10 -o "$body" -w '%{http_code}' "$1"; }
spark_json() {
    [ "$(get http://127.0.0.1:8081/json/)" = 200 ] || return 1
    python3 - "$body" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
alive = [w for w in m["workers"] if w["state"] == "ALIVE"]
ok = m["status"] == "ALIVE" and m["aliveworkers"] == 2 and len(alive) == 2 and m["cores"] == 4 \
    and m["memory"] == 4096 and m["url"].startswith("spark://") and all(w["cores"] == 2 for w in alive)
sys.exit(0 if ok else 1)
PY
}
check "Spark master UI :8081/json/ lists 2 ALIVE workers with 2 cores each" spark_json
check "Spark master UI :8081/json (no slash) answers too" test "$(get http://127.0.0.1:8081/json)" = 200
prom_ready() { [ "$(get http://127.0.0.1:9090/-/ready)" = 200 ] && grep -q '^Prometheus Server is Ready\.$' "$body"; }
check "Prometheus :9090/-/ready answers 200 'Prometheus Server is Ready.'" prom_ready
prom_up() {
    [ "$(get 'http://127.0.0.1:9090/api/v1/query?query=up')" = 200 ] || return 1
    python3 - "$body" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
jobs = {s["metric"]["job"]: s["value"][1] for s in r["data"]["result"]}
sys.exit(0 if r["status"] == "success" and jobs == {"prometheus": "1", "fastapi": "1", "spark-master": "1"} else 1)
PY
}
# the first scrapes run when Prometheus starts, before fastapi may be up: allow one more interval
wait_prom_up() { local _; for _ in $(seq 1 12); do prom_up && return 0; sleep 5; done; return 1; }
check "Prometheus scrapes its 3 targets for real: up == 1 for prometheus, fastapi, spark-master" wait_prom_up
grafana_health() {
    [ "$(get http://127.0.0.1:3000/api/health)" = 200 ] || return 1
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d.get("database") == "ok" and d.get("version") else 1)' "$body"
}
check "Grafana :3000/api/health answers 200 with database ok" grafana_health
check "Grafana :3000/api/datasources refuses a request without credentials (401)" test "$(get http://127.0.0.1:3000/api/datasources)" = 401
nginx_healthz() { [ "$(get http://127.0.0.1:8080/healthz)" = 200 ] && [ "$(cat "$body")" = ok ]; }
check "nginx :8080/healthz answers 200 ok" nginx_healthz
nginx_api() { [ "$(get 'http://127.0.0.1:8080/api/items?limit=5')" = 200 ] && python3 -c 'import json,sys; sys.exit(0 if len(json.load(open(sys.argv[1]))) == 5 else 1)' "$body"; }
check "nginx :8080/api/items proxies to the API (5 items)" nginx_api
nginx_ui() { [ "$(get http://127.0.0.1:8080/)" = 200 ] && grep -q '<title>Streamlit</title>' "$body"; }
check "nginx :8080/ proxies to Streamlit" nginx_ui

# 4. In-container checks the healthchecks rely on
id_of() { docker ps -q --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=$1"; }
redis_auth() {
    local id out
    id=$(id_of redis)
    out=$(docker exec "$id" sh -c 'redis-cli ping; redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping' 2>&1)
    [ "$out" = "$(printf '(error) NOAUTH Authentication required.\nPONG')" ]
}
check "redis answers PING with NOAUTH without the password and PONG with it" redis_auth
pg_ready() { docker exec "$(id_of postgres)" pg_isready -U app -d app | grep -q 'accepting connections'; }
check "pg_isready reports accepting connections" pg_ready
spark_rpc() {
    docker exec "$(id_of spark-master)" bash -c 'echo > /dev/tcp/localhost/7077' \
        && ! docker exec "$(id_of spark-master)" bash -c 'echo > /dev/tcp/localhost/7078' 2>/dev/null
}
check "the bash /dev/tcp healthcheck connects to 7077 and fails on a closed port" spark_rpc
read_only() { ! docker exec "$(id_of fastapi)" touch /app/x 2>/dev/null && docker exec "$(id_of fastapi)" touch /tmp/x; }
check "fastapi runs on a read-only root with a writable /tmp" read_only
users_ok() {
    local expect="spark-master=185 fastapi=10001 streamlit=10002 analytics=10003 postgres=70 redis=999 prometheus=65534 grafana=472 nginx=101" pair
    for pair in $expect; do
        [ "$(docker exec "$(id_of "${pair%=*}")" id -u)" = "${pair#*=}" ] || { say "      ${pair%=*}: uid $(docker exec "$(id_of "${pair%=*}")" id -u)"; return 1; }
    done
}
check "every service runs as the compose file's user" users_ok

# 5. Logs: every service writes info- and error-level lines in its program's style; no secret ever
declare -A info_re=([spark-master]=' INFO ' [spark-worker-1]=' INFO ' [spark-worker-2]=' INFO ' [fastapi]='^INFO: '
    [streamlit]=' INFO ' [analytics]='"level":"info"' [postgres]=' LOG:  ' [redis]=' \* ' [prometheus]='level=info'
    [grafana]='level=info' [nginx]='\[notice\]')
declare -A error_re=([spark-master]=' ERROR ' [spark-worker-1]=' ERROR ' [spark-worker-2]=' ERROR ' [fastapi]='^ERROR: '
    [streamlit]=' ERROR ' [analytics]='"level":"error"' [postgres]=' ERROR:  ' [redis]=' # ' [prometheus]='level=error'
    [grafana]='level=error' [nginx]='\[error\]')
logs_of() { docker logs "$(id_of "$1")" 2>&1; }
logs_ok() {
    local s missing=()
    for s in "${services[@]}"; do
        logs_of "$s" >"$work/$s.log"
        grep -Eq "${info_re[$s]}" "$work/$s.log" && grep -Eq "${error_re[$s]}" "$work/$s.log" || missing+=("$s")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "${missing[*]}" >"$work/missing"
    return 1
}
# generators write an error-level line within their first ~16 lines (0.5-3 s apart): give them up to 60 s
wait_logs() { local _; for _ in $(seq 1 12); do logs_ok && return 0; sleep 5; done; say "      no info/error line yet: $(cat "$work/missing")"; return 1; }
check "every service logs info- and error-level lines in its own format" wait_logs
all_logs=$work/all.log
cat "$work"/*.log >"$all_logs"
check "the stack's logs contain ERROR and INFO lines" eval 'grep -q ERROR "$all_logs" && grep -q INFO "$all_logs"'
lines=$(wc -l <"$all_logs")
check "the stack logged a plausible amount ($lines lines)" test "$lines" -ge 200
no_secrets() {
    local name value leaked=0
    while IFS='=' read -r name value; do
        case $name in ''|'#'*) continue ;; esac
        if grep -qF -- "$value" "$all_logs"; then say "      the value of $name appears in the logs"; leaked=1; fi
    done <"$dir/.env"
    [ "$leaked" -eq 0 ]
}
check "no secret from the .env appears in any log" no_secrets
check "the .env is mode 0600" test "$(stat -c %a "$dir/.env")" = 600

# 6. Down leaves nothing behind
trap - EXIT
start=$SECONDS
"$here/down.sh" "$project" | sed 's/^/demo-standins-test: /'
left=$(( $(docker ps -aq --filter "label=com.docker.compose.project=$project" | wc -l) \
    + $(docker network ls -q --filter "label=com.docker.compose.project=$project" | wc -l) \
    + $(docker volume ls -q --filter "label=com.docker.compose.project=$project" | wc -l) ))
check "down.sh removed every container, network and volume ($left left, $((SECONDS - start)) s)" test "$left" -eq 0
rm -rf "$work"

if [ "$failures" -gt 0 ]; then
    say "$failures check(s) failed"
    exit 1
fi
say "all checks passed"
