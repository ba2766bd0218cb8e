// Purchase requests.
export {};
