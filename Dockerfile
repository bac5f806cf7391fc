# The explorer image for docker-compose.yml: compiled JavaScript on Node 24 (an LTS line), the
# production dependencies only, the built viewer; it talks to the Neo4j server named by NEO4J_URI
# (no Java, Maven, TypeScript or tsx in the image). Two stages: build, then run.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /src/dist/package.json /src/dist/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist ./
# Nothing in the image needs root.
USER node
EXPOSE 4000
# HOST=0.0.0.0 so the published port reaches the server inside the container.
ENV HOST=0.0.0.0 PORT=4000
# node runs as PID 1 itself (no npm or shell in between), so SIGTERM from `docker stop` reaches the explorer.
CMD ["node", "api/src/index.js"]
