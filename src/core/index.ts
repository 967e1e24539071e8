// The pure core: spec → layout → formulas; snapshot → findings. No Office.js, no DOM, no file system.
export * from "./a1";
export * from "./check";
export * from "./conditional";
export * from "./docs";
export * from "./evaluate";
export * from "./findings";
export * from "./formulas";
export * from "./guidance";
export * from "./layout";
export * from "./messages";
export * from "./model";
export * from "./period";
export * from "./port";
export * from "./snapshot";
export * from "./standard-doc";
export * from "./styles";
export * from "./rollup";
