// Where the add-in is hosted. Development: https://localhost:3000/. A production build takes the URL of the
// central deployment from ADDIN_PUBLIC_URL, or else package.json's config.publicUrl.
const DEV_URL = "https://localhost:3000/";

function publicUrl(production) {
  if (!production) return DEV_URL;
  const url = process.env.ADDIN_PUBLIC_URL || require("../package.json").config.publicUrl;
  if (!/^https:\/\/[^/]+(\/.*)?$/.test(url))
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

function manifestFor(xml, url) {
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, publicUrl, manifestFor };
