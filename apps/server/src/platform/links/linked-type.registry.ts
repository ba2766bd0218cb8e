/** How the document chain treats one document type. */
export interface LinkedTypeDefinition {
  /** Key used in links, e.g. `purchaseOrder` (same key as the numbering service's document type). */
  type: string;
  /** Permission needed to see documents of this type; without it a node shows no number. */
  permission?: string;
  /** Web route of one document, `:id` replaced by its id, e.g. `/procurement/orders/:id`. */
  route?: string;
}

const registry = new Map<string, LinkedTypeDefinition>();

/** Each module registers the document types it links, so the chain panel can open and guard them. */
export function registerLinkedType(def: LinkedTypeDefinition): void {
  registry.set(def.type, def);
}

export function linkedTypeDefinition(type: string): LinkedTypeDefinition | undefined {
  return registry.get(type);
}

export function routeOf(type: string, id: string): string | null {
  const route = registry.get(type)?.route;
  return route ? route.replace(':id', encodeURIComponent(id)) : null;
}
