// What the partner master offers other modules (re-exported by index.ts).
export {};
