import type { FastifyInstance } from 'fastify';

export function registerLedgerRoutes(app: FastifyInstance): void {
  void app;
}
