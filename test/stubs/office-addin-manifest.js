// Stands in for office-addin-manifest, which office-addin-mock imports only for its OfficeApp names and
// which Jest on Node 20 cannot require (it pulls an ESM-only dependency).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
