import type { Localized } from '../i18n/index.ts';

/** A document type that takes numbers from the numbering service (采购申请 PR, 采购订单 PO…). */
export interface DocTypeDefinition {
  /** Key used by `nextNumber`, e.g. `purchaseRequest`. */
  type: string;
  label: Localized;
  /** Prefix a company starts with until an admin changes it (upper-case letters/digits, ≤ 8). */
  defaultPrefix: string;
}

const registry = new Map<string, DocTypeDefinition>();

/** Modules register their document types at import time so the settings page can list them. */
export function registerDocType(def: DocTypeDefinition): void {
  if (!/^[A-Z0-9]{1,8}$/.test(def.defaultPrefix)) throw new Error(`document type ${def.type}: bad default prefix ${def.defaultPrefix}`);
  const known = registry.get(def.type);
  if (known && known.defaultPrefix !== def.defaultPrefix) throw new Error(`document type ${def.type} registered twice`);
  registry.set(def.type, def);
}

export function docTypeDefinition(type: string): DocTypeDefinition | undefined {
  return registry.get(type);
}

export function registeredDocTypes(): DocTypeDefinition[] {
  return [...registry.values()].sort((a, b) => a.type.localeCompare(b.type));
}
