# syntax=docker/dockerfile:1

# Build: full dependencies to compile, then pruned to what runs in production.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# The runtime image uses Debian's Chromium; a browser-downloading package must not fetch its own.
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json ./
# The lockfile decides every version; it lists the Linux x64 and arm64 (glibc) binaries this image needs.
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# Runtime: Debian's Chromium renders the certificate PDFs; the Noto fonts cover Latin, Greek,
# Cyrillic and CJK names.
FROM node:24-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    CHROMIUM_PATH=/usr/bin/chromium \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY event-schemas ./event-schemas
# Created here so a fresh named volume mounted on /data starts out owned by `node`.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
