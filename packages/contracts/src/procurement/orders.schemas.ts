// Purchase orders, receipts, returns and procurement settings.
export {};
