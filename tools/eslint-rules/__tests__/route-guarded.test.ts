import { routeGuarded } from '../route-guarded.js';
import { ruleTester } from './rule-tester.ts';

ruleTester().run('triad/route-guarded', routeGuarded, {
  valid: [
    "app.get('/api/v1/org/users', { config: { permission: 'org.user.read' }, schema: {} }, handler);",
    "app.post('/api/auth/login', { config: { public: true } }, handler);",
    "app.get(`/api/v1/notifications/unread-count`, { config: { authenticated: true } }, handler);",
    "app.route({ method: 'GET', url: '/api/v1/org/roles', config: { permission: 'org.role.read' }, handler });",
    "app.delete('/api/v1/org/roles/:id', { config: { 'permission': 'org.role.manage' } }, handler);",
    // Not routes: Map, Headers, URLSearchParams.
    "cache.get(key); map.delete('/x'); headers.get('cookie'); params.delete('page');",
    "router.route({ path: '/x' });",
    // Shared guard objects are resolved through their const declaration.
    "const manage = { permission: 'platform.webhook.manage' }; r.get('/api/v1/integration/webhooks', { config: manage }, handler);",
    "const opts = { config: { public: true } }; app.get('/api/health', opts, handler);",
    "app.get('/api/v1/x', { config: { authenticated: true }, handler: async () => ({}) });",
    // Test clients take a path and a body, not a handler.
    "await api.post('/api/v1/org/users', { username: 'chen.qi' }); await clerk.patch(`/api/v1/org/users/${id}`, { monthlySalary: '1.00' });",
  ],
  invalid: [
    {
      code: "app.get('/api/v1/org/users', async () => []);",
      errors: [{ messageId: 'missing', data: { route: 'GET /api/v1/org/users' } }],
    },
    {
      code: "app.post('/api/v1/org/users', { schema: { body } }, handler);",
      errors: [{ messageId: 'missing' }],
    },
    {
      code: "app.patch('/api/v1/org/users/:id', { config: { rateLimit: 5 } }, handler);",
      errors: [{ messageId: 'missing' }],
    },
    {
      code: "app.put('/api/v1/x', { config: { public: false } }, handler);",
      errors: [{ messageId: 'missing' }],
    },
    {
      code: "app.route({ method: 'POST', url: '/api/v1/x', handler });",
      errors: [{ messageId: 'missing', data: { route: '/api/v1/x' } }],
    },
    {
      code: "app.get('/api/v1/x', sharedOptions, handler);",
      errors: [{ messageId: 'unverifiable' }],
    },
    {
      code: "app.get('/api/v1/x', { config: guard }, handler);",
      errors: [{ messageId: 'unverifiable' }],
    },
    {
      code: "let guard = { permission: 'x.y.z' }; guard = {}; app.get('/api/v1/x', { config: guard }, handler);",
      errors: [{ messageId: 'unverifiable' }],
    },
    {
      code: "const loose = { rateLimit: 1 }; app.get('/api/v1/x', { config: loose }, handler);",
      errors: [{ messageId: 'missing' }],
    },
    {
      code: "app.get('/api/v1/x', { schema: {}, handler: async () => ({}) });",
      errors: [{ messageId: 'missing' }],
    },
  ],
});
