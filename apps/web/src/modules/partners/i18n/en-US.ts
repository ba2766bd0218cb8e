import type { partnersZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const partnersEnUS: typeof partnersZhCN = {
  menu: { partners: 'Partners' },
  title: 'Partners',
  create: 'New partner',
  edit: 'Edit partner',
  saved: 'Saved',
  keyword: 'Keyword',
  search: 'Code, name or credit code',
  role: 'Type',
  roles: { customer: 'Customer', supplier: 'Supplier' },
  allRoles: 'All',
  fields: {
    code: 'Code',
    name: 'Name',
    roles: 'Partner type',
    creditCode: 'Unified social credit code',
    paymentTermDays: 'Payment terms (days)',
    contactName: 'Contact',
    phone: 'Phone',
    address: 'Address',
    enabled: 'Enabled',
  },
  days: '{{count}} days',
  status: 'Status',
  enabledTag: 'Enabled',
  disabledTag: 'Disabled',
  roleRequired: 'Tick customer or supplier (or both)',
  creditCodeHelp: '18 characters incl. check digit (GB 32100-2015)',
  required: 'Please enter {{field}}',
  selectPlaceholder: 'Search partners',
};
