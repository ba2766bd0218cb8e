import type { FastifyInstance } from 'fastify';

export function registerBudgetRoutes(app: FastifyInstance): void {
  void app;
}
