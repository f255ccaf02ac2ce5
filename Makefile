# Plenary. `make run` serves the site with the example minutes; `make test`
# runs every test against a real PostgreSQL (embedded unless DATABASE_URL or
# TEST_DATABASE_URL is set). `make ci` is what .ci/run runs.

GO      ?= go
# Go 1.26.8 has nine reachable standard-library vulnerabilities (net/http,
# net/textproto, crypto/tls, crypto/x509; see make vulncheck), fixed in the
# 1.27.3 release go.mod requires. A machine with an older Go fetches this
# toolchain from the module proxy once (about 76 MB) instead of refusing.
GOTOOLCHAIN ?= go1.27.3
export GOTOOLCHAIN
BIN     := bin/plenary
PKGS    := ./...
FUZZTIME ?= 50000x

.PHONY: all build run test bench loadtest scale screenshots replicas chaos fuzz generate lint check-generated static-build vulncheck ci clean

all: build

# build: a static binary, as the Dockerfile builds it: without the C
# library's dynamic loader every command starts ~3 ms sooner (`plenary
# --help` 22.9 -> 20.0 ms on the machine of docs/benchmarks.md), and
# nothing in Plenary needs cgo.
build:
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/plenary

run: build
	./$(BIN) serve --seed examples

test:
	$(GO) test -count=1 -timeout 8m $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./internal/minutes/ ./internal/server/

# loadtest: the site against nginx with wrk, search latency and memory
# (docs/benchmarks.md); needs wrk and nginx.
loadtest:
	bash docs/loadtest.sh

# scale: an archive of REMARKS synthetic remarks (default 2,000,000) in a
# throw-away cluster, then one table: ingest vs COPY, a 41-search mix via
# HTTP and via the store, throughput with 16 clients, pages, memory
# (internal/scale, docs/benchmarks.md). Minutes at the default size.
# SCALE_DATA=dir keeps the cluster there; a second run measures it again
# without rebuilding (to try a change at scale).
REMARKS ?= 2000000
SCALE_DATA ?=
scale:
	$(GO) test -tags scale -count=1 -timeout 3h -run '^TestScale$$' -v ./internal/scale/ -args -remarks $(REMARKS) -data "$(SCALE_DATA)"

# screenshots: PNGs of the reading pages at 1280x900 and 390x844 into
# ./screenshots (ignored by git), from the corpus in a throw-away database.
screenshots:
	rm -rf screenshots
	SCREENSHOTS_DIR=$(CURDIR)/screenshots $(GO) test -tags screenshots -count=1 -run '^TestScreenshots$$' -v ./internal/server/

# replicas: docker-compose.yml's topology without Docker (a primary, a
# streaming replica, two sites, nginx) and the checks of docs/deploy.md;
# needs nginx and the PostgreSQL server binaries.
replicas:
	bash docs/replicas.sh

# chaos: the built binary under 200 readers and a publishing admin for
# 60 s, PostgreSQL restarted and an ingest killed meanwhile; prints what
# readers got and the server's memory, then checks the archive
# (internal/chaos). About two minutes.
chaos:
	$(GO) test -tags chaos -count=1 -timeout 5m -run '^TestChaos$$' -v ./internal/chaos/

# The parser gets FUZZTIME; the other input boundaries a short run each
# (go test -fuzz takes one target per invocation). Budgets are counts of
# executions, not durations, so that CI's fuzz work is the same on a fast
# and a slow machine; FUZZTIME=10m works too.
FUZZSHORT ?= 4000x

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/minutes/
	$(GO) test -run '^$$' -fuzz '^FuzzGuessBody$$' -fuzztime $(FUZZSHORT) ./internal/minutes/
	$(GO) test -run '^$$' -fuzz '^FuzzSlugify$$' -fuzztime $(FUZZSHORT) ./internal/archive/
	$(GO) test -run '^$$' -fuzz '^FuzzAlignKeys$$' -fuzztime $(FUZZSHORT) ./internal/archive/
	$(GO) test -run '^$$' -fuzz '^FuzzSearchRequest$$' -fuzztime $(FUZZSHORT) ./internal/server/
	$(GO) test -run '^$$' -fuzz '^FuzzMatchesETag$$' -fuzztime $(FUZZSHORT) ./internal/server/
	$(GO) test -run '^$$' -fuzz '^FuzzPublicPaths$$' -fuzztime $(FUZZSHORT) ./internal/server/
	$(GO) test -run '^$$' -fuzz '^FuzzUploadForm$$' -fuzztime $(FUZZSHORT) ./internal/server/
	$(GO) test -run '^$$' -fuzz '^FuzzInline$$' -fuzztime $(FUZZSHORT) ./web/

generate:
	$(GO) tool templ generate
	$(GO) generate ./internal/minutes

lint:
	@out="$$(gofmt -l cmd internal web static migrations)"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) tool staticcheck $(PKGS)
	$(GO) vet -tags chaos ./internal/chaos/  # make chaos is not part of make test: keep it compiling
	$(GO) vet -tags screenshots ./internal/server/  # nor make screenshots
	$(GO) vet -tags scale ./internal/scale/  # nor make scale

# The generated *_templ.go files are committed; this fails when they are
# stale (someone edited a .templ file without running make generate).
check-generated: generate
	@git diff --exit-code -- '*_templ.go' || { echo "templ output is stale: run make generate and commit"; exit 1; }
	@test -z "$$(git ls-files --others --exclude-standard -- '*_templ.go')" || { echo "untracked templ output: commit it"; exit 1; }

# The Dockerfile's build step, run here since CI has no Docker engine: the
# image must get a static binary built exactly this way.
static-build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags="-s -w" -o bin/plenary-static ./cmd/plenary

# vulncheck: govulncheck against a local copy of the Go vulnerability
# database, since its usual endpoint (vuln.go.dev) is not reachable from
# every build machine but the module proxy is: the database's source
# module, golang.org/x/vulndb, pinned at VULNDB, is turned into the v1
# database format by its own indexdb command (once per VULNDB, about a
# minute and a half). Pinning keeps CI repeatable; bump VULNDB to learn of
# newer reports.
VULNDB      ?= v0.0.0-20261105234957-e22db6528018
GOVULNCHECK ?= golang.org/x/vuln/cmd/govulncheck@v1.9.0
VULNDBDIR   := bin/vulndb-$(VULNDB)

vulncheck: $(VULNDBDIR)/index/db.json
	$(GO) run $(GOVULNCHECK) -db file://$(abspath $(VULNDBDIR)) $(PKGS)

$(VULNDBDIR)/index/db.json:
	@src="$$($(GO) mod download -json golang.org/x/vulndb@$(VULNDB) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p')"; \
	test -d "$$src/data/osv" || { echo "vulncheck: cannot fetch golang.org/x/vulndb@$(VULNDB) from the module proxy"; exit 1; }; \
	rm -rf $(VULNDBDIR).tmp && \
	$(GO) run golang.org/x/vulndb/cmd/indexdb@$(VULNDB) -vulns "$$src/data/osv" -out $(VULNDBDIR).tmp && \
	rm -rf $(VULNDBDIR) && mv $(VULNDBDIR).tmp $(VULNDBDIR)

ci: lint check-generated static-build vulncheck test fuzz

clean:
	rm -rf bin
