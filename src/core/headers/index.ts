export * from "./normalize";
export * from "./schema";
export * from "./map";
