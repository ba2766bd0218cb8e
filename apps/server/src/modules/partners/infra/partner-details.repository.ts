import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { partnerAddresses, partnerBankAccounts, partnerContacts } from './partner-details.tables.ts';

export type ContactRow = typeof partnerContacts.$inferSelect;
export type BankAccountRow = typeof partnerBankAccounts.$inferSelect;
export type AddressRow = typeof partnerAddresses.$inferSelect;

type Child<T> = Omit<T, 'id' | 'tenantId' | 'partnerId' | 'createdAt'>;
export type ContactFields = Child<ContactRow>;
export type BankAccountFields = Child<BankAccountRow>;
export type AddressFields = Child<AddressRow>;

export interface PartnerChildren { contacts: ContactRow[]; bankAccounts: BankAccountRow[]; addresses: AddressRow[] }

/** Contacts, bank accounts and addresses of these partners (primary/default ones first). */
export async function findChildren(partnerIds: readonly string[]): Promise<PartnerChildren> {
  if (partnerIds.length === 0) return { contacts: [], bankAccounts: [], addresses: [] };
  const ids = [...partnerIds];
  const tenantId = actor().tenantId;
  // One client per unit of work: one query at a time.
  const contacts = await tx().select().from(partnerContacts).where(and(eq(partnerContacts.tenantId, tenantId), inArray(partnerContacts.partnerId, ids)))
    .orderBy(desc(partnerContacts.isPrimary), asc(partnerContacts.createdAt), asc(partnerContacts.id));
  const bankAccounts = await tx().select().from(partnerBankAccounts).where(and(eq(partnerBankAccounts.tenantId, tenantId), inArray(partnerBankAccounts.partnerId, ids)))
    .orderBy(desc(partnerBankAccounts.isDefault), asc(partnerBankAccounts.createdAt), asc(partnerBankAccounts.id));
  const addresses = await tx().select().from(partnerAddresses).where(and(eq(partnerAddresses.tenantId, tenantId), inArray(partnerAddresses.partnerId, ids)))
    .orderBy(desc(partnerAddresses.isDefault), asc(partnerAddresses.createdAt), asc(partnerAddresses.id));
  return { contacts, bankAccounts, addresses };
}

/** Replaces a partner's contacts (the list as the form sends it, in order). */
export async function replaceContacts(partnerId: string, list: readonly ContactFields[], newId: () => string): Promise<void> {
  const tenantId = actor().tenantId;
  await tx().delete(partnerContacts).where(and(eq(partnerContacts.tenantId, tenantId), eq(partnerContacts.partnerId, partnerId)));
  if (list.length) await tx().insert(partnerContacts).values(list.map((c) => ({ ...c, id: newId(), tenantId, partnerId })));
}

export async function replaceBankAccounts(partnerId: string, list: readonly BankAccountFields[], newId: () => string): Promise<void> {
  const tenantId = actor().tenantId;
  await tx().delete(partnerBankAccounts).where(and(eq(partnerBankAccounts.tenantId, tenantId), eq(partnerBankAccounts.partnerId, partnerId)));
  if (list.length) await tx().insert(partnerBankAccounts).values(list.map((b) => ({ ...b, id: newId(), tenantId, partnerId })));
}

export async function replaceAddresses(partnerId: string, list: readonly AddressFields[], newId: () => string): Promise<void> {
  const tenantId = actor().tenantId;
  await tx().delete(partnerAddresses).where(and(eq(partnerAddresses.tenantId, tenantId), eq(partnerAddresses.partnerId, partnerId)));
  if (list.length) await tx().insert(partnerAddresses).values(list.map((a) => ({ ...a, id: newId(), tenantId, partnerId })));
}
