import type { FastifyInstance } from 'fastify';

export function registerCashRoutes(app: FastifyInstance): void {
  void app;
}
