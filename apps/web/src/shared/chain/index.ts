export { DocumentChainPanel } from './DocumentChainPanel.tsx';
export { orderChain } from './chain-order.ts';
export { registerDocumentRoutes, documentRoute } from './document-routes.ts';
