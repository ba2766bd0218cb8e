// Contracts of the partner master API.
export {};
