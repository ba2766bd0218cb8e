import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './platform/db/index.ts';
import { installErrorHandler, installIdempotency } from './platform/http/index.ts';
import { installRouteGuard } from './platform/access/index.ts';
import { installAuthentication } from './platform/auth/index.ts';
import { registerRoutes } from './routes.ts';
import { services, type Service } from './services.ts';

export interface AppContext {
  config: Config;
  database: Database;
  version: string;
}

export type App = FastifyInstance;

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function buildApp(ctx: AppContext): Promise<App> {
  const app = Fastify({
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
    // Long path parameters reach the route and fail its schema (400) instead of the router (414/404).
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // Both run in onRequest, in this order: who is calling, then may they call this route.
  installAuthentication(app);
  installRouteGuard(app);
  installIdempotency(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Triad API', version: ctx.version, description: 'OA × ERP × CRM' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'triad_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { config: { public: true } }, async () => ({
    status: 'ok',
    database: ctx.database.kind,
    version: ctx.version,
  }));
  const running: Service[] = [];
  for (const service of services()) {
    await service.start(ctx);
    running.unshift(service);
  }
  app.addHook('onClose', async () => {
    for (const service of running) await service.stop().catch(() => {});
  });
  await registerRoutes(app, ctx);
  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // The single-page app owns every non-API path.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return app;
}
