// What inventory offers the rest of the system (re-exported by the module's index.ts).
export {};
