import { describe, expect, it } from 'vitest';
import { deriveRequestStatus } from '../request-status.ts';
import { receivableQuantities } from '../receipt-tolerance.ts';

const line = (quantity: string, ordered: string, received = '0', billed = '0') => ({ quantity, ordered, received, billed });

describe('deriveRequestStatus', () => {
  it('follows the lines from approved to paid', () => {
    expect(deriveRequestStatus([line('10', '0'), line('5', '5')], false)).toBe('approved');
    expect(deriveRequestStatus([line('10', '10'), line('5', '5')], false)).toBe('ordered');
    expect(deriveRequestStatus([line('10', '10', '4'), line('5', '5')], false)).toBe('partlyReceived');
    expect(deriveRequestStatus([line('10', '10', '10'), line('5', '5', '5')], false)).toBe('received');
    expect(deriveRequestStatus([line('10', '10', '10', '10'), line('5', '5', '5', '2')], false)).toBe('received');
    expect(deriveRequestStatus([line('10', '10', '10', '10'), line('5', '5', '5', '5')], false)).toBe('billed');
    expect(deriveRequestStatus([line('10', '10', '10', '10'), line('5', '5', '5', '5')], true)).toBe('paid');
  });

  it('a receipt on one line while another is unsourced is partly received; a return can take a line back', () => {
    expect(deriveRequestStatus([line('10', '10', '10'), line('5', '0')], false)).toBe('partlyReceived');
    expect(deriveRequestStatus([line('10', '10', '9.9999', '9.9999')], true)).toBe('partlyReceived');
    // Over-delivery within tolerance still counts as received in full.
    expect(deriveRequestStatus([line('10', '10', '10.5')], false)).toBe('received');
  });
});

describe('receivableQuantities', () => {
  it('allows the ordered quantity plus the tolerance over all receipts, net of returns', () => {
    expect(receivableQuantities({ ordered: '100', received: '0', returned: '0' }, '0')).toEqual({ remaining: '100.0000', maxReceivable: '100.0000' });
    expect(receivableQuantities({ ordered: '100', received: '60', returned: '0' }, '5')).toEqual({ remaining: '40.0000', maxReceivable: '45.0000' });
    expect(receivableQuantities({ ordered: '100', received: '105', returned: '0' }, '5')).toEqual({ remaining: '0.0000', maxReceivable: '0.0000' });
    expect(receivableQuantities({ ordered: '100', received: '100', returned: '30' }, '0')).toEqual({ remaining: '30.0000', maxReceivable: '30.0000' });
    expect(receivableQuantities({ ordered: '3', received: '0', returned: '0' }, '33.33')).toEqual({ remaining: '3.0000', maxReceivable: '3.9999' });
  });
});
