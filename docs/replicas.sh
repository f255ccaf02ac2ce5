#!/usr/bin/env bash
# replicas.sh runs docker-compose.yml's topology on this machine, without
# Docker: a PostgreSQL primary and a streaming replica (local PostgreSQL
# binaries), two `plenary serve` processes (DATABASE_URL the primary,
# DATABASE_READ_URL the replica) and nginx in front. It then checks what
# docs/deploy.md promises: readers get pages from either process through
# the proxy; an admin logs in on one and publishes on the other (sessions
# live in the database); the page the publish leads to waits for the
# replica; stopping one process leaves the site up. It prints each step
# and the replica's lag. Needs nginx (nginx-light) and curl; run from the
# repository root (make replicas). Ports: BASE_PORT (default 18080) and
# the next four.
set -euo pipefail

BASE_PORT=${BASE_PORT:-18080}
PROXY=$BASE_PORT SITE1=$((BASE_PORT + 1)) SITE2=$((BASE_PORT + 2)) PRIMARY=$((BASE_PORT + 3)) REPLICA=$((BASE_PORT + 4))
for tool in nginx curl; do
	command -v "$tool" >/dev/null || { echo "replicas: $tool is not installed (apt-get install nginx-light curl)" >&2; exit 1; }
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/pg_basebackup" ] || { echo "replicas: no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 1; }

work=$(mktemp -d /tmp/plenary-replicas.XXXXXX)
chmod 755 "$work"
[ "$(id -u)" != 0 ] || chown postgres "$work" # as root, PostgreSQL runs as postgres
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	[ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -p "$work" -s quit 2>/dev/null || true
	for d in replica primary; do [ -d "$work/$d" ] && as_pg "$PGBIN/pg_ctl" -D "$work/$d" -m fast stop >/dev/null 2>&1 || true; done
	rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

step "primary on :$PRIMARY, streaming replica on :$REPLICA"
as_pg "$PGBIN/initdb" -D "$work/primary" -U plenary --auth=trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$work/primary" -l "$work/primary.log" -w -o "-p $PRIMARY -k $work -c listen_addresses=127.0.0.1" start >/dev/null
"$PGBIN/psql" -qX -h 127.0.0.1 -p "$PRIMARY" -U plenary -d postgres -c 'CREATE DATABASE plenary'
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY" -U plenary -D "$work/replica" -R -X stream
as_pg "$PGBIN/pg_ctl" -D "$work/replica" -l "$work/replica.log" -w -o "-p $REPLICA -k $work -c listen_addresses=127.0.0.1 -c hot_standby=on" start >/dev/null
primary="postgres://plenary@127.0.0.1:$PRIMARY/plenary?sslmode=disable"
replica="postgres://plenary@127.0.0.1:$REPLICA/plenary?sslmode=disable"

step "build, migrate, load the examples and an admin (on the primary)"
GOTOOLCHAIN=${GOTOOLCHAIN:-go1.27.3} go build -o "$work/plenary" ./cmd/plenary
export LOG_LEVEL=warn
DATABASE_URL=$primary "$work/plenary" ingest examples/* >/dev/null
printf 'replica check passphrase\n' | DATABASE_URL=$primary "$work/plenary" admin create --username clerk >/dev/null

step "two sites (:$SITE1, :$SITE2) behind nginx on :$PROXY"
for port in "$SITE1" "$SITE2"; do
	DATABASE_URL=$primary DATABASE_READ_URL=$replica PLENARY_BASE_URL="http://127.0.0.1:$PROXY" PLENARY_TRUST_PROXY=1 \
		"$work/plenary" serve --addr "127.0.0.1:$port" --dump-dir "$work/dumps$port" 2>"$work/site$port.log" &
	pids+=($!)
done
cat >"$work/nginx.conf" <<EOF
pid $work/nginx.pid;
error_log $work/nginx.err;
events {}
http {
	access_log off;
	client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
	upstream plenary { server 127.0.0.1:$SITE1; server 127.0.0.1:$SITE2; }
	server {
		listen 127.0.0.1:$PROXY;
		client_max_body_size 32m;
		location / {
			proxy_pass http://plenary;
			proxy_set_header Host \$host;
			proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto \$scheme;
			proxy_next_upstream error timeout http_502;
		}
	}
}
EOF
nginx -c "$work/nginx.conf" -p "$work"
site="http://127.0.0.1:$PROXY"
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$SITE1/healthz" >/dev/null && curl -fs "http://127.0.0.1:$SITE2/healthz" >/dev/null && break; sleep 0.1; done

step "readers: the same page from either site, through the proxy"
for port in "$SITE1" "$SITE2" "$PROXY"; do
	printf '  :%s /sessions %s\n' "$port" "$(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes' "http://127.0.0.1:$port/sessions")"
done

step "an admin logs in through the proxy and publishes"
jar="$work/cookies"
curl -s -o /dev/null -c "$jar" -b "$jar" -H "Origin: $site" --data-urlencode username=clerk --data-urlencode 'password=replica check passphrase' "$site/admin/login"
printf 'Replica Check\n\nThursday, 5 June 2025\n\n1. Opening\n\nAnn Lee: The replica shows this a moment after the primary.\n' >"$work/new.txt"
preview=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -H "Origin: $site" -F "file=@$work/new.txt" "$site/admin/uploads")
[ -n "$preview" ] || { echo "replicas: the upload did not lead to a preview (login failed?)" >&2; exit 1; }
# The replica is held back (replay paused) to show a lag: a busy replica
# behind by a second is what this stands for.
replica_sql() { "$PGBIN/psql" -qAtX -h 127.0.0.1 -p "$REPLICA" -U plenary -d plenary -c "$1"; }
replica_sql 'SELECT pg_wal_replay_pause()' >/dev/null
landing=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -H "Origin: $site" -X POST "$preview/publish")
echo "  published with the replica's replay paused; the admin is sent to $landing"
code=$(curl -s -o "$work/landing.html" -w '%{http_code}' -D "$work/landing.hdr" "$landing")
echo "  while paused: $code, Refresh: $(awk 'tolower($1) == "refresh:" {print $2}' "$work/landing.hdr" | tr -d '\r')$(grep -q 'on its way' "$work/landing.html" && echo ', the page says the revision is on its way')"
[ "$code" = 503 ] || exit 1
replica_sql 'SELECT pg_wal_replay_resume()' >/dev/null
start=$(date +%s%N)
for i in $(seq 200); do
	code=$(curl -s -o "$work/landing.html" -w '%{http_code}' "$landing")
	[ "$code" = 200 ] && break
	sleep 0.05
done
echo "  replay resumed: $code with the session after $(( ($(date +%s%N) - start) / 1000000 )) ms"
[ "$code" = 200 ] || exit 1

step "one site stops: the proxy sends everything to the other"
kill -INT "${pids[0]}" && wait "${pids[0]}" 2>/dev/null || true
pids=("${pids[@]:1}")
ok=0
for _ in $(seq 20); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$site/sessions")" = 200 ] && ok=$((ok + 1)); done
echo "  $ok of 20 requests answered 200"
[ "$ok" = 20 ] || exit 1
echo
echo "replicas: all checks passed"
