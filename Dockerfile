# The API image (Node 24 LTS): dependencies installed in one stage, run as a non-root user in the next.
# It connects to the Neo4j given by NEO4J_URI (docker-compose.yml runs neo4j:5.26-community).
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the `prepare` script builds the explorer, which the web stage does
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# The explorer page (web/ → web/dist), built with the dev dependencies (Vite), which stay here.
FROM node:24-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY web ./web
# the page shares the server's vocabulary (actor kinds, relationship types)
COPY src/model/vocabulary.ts ./src/model/vocabulary.ts
COPY scripts/build-web.mjs ./scripts/build-web.mjs
RUN node scripts/build-web.mjs

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json schema.graphql ./
COPY src ./src
COPY cypher ./cypher
COPY browser ./browser
COPY neo4j-local ./neo4j-local
COPY parser-local ./parser-local
COPY knowledge ./knowledge
COPY --from=web /app/web/dist ./web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
