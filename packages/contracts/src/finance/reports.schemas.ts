// Contracts of the finance reports API (filled in by its owner).
export {};
