// triad/module-boundaries: an area (module, flow, platform service, web module) is entered only
// through its index.ts, so each area can change its insides without breaking the others.
import path from 'node:path';
import { areaOf, isCompositionRoot, isPublicSurface, repoPath } from './areas.js';

/** @type {import('eslint').Rule.RuleModule} */
export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another module, flow or platform area only through its index.ts' },
    schema: [],
    messages: {
      deepImport: "'{{source}}' reaches inside {{area}}; import it through {{area}}/index.ts (or export what you need from there).",
    },
  },
  create(context) {
    const fileName = context.filename;
    const cwd = context.cwd;
    const self = repoPath(fileName, cwd);
    // Composition roots wire tables and services together by design.
    if (!self || isCompositionRoot(self)) return {};
    const ownArea = areaOf(self);

    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = repoPath(path.resolve(path.dirname(fileName), source), cwd);
      const targetArea = areaOf(target);
      if (!targetArea || targetArea === ownArea) return;
      if (isPublicSurface(target, targetArea)) return;
      context.report({ node, messageId: 'deepImport', data: { source, area: targetArea } });
    }

    function fromLiteral(node) {
      if (node && node.type === 'Literal') return node.value;
      if (node && node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
      return undefined;
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => { if (node.source) check(node.source, node.source.value); },
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, fromLiteral(node.source)),
    };
  },
};
