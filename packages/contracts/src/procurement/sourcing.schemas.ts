// Supplier price lists, RFQs, quotes and comparison.
export {};
