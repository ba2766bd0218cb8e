// Supplier bills (three-way match) and supplier performance.
export {};
