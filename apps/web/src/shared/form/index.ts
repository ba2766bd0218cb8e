export { SchemaForm, SchemaField } from './SchemaForm.tsx';
export type { SchemaFormProps } from './SchemaForm.tsx';
export { schemaRules, normalizeValues, shapeOf } from './schema-rules.ts';
export { DrawerFooter } from './DrawerFooter.tsx';
