import type { FastifyInstance } from 'fastify';

export function registerArapRoutes(app: FastifyInstance): void {
  void app;
}
