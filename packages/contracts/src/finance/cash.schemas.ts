// Contracts of the finance cash API (filled in by its owner).
export {};
