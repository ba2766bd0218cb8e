// The `triad` ESLint plugin: architecture rules of the house (see docs/architecture.md).
import { moduleBoundaries } from './module-boundaries.js';
import { routeGuarded } from './route-guarded.js';

const plugin = {
  meta: { name: 'eslint-plugin-triad', version: '0.1.0' },
  rules: {
    'module-boundaries': moduleBoundaries,
    'route-guarded': routeGuarded,
  },
};

export default plugin;
