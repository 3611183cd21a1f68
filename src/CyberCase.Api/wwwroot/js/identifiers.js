// Device identifiers checked as they are typed, by the same rules as the server (Domain/Exhibits/DeviceIdentifiers):
// IMEI 15 digits with a Luhn check digit; ICCID 19-20 digits starting 89 with a Luhn check digit; MAC six hex pairs
// (aa:bb:cc:dd:ee:ff, aa-bb-..., aabb.ccdd.eeff or 12 hex digits). The server checks again when the form is sent.
(function () {
  "use strict";
  function luhn(d) {
    if (d.length < 2 || /\D/.test(d)) { return false; }
    var sum = 0;
    for (var i = 0; i < d.length; i++) {
      var n = d.charCodeAt(d.length - 1 - i) - 48;
      if (i % 2 === 1) { n *= 2; if (n > 9) { n -= 9; } }
      sum += n;
    }
    return sum % 10 === 0;
  }
  var rules = {
    imei: function (v) { var d = v.replace(/[ \-\/]/g, ""); return /^\d{15}$/.test(d) && luhn(d); },
    iccid: function (v) { var d = v.replace(/[ \-]/g, ""); return /^89\d{17,18}$/.test(d) && luhn(d); },
    mac: function (v) {
      var t = v.trim(), hex = t;
      if (t.length === 17 && /^([0-9a-f]{2}([:-]|$)){6}$/i.test(t)) { hex = t.replace(/[:-]/g, ""); }
      else if (t.length === 14 && /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(t)) { hex = t.replace(/\./g, ""); }
      return /^[0-9a-f]{12}$/i.test(hex);
    }
  };
  var messages = {
    imei: "Not a valid IMEI: 15 digits ending in a correct Luhn check digit.",
    iccid: "Not a SIM ICCID: 19 or 20 digits starting 89 with a correct Luhn check digit.",
    mac: "Not a MAC address (six pairs of hexadecimal digits)."
  };
  document.querySelectorAll("input[data-check]").forEach(function (input) {
    var kind = input.getAttribute("data-check");
    var note = document.getElementById(input.id + "-check");
    function check() {
      var ok = input.value.trim() === "" || rules[kind](input.value);
      input.setAttribute("aria-invalid", ok ? "false" : "true");
      // The page's language: the input carries its message (data-check-message), else the English one.
      if (note) { note.textContent = ok ? "" : (input.getAttribute("data-check-message") || messages[kind]); }
    }
    input.addEventListener("input", check);
    input.addEventListener("blur", check);
  });
})();
