// Offers, in a lookup field's list, the names that contain what the editor types. The form works without this:
// the server finds the record by the name as typed.
"use strict";
document.querySelectorAll("input[data-lookup]").forEach(function (input) {
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var asked = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = input.value.trim();
      if (text === "" || text === asked) {
        return;
      }
      asked = text;
      fetch(input.dataset.lookup + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (names) {
          if (text !== asked) {
            return; // an answer to an earlier text, overtaken by a later one
          }
          list.replaceChildren.apply(list, names.map(function (name) {
            var option = document.createElement("option");
            option.value = name;
            return option;
          }));
        })
        .catch(function () { /* no suggestions; the typed name is still checked on save */ });
    }, 150);
  });
});
