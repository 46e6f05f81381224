# syntax=docker/dockerfile:1.7
# One image recipe for every server workspace (subgraphs/<name>, gateway). Build one service with
#   docker build --build-arg WORKSPACE=subgraphs/identity -t anze/identity .
# The image holds that workspace, the shared packages/, the subgraphs' sources (for their event catalogues) and the
# production dependencies; no secrets, no .env.
# It runs `node src/main.ts` (Node 24 strips the TypeScript types: no build step); `npm run migrate` / `npm run seed`
# run in the same image (compose one-shot services, k8s Job).

ARG NODE_IMAGE=node:24-bookworm-slim

# ── package manifests only, so that `npm ci` stays cached while sources change ──
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /out \
 && cp package.json package-lock.json /out/ \
 && find . -name package.json -not -path '*/node_modules/*' -not -path './package.json' \
      -exec cp --parents {} /out/ \;

# ── production dependencies of the selected workspace (and the workspaces it uses) ──
FROM ${NODE_IMAGE} AS deps
ARG WORKSPACE
RUN test -n "$WORKSPACE" || (echo 'build with --build-arg WORKSPACE=subgraphs/<name> or gateway' >&2; exit 1)
WORKDIR /app
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace "$WORKSPACE" --include-workspace-root --no-audit --no-fund

# ── runtime ──
FROM ${NODE_IMAGE} AS runtime
ARG WORKSPACE
# tini as PID 1: forwards SIGTERM to node and reaps children
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/anze \
 && chown node:node /var/lib/anze
ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=1 \
    ANZE_DATA_DIR=/var/lib/anze \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_CACHE=/tmp/.npm
WORKDIR /app
# dependencies (root and any nested node_modules) and manifests; sources owned by root, read-only for the app user
COPY --from=deps /app/ ./
COPY tsconfig.base.json ./
COPY packages/ ./packages/
# subgraphs read each other's event catalogues (the contract of what they consume): the selected workspace may import
# another subgraph's catalogue module, so every subgraph's sources come along (a few hundred KB).
COPY subgraphs/ ./subgraphs/
COPY ${WORKSPACE}/ ./${WORKSPACE}/
WORKDIR /app/${WORKSPACE}
USER node
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "src/main.ts"]
