// @ts-check
"use strict";
/**
 * HTTPS for the dev server. Office only loads add-ins over https, and the certificate
 * must be trusted. office-addin-dev-certs creates a CA and a localhost certificate and
 * installs the CA — on Linux and macOS with `sudo`. Where that fails (no sudo: CI,
 * containers, locked-down machines) we still serve with the generated certificate and
 * say how to trust its CA by hand, rather than letting the dev server die.
 */
const fs = require("node:fs");

async function devServerHttps() {
  const certs = require("office-addin-dev-certs");
  try {
    const options = await certs.getHttpsServerOptions();
    return { type: "https", options };
  } catch (e) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    try {
      if (!fs.existsSync(defaults.localhostCertificatePath)) await certs.generateCertificates();
      const reason = String(/** @type {Error} */ (e)?.message ?? e).split("\n")[0];
      process.stderr.write(
        [
          "",
          `Advance: could not install the development certificate authority (${reason}).`,
          `  Serving with the generated certificate anyway: ${defaults.localhostCertificatePath}`,
          "  Office and browsers will not trust it until you trust its CA:",
          `    Linux:   sudo cp ${defaults.caCertificatePath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
          `    macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${defaults.caCertificatePath}`,
          "    Windows: npx office-addin-dev-certs install",
          "",
        ].join("\n")
      );
      return {
        type: "https",
        options: {
          ca: fs.readFileSync(defaults.caCertificatePath),
          cert: fs.readFileSync(defaults.localhostCertificatePath),
          key: fs.readFileSync(defaults.localhostKeyPath),
        },
      };
    } catch {
      // Last resort: webpack-dev-server's own self-signed certificate.
      process.stderr.write(
        "Advance: could not create development certificates; serving with a self-signed one.\n"
      );
      return "https";
    }
  }
}

module.exports = { devServerHttps };
