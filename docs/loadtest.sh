#!/usr/bin/env bash
# loadtest.sh runs the wrk recipe of docs/benchmarks.md in one go: it
# builds plenary, loads the whole corpus into a throw-away embedded
# PostgreSQL, serves the seed session page from `plenary serve` and the
# same bytes as a file from nginx, and loads both with wrk (32
# connections), interleaving the two servers round by round so that
# whatever else runs on the machine hits both alike. It prints requests
# per second of each round and the median ratios, then search latency
# (sequential, p50/p95) and the server's memory.
#
# Needs wrk, nginx (nginx-light is enough) and curl; run from the
# repository root (make loadtest). Environment: ROUNDS (default 3),
# DURATION per wrk run (10s), THREADS of wrk (2), PLENARY_CORPUS
# (../shared/corpus), SITE_PORT (8091), NGINX_PORT (8092).
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CORPUS=${PLENARY_CORPUS:-../shared/corpus}
SITE_PORT=${SITE_PORT:-8091}
NGINX_PORT=${NGINX_PORT:-8092}
SLUG=2016-11-16-ietf-plenary-session

for tool in wrk nginx curl awk; do
	command -v "$tool" >/dev/null || { echo "loadtest: $tool is not installed (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done
[ -d "$CORPUS/raw" ] || { echo "loadtest: no corpus at $CORPUS (set PLENARY_CORPUS)" >&2; exit 1; }

work=$(mktemp -d /tmp/plenary-loadtest.XXXXXX)
chmod 755 "$work" # as root the embedded cluster runs as postgres
site=
cleanup() {
	[ -n "$site" ] && kill -INT "$site" 2>/dev/null && wait "$site" 2>/dev/null || true
	[ -f "$work/nginx/nginx.pid" ] && nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -s quit 2>/dev/null || true
	sleep 0.5
	rm -rf "$work"
}
trap cleanup EXIT

echo "building and loading the corpus into $work"
go build -o "$work/plenary" ./cmd/plenary
export PLENARY_DATA_DIR=$work/pgdata
files=$(ls "$CORPUS"/raw/*.txt "$CORPUS"/raw/*.md | grep -v SOURCES.md)
# shellcheck disable=SC2086 # one argument per file
"$work/plenary" ingest $files >"$work/ingest.log" 2>&1
"$work/plenary" serve --addr "127.0.0.1:$SITE_PORT" >"$work/site.log" 2>&1 &
site=$!
SITE=http://127.0.0.1:$SITE_PORT/sessions/$SLUG
for _ in $(seq 100); do curl -sf -o /dev/null "$SITE" && break; sleep 0.2; done

mkdir -p "$work/www" "$work/nginx"
curl -sf "$SITE" >"$work/www/session.html"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    types { text/html html; }
    server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
NGINX=http://127.0.0.1:$NGINX_PORT/session.html
sleep 0.5

etag() { curl -sI "$1" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r'; }
rps() { wrk -t"$THREADS" -c32 -d"$DURATION" "$@" | awk '/Requests\/sec/{printf "%d", $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

site_tag=$(etag "$SITE")
nginx_tag=$(etag "$NGINX")
: >"$work/r200"
: >"$work/r304"
printf '%-6s %-5s %10s %10s %7s\n' round kind site nginx ratio
for i in $(seq "$ROUNDS"); do
	a=$(rps "$SITE")
	b=$(rps "$NGINX")
	awk -v a="$a" -v b="$b" 'BEGIN {print a/b}' >>"$work/r200"
	printf '%-6s %-5s %10s %10s %6.0f%%\n' "$i" 200 "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print 100*a/b}')"
	a=$(rps -H "If-None-Match: $site_tag" "$SITE")
	b=$(rps -H "If-None-Match: $nginx_tag" "$NGINX")
	awk -v a="$a" -v b="$b" 'BEGIN {print a/b}' >>"$work/r304"
	printf '%-6s %-5s %10s %10s %6.0f%%\n' "$i" 304 "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print 100*a/b}')"
done
echo "median site/nginx: 200s $(median <"$work/r200" | awk '{printf "%.0f%%", 100*$1}'), 304s $(median <"$work/r304" | awk '{printf "%.0f%%", 100*$1}')"

# Memory while the site is under load.
wrk -t"$THREADS" -c32 -d5s "$SITE" >/dev/null &
load=$!
sleep 3
echo "site memory under load: $(awk '/VmRSS|VmHWM/ {printf "%s %s MB  ", $1, int($2/1024)}' "/proc/$site/status")"
wait "$load"

# Search latency over the whole corpus: sequential requests, four passes.
for _ in 1 2 3 4; do for q in 'congestion control' quic '"head of line blocking"' 'http2 OR quic' 'tls -dtls' \
	security privacy 'working group' 'last call' draft consensus ietf stream charter; do
	for order in relevance date; do
		curl -s -o /dev/null -w '%{time_total}\n' -G --data-urlencode "q=$q" --data-urlencode "order=$order" \
			"http://127.0.0.1:$SITE_PORT/search"
	done
done; done | sort -n | awk '{a[NR]=$1} END {printf "search, %d sequential requests: p50 %.1f ms, p95 %.1f ms\n", NR, a[int(NR*.5)]*1000, a[int(NR*.95)]*1000}'
