// CyberCase pages: progressive enhancement only; every form works without this file.
(function () {
  "use strict";
  // htmx requests carry the anti-forgery token the page was rendered with.
  document.body.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector("input[name=__RequestVerificationToken]");
    if (token) { e.detail.headers["RequestVerificationToken"] = token.value; }
  });
})();
