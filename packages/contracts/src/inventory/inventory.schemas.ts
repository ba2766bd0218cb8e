// Stock balances, moves, counts, reorder rules and inventory reports.
export {};
