# The explorer image for docker-compose.yml: Node 20, the project's dependencies, the built viewer;
# it talks to the Neo4j server named by NEO4J_URI (no Java or Maven needed in this image).
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production

COPY package.json package-lock.json ./
# Dev dependencies stay: tsx runs the TypeScript sources and vite builds the viewer. The lock file
# lacks rollup's native packages for other platforms, which npm ci refuses; npm install then
# installs the same locked versions.
RUN npm ci --include=dev --no-audit --no-fund || npm install --include=dev --no-audit --no-fund

COPY . .
RUN npm run build:viewer

EXPOSE 4000
# HOST=0.0.0.0 so the published port reaches the server inside the container.
ENV HOST=0.0.0.0 PORT=4000
# What `npm run serve` runs, without npm in between, so SIGTERM from `docker stop` reaches it.
CMD ["node", "--import", "tsx", "api/src/index.ts"]
