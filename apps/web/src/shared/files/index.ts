export { FileUpload } from './FileUpload.tsx';
export { FileList } from './FileList.tsx';
export { checkFile, fileContentUrl, formatFileSize, maxFileBytes } from './file-limits.ts';
export type { FileMeta, FileRejection } from './file-limits.ts';
export { filesEnUS, filesZhCN } from './files.i18n.ts';
