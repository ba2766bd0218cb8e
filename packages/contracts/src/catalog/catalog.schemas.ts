// Items, categories, units and conversions, warehouses and locations (owned by the catalog work).
export {};
