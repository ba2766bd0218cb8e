// triad/route-guarded: every Fastify route says who may call it — `config.permission`,
// `config.authenticated` or `config.public` — so an unguarded endpoint is caught before it runs.
// The server also refuses to start with one (platform/access/route-guard.ts); this finds it earlier.

const shorthand = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all']);
const guardKeys = new Set(['permission', 'authenticated', 'public']);

function keyName(property) {
  if (property.type !== 'Property') return null;
  if (property.key.type === 'Identifier' && !property.computed) return property.key.name;
  if (property.key.type === 'Literal') return String(property.key.value);
  return null;
}

function findProperty(objectNode, name) {
  return objectNode.properties.find((p) => keyName(p) === name);
}

function isRoutePath(node) {
  if (!node) return false;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value.startsWith('/') || node.value === '*';
  if (node.type === 'TemplateLiteral') return node.quasis[0].value.cooked.startsWith('/');
  return false;
}

/**
 * The object literal an expression stands for: the literal itself, or a `const x = { … }` in scope
 * (routes often share `const manage = { permission: '…' }`). Null when it cannot be known.
 */
function objectOf(node, sourceCode) {
  if (!node) return null;
  if (node.type === 'ObjectExpression') return node;
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') return objectOf(node.expression, sourceCode);
  if (node.type !== 'Identifier') return null;
  for (let scope = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(node.name);
    if (!variable) continue;
    const def = variable.defs[0];
    if (variable.defs.length === 1 && def.type === 'Variable' && def.parent.kind === 'const' && def.node.init) {
      return def.node.init.type === 'Identifier' ? null : objectOf(def.node.init, sourceCode);
    }
    return null;
  }
  return null;
}

/** @returns {'ok' | 'missing' | 'unverifiable'} */
function guardOf(options, sourceCode) {
  const config = findProperty(options, 'config');
  if (!config) return options.properties.some((p) => p.type === 'SpreadElement') ? 'unverifiable' : 'missing';
  const configObject = objectOf(config.value, sourceCode);
  if (!configObject) return 'unverifiable';
  const guarded = configObject.properties.some((p) => {
    const name = keyName(p);
    if (!name || !guardKeys.has(name)) return false;
    // `public: false` or `authenticated: false` guards nothing.
    return !(p.value.type === 'Literal' && (p.value.value === false || p.value.value === '' || p.value.value === null));
  });
  if (guarded) return 'ok';
  return configObject.properties.some((p) => p.type === 'SpreadElement') ? 'unverifiable' : 'missing';
}

const functionTypes = new Set(['ArrowFunctionExpression', 'FunctionExpression']);
const handlerTypes = new Set([...functionTypes, 'Identifier', 'MemberExpression', 'CallExpression']);

/** @type {import('eslint').Rule.RuleModule} */
export const routeGuarded = {
  meta: {
    type: 'problem',
    docs: { description: 'Every Fastify route declares config.permission, config.authenticated or config.public' },
    schema: [],
    messages: {
      missing: 'Route {{route}} has no guard: add `config: { permission: \'module.object.action\' }`, `config: { authenticated: true }` or `config: { public: true }`.',
      unverifiable: 'Route {{route}}: write its options as an object literal with `config: { permission | authenticated | public }` so the guard can be checked.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    function report(node, messageId, route) {
      context.report({ node, messageId, data: { route } });
    }

    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (method === 'route') {
          const [options] = node.arguments;
          if (!options || options.type !== 'ObjectExpression') return;
          // Only `{ method, url, ... }` objects are Fastify route declarations.
          if (!findProperty(options, 'url') || !findProperty(options, 'method')) return;
          const urlProp = findProperty(options, 'url');
          const route = urlProp.value.type === 'Literal' ? String(urlProp.value.value) : '(dynamic url)';
          const state = guardOf(options, sourceCode);
          if (state !== 'ok') report(node, state, route);
          return;
        }
        if (!shorthand.has(method)) return;
        const [pathArg, second, third] = node.arguments;
        // Map#get, URLSearchParams#delete… take no path: a route starts with '/'.
        if (!isRoutePath(pathArg) || !second) return;
        const route = `${method.toUpperCase()} ${pathArg.type === 'Literal' ? pathArg.value : pathArg.quasis[0].value.cooked}`;
        // app.get(path, handler): a route without options.
        if (node.arguments.length === 2 && functionTypes.has(second.type)) {
          report(node, 'missing', route);
          return;
        }
        // app.get(path, { handler, … }) or app.get(path, options, handler). Anything else, such as
        // a test client's api.post(path, body), is not a route declaration.
        const inlineHandler = node.arguments.length === 2 && second.type === 'ObjectExpression' && findProperty(second, 'handler');
        const separateHandler = node.arguments.length === 3 && handlerTypes.has(third.type);
        if (!inlineHandler && !separateHandler) return;
        const options = objectOf(second, sourceCode);
        if (!options) {
          report(node, 'unverifiable', route);
          return;
        }
        const state = guardOf(options, sourceCode);
        if (state !== 'ok') report(node, state, route);
      },
    };
  },
};
