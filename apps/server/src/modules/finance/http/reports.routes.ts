import type { FastifyInstance } from 'fastify';

export function registerReportRoutes(app: FastifyInstance): void {
  void app;
}
