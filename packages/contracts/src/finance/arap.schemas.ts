// Contracts of the finance arap API (filled in by its owner).
export {};
