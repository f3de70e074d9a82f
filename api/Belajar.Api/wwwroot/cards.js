// The account cards' print button (the page is a server-rendered document, often opened from a blob by the operator's app).
"use strict";
(function () {
  var button = document.getElementById("print");
  if (button) { button.addEventListener("click", function () { window.print(); }); }
})();
