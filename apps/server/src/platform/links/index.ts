// 单据联查: the registry of upstream → downstream links every module writes, and the chain query.
export { linkDocuments } from './link-documents.ts';
export type { DocumentRef, DocumentLink } from './link-documents.ts';
export { documentChain, chainLimits } from './document-chain.ts';
export type { ChainOptions } from './document-chain.ts';
export { registerLinkedType, linkedTypeDefinition } from './linked-type.registry.ts';
export type { LinkedTypeDefinition } from './linked-type.registry.ts';
export { linksRoutes } from './links.routes.ts';
export { documentLinks } from './links.table.ts';
