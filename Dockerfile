# syntax=docker/dockerfile:1
#
# One image for every Guildhall service; the command picks which one runs:
#   node gateway/dist/main.js                (port 4000)
#   node subgraphs/<name>/dist/main.js       (organization 4001, identity 4002, billing 4003, payouts 4004, compliance 4005)
#   node worker/dist/main.js
#   node web/dist/server.js                  (port 3000; the dashboard)
#   node scripts/dist/keys.js                (prints a fresh context-token key pair)
# See docker-compose.yml for the environment each one needs.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Every package.json (root and workspaces) plus the lockfile, at their paths. Copying them alone into
# the install stages keeps `npm ci` cached until a manifest changes; finding them here means a new
# workspace needs no edit to this file.
FROM base AS manifests
COPY . /src
RUN mkdir /manifests \
 && cd /src \
 && cp package-lock.json /manifests/ \
 && find . -name node_modules -prune -o -name package.json -type f -print | xargs -I{} cp --parents {} /manifests/

# All dependencies (TypeScript, types) and the compiled workspaces.
FROM base AS build
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build \
 && mkdir /out \
 && find . -name node_modules -prune -o -type d -name dist -print -prune | xargs -I{} cp -r --parents {} /out/

# Production dependencies only: what the runtime stage ships.
FROM base AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# node_modules (with its workspace symlinks), nested workspace node_modules and every package.json
COPY --from=prod-deps /app/ ./
# compiled output of every workspace (<workspace>/dist)
COPY --from=build /out/ ./
# the checked-in supergraph the gateway serves (gateway/dist/../../schema/supergraph.graphql)
COPY --from=build /app/schema/ ./schema/
# the dashboard's Next.js production build and its config (read by web/dist/server.js)
COPY --from=build /app/web/.next/ ./web/.next/
COPY --from=build /app/web/next.config.ts ./web/
# files stay root-owned and read-only to the service
USER node
EXPOSE 3000 4000 4001 4002 4003 4004 4005
CMD ["node", "gateway/dist/main.js"]
