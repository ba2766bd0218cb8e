// The approval contracts (definition, form and action schemas) as the domain sees them;
// everything in the domain imports them from here only.
export * from '@triad/contracts';
