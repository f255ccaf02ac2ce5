# Multi-stage build of the one plenary binary: a static, non-root image.
# The binary is built the same way `make build` builds it in CI.
FROM golang:1.27.3-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Generated templ code is committed; CGO off gives a static binary.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/plenary ./cmd/plenary

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/plenary /usr/local/bin/plenary
COPY examples /srv/plenary/examples
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/plenary"]
CMD ["serve", "--addr", ":8080"]
