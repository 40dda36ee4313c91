import "@testing-library/jest-dom";
import "./custom-functions-global";

// jsdom has no layout engine, hence no ResizeObserver; Fluent's MessageBar observes its
// own size to reflow. Nothing ever resizes in jsdom, so an observer that never fires is exact.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;
}

// findBy*/waitFor give up after 1 s by default; a full view rendering in jsdom on a busy
// 2-core machine can take longer, which would fail a correct test. 5 s still fails fast.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 5_000 });
