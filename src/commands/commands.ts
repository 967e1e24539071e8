// The ribbon's function file. The one button opens the task pane (ShowTaskpane), so no function is needed;
// Office still requires the page to load office.js and call Office.onReady.
if (typeof Office !== "undefined") void Office.onReady();
