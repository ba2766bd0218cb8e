import type { FastifyInstance } from 'fastify';

export function registerPartnerRoutes(app: FastifyInstance): void {
  void app;
}
