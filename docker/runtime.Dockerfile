# syntax=docker/dockerfile:1
# The Parley runtime. Build from the repository root:
#   docker build -f docker/runtime.Dockerfile -t parley-runtime .
# It needs DATABASE_URL (the embedded PostgreSQL is for `npm start`, not for
# containers) and, with more than one replica, the same PARLEY_MASTER_KEY in each.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && node apps/runtime/scripts/build.mjs \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 PARLEY_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/apps/runtime ./apps/runtime
RUN mkdir /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and gets SIGTERM itself: it finishes requests in flight and exits 0.
CMD ["node", "--enable-source-maps", "apps/runtime/dist/apps/runtime/src/main.js"]
