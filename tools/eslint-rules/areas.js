// Where a file sits in the architecture: which "area" (module, flow, platform service, web
// module) owns it, and whether it is a composition root that may wire deep paths together.
import path from 'node:path';

/** Repository-relative paths of files that wire the system together and may import deeply. */
export const compositionRoots = [
  'apps/server/src/testing/',
  'apps/server/src/setup/',
  'apps/server/src/cli/',
  'apps/server/src/app.ts',
  'apps/server/src/routes.ts',
  'apps/server/src/services.ts',
  'apps/server/src/main.ts',
  'apps/server/src/platform/db/schema.ts',
];

/**
 * Files that are public surfaces besides an area's index.ts. Table definitions import the column
 * helpers directly: going through platform/db/index.ts would form an import cycle
 * (index → client → schema → table → index) and drizzle-kit loads table files on their own.
 */
export const extraPublicFiles = ['apps/server/src/platform/db/columns.ts'];

const anchors = ['apps/server/src/', 'apps/web/src/', 'packages/', 'tests/', 'bench/', 'tools/', 'scripts/'];

/**
 * Repository-relative, forward-slash path of an absolute file name (null outside the repo).
 * ESLint runs from the repository root; from elsewhere the first known top-level folder is used.
 */
export function repoPath(fileName, cwd) {
  const rel = cwd ? path.relative(cwd, fileName) : '';
  if (cwd && rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  const normal = fileName.split(path.sep).join('/');
  let best = -1;
  for (const anchor of anchors) {
    const i = normal.indexOf(`/${anchor}`);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  if (best < 0) return null;
  return normal.slice(best + 1);
}

const areaPatterns = [
  /^(apps\/server\/src\/modules\/[^/]+)(\/|$)/,
  /^(apps\/server\/src\/flows\/[^/]+)(\/|$)/,
  /^(apps\/server\/src\/platform\/[^/]+)(\/|$)/,
  /^(apps\/web\/src\/modules\/[^/]+)(\/|$)/,
];

/** The area folder owning a repository path, e.g. `apps/server/src/modules/org`; null if none. */
export function areaOf(relPath) {
  if (!relPath) return null;
  for (const pattern of areaPatterns) {
    const m = pattern.exec(relPath);
    if (m) return m[1];
  }
  return null;
}

export function isCompositionRoot(relPath) {
  if (!relPath) return false;
  return compositionRoots.some((root) => (root.endsWith('/') ? relPath.startsWith(root) : relPath === root));
}

const indexNames = ['', '/index', '/index.ts', '/index.tsx', '/index.js'];

/** True when `relPath` (an import target) is the area's public surface. */
export function isPublicSurface(relPath, area) {
  const target = relPath.replace(/\/$/, '');
  if (indexNames.some((suffix) => target === `${area}${suffix}`)) return true;
  return extraPublicFiles.includes(target) || extraPublicFiles.some((f) => target === f.replace(/\.ts$/, ''));
}
