// CyberCase pages: progressive enhancement only; every form works without this file.
(function () {
  "use strict";
  // htmx requests carry the anti-forgery token the page was rendered with.
  document.body.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector("input[name=__RequestVerificationToken]");
    if (token) { e.detail.headers["RequestVerificationToken"] = token.value; }
  });
})();

// A "written in" choice sets the lang of its field (the right keyboard and spell-check for Hindi or Urdu); dir="auto"
// already turns Urdu right-to-left. An option whose value is not a language tag (an enum name) names it in data-lang.
document.querySelectorAll("select[data-lang-for]").forEach(function (select) {
  select.addEventListener("change", function () {
    var field = document.getElementById(select.getAttribute("data-lang-for"));
    var option = select.options[select.selectedIndex];
    var lang = option && option.getAttribute("data-lang") || select.value;
    if (field) { field.setAttribute("lang", lang); }
  });
});
