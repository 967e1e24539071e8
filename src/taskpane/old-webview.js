// Runs before the pane's bundle, in ES5 only: Office 2016/2019 without WebView2 show add-ins in Internet
// Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot parse the bundle. There the pane would stay
// blank; this says why, in Vietnamese and English, and what to use instead (Microsoft's guidance: "Support
// older Microsoft webviews and Office versions", https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11).
/* global document */
(function () {
  var ua = window.navigator.userAgent;
  var trident = ua.indexOf("Trident") !== -1;
  var edgeLegacy = ua.indexOf("Edge/") !== -1; // Chromium Edge says "Edg/"
  if (!trident && !edgeLegacy) return;
  window.thadsOldWebview = true;
  var container = document.getElementById("container");
  if (!container) return;
  container.innerHTML =
    '<div role="alert" style="font-family: Segoe UI, Arial, sans-serif; font-size: 14px; padding: 12px; line-height: 1.4">' +
    '<h1 style="font-size: 16px">Phi\u00ean b\u1ea3n Office n\u00e0y qu\u00e1 c\u0169 cho ng\u0103n t\u00e1c v\u1ee5</h1>' +
    "<p>Ng\u0103n Bi\u1ec3u m\u1eabu THADS c\u1ea7n Microsoft 365, Office 2021 tr\u1edf l\u00ean ho\u1eb7c Excel tr\u00ean web. " +
    "Office n\u00e0y hi\u1ec3n th\u1ecb ph\u1ea7n b\u1ed5 tr\u1ee3 b\u1eb1ng tr\u00ecnh duy\u1ec7t c\u0169 (Internet Explorer ho\u1eb7c Edge c\u0169) n\u00ean ng\u0103n kh\u00f4ng ch\u1ea1y \u0111\u01b0\u1ee3c.</p>" +
    "<p>B\u1ea1n v\u1eabn d\u00f9ng \u0111\u01b0\u1ee3c t\u1ec7p m\u1eabu Excel (t\u1ea1o b\u1eb1ng l\u1ec7nh <code>thads-forms template</code>, do \u0111\u01a1n v\u1ecb c\u1ea5p tr\u00ean g\u1eedi): " +
    "c\u00f4ng th\u1ee9c v\u00e0 c\u00e1c \u00f4 sai \u0111\u01b0\u1ee3c t\u00f4 m\u00e0u ngay trong Excel, t\u1eeb Excel 2010.</p>" +
    '<p lang="en">This version of Office is too old for the THADS forms pane: it needs Microsoft 365, Office 2021 or later, ' +
    "or Excel on the web. The Excel template file (made with <code>thads-forms template</code>) still works here: " +
    "its formulas and error marks work in any Excel from 2010.</p></div>";
})();
