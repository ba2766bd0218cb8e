export { files, fileContents } from './files.table.ts';
export { filesRoutes } from './files.routes.ts';
export { registerFileAccess } from './file-access.registry.ts';
export type { FileAccessResolver } from './file-access.registry.ts';
export { findFiles } from './read-file.ts';
export { filesErrors } from './files.errors.ts';
