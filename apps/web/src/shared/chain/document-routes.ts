/**
 * 单据联查 links: document type → the web route showing that document. Each web module
 * registers its document types (WebModule.documentRoutes); the chain panel only reads this map.
 */
const routes = new Map<string, (id: string) => string>();

export function registerDocumentRoutes(entries: Record<string, (id: string) => string>): void {
  for (const [type, build] of Object.entries(entries)) routes.set(type, build);
}

/** The route of a document, or null when no module shows that type (yet). */
export function documentRoute(type: string, id: string): string | null {
  const build = routes.get(type);
  return build ? build(id) : null;
}
