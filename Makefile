# Plenary. `make run` serves the site with the example minutes; `make test`
# runs every test against a real PostgreSQL (embedded unless DATABASE_URL or
# TEST_DATABASE_URL is set). `make ci` is what .ci/run runs.

GO      ?= go
BIN     := bin/plenary
PKGS    := ./...
FUZZTIME ?= 50000x

.PHONY: all build run test bench loadtest fuzz generate lint check-generated static-build ci clean

all: build

build:
	$(GO) build -trimpath -o $(BIN) ./cmd/plenary

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

# The parser gets FUZZTIME; the other input boundaries a short run each
# (go test -fuzz takes one target per invocation). Budgets are counts of
# executions, not durations: with a duration, Go 1.26's fuzz coordinator
# can fail a run with "context deadline exceeded" at the deadline and no
# failing input (go.dev/issue/75804, fixed in Go 1.27). FUZZTIME=10m
# works too, with that risk.
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

generate:
	$(GO) tool templ generate

lint:
	@out="$$(gofmt -l cmd internal web static migrations)"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) tool staticcheck $(PKGS)

# The generated *_templ.go files are committed; this fails when they are
# stale (someone edited a .templ file without running make generate).
check-generated: generate
	@git diff --exit-code -- '*_templ.go' || { echo "templ output is stale: run make generate and commit"; exit 1; }
	@test -z "$$(git ls-files --others --exclude-standard -- '*_templ.go')" || { echo "untracked templ output: commit it"; exit 1; }

# The Dockerfile's build step, run here since CI has no Docker engine: the
# image must get a static binary built exactly this way.
static-build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags="-s -w" -o bin/plenary-static ./cmd/plenary

ci: lint check-generated static-build test fuzz

clean:
	rm -rf bin
