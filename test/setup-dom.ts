import "@testing-library/jest-dom";
import "./custom-functions-global";
