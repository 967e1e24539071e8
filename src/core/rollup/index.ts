// Roll-up: distributing templates to a level's offices, collecting and checking their reports, and adding
// them up into the level's own report (office → province → ministry).
export * from "./aggregate";
export * from "./collect";
export * from "./header";
export * from "./meta";
export * from "./previous";
export * from "./signoff";
export * from "./summary";
export * from "./text";
export * from "./units";
