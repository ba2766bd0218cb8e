// Contracts of the finance ledger API (filled in by its owner).
export {};
