/** A stored quantity for an input box: "20.0000" → "20". */
export function plainQty(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
