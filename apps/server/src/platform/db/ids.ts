import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids keep B-tree inserts local; generated here because PostgreSQL 15 has no uuidv7(). */
export function newId(): string {
  return uuidv7();
}
