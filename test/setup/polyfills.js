// jsdom lacks ResizeObserver, which Fluent UI's MessageBar and others use.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
