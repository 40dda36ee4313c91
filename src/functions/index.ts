/**
 * Entry of functions.js. Each imported module declares its functions with JSDoc;
 * custom-functions-metadata-plugin writes functions.json from them and appends the
 * CustomFunctions.associate calls to each module at build time.
 */
import "./runtime-guard";
import "./workdays";
import "./clients";
import "./targets";
import "./deals";
import "./visits";
