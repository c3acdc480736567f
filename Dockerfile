# One image per app: docker build --build-arg APP=dedupe .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ARG APP=query
ENV NODE_ENV=production APP=${APP}
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/libs/nlp/model ./libs/nlp/model
COPY --from=build /app/apps/query/ui ./apps/query/ui
USER node
# The app's Node flags come from libs/platform (nodeArgsFor), as under npm start, the tests and the bench.
CMD ["sh", "-c", "exec node $(node -p \"require('./dist/libs/platform/src/app-runtime.js').nodeArgsFor('${APP}').join(' ')\") dist/apps/${APP}/src/main.js"]
