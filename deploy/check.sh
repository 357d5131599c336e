#!/usr/bin/env bash
# The deployment files, checked by their own tools. With a Docker daemon: the image is built and the
# compose file read by Docker Compose. Without one: the compose file against the Compose schema by
# docker-compose, the Caddyfile by Caddy, the Dockerfile by a Dockerfile linter (dockerfile-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

# The compose file names env files that hold secrets and are not in git: check it with the examples.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp compose.yaml Dockerfile "$tmp/"
cp -r deploy "$tmp/deploy"
for example in "$tmp"/deploy/*.env.example; do cp "$example" "${example%.example}"; done

if docker info >/dev/null 2>&1; then
  echo "Docker daemon found: building the image"
  docker build --tag solmu:ci .
  if docker compose version >/dev/null 2>&1; then
    (cd "$tmp" && docker compose config --quiet)
    echo "compose.yaml: valid (docker compose)"
  fi
  exit 0
fi

echo "No Docker daemon: checking the files without it"
if ! command -v docker-compose >/dev/null || ! command -v caddy >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    docker-compose caddy >/dev/null
fi
(cd "$tmp" && docker-compose --file compose.yaml config --quiet)
echo "compose.yaml: valid ($(docker-compose version --short))"
HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
  caddy validate --config deploy/Caddyfile --adapter caddyfile 2>/dev/null
echo "deploy/Caddyfile: valid (caddy $(caddy version | cut -d' ' -f1))"
npx --no-install dockerfile-utils lint Dockerfile
echo "Dockerfile: no problems (dockerfile-utils)"
