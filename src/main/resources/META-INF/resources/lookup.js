// Offers, in a lookup field's list, the names that contain what the editor types; a lookups field (several names,
// one per line) gets a finder beside it whose chosen name is added as a line. The form works without this: the
// server finds each record by the name as typed.
"use strict";

// Fills the input's list with suggestions from its data-lookup address as the editor types.
function suggest(input, list) {
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
}

document.querySelectorAll("input[data-lookup]").forEach(function (input) {
  suggest(input, document.getElementById(input.getAttribute("list")));
});

document.querySelectorAll("textarea[data-lookup]").forEach(function (area) {
  var kind = area.dataset.lookup.split("/").pop();
  var finder = document.createElement("div");
  finder.className = "lookup-finder";
  var label = document.createElement("label");
  label.htmlFor = area.id + "-finder";
  label.textContent = "Find a " + kind + " to add";
  var input = document.createElement("input");
  input.id = label.htmlFor;
  input.type = "text";
  input.autocomplete = "off";
  input.dataset.lookup = area.dataset.lookup;
  var list = document.createElement("datalist");
  list.id = input.id + "-choices";
  input.setAttribute("list", list.id);
  var add = document.createElement("button");
  add.type = "button";
  add.className = "secondary";
  add.textContent = "Add";
  finder.append(label, input, add, list);
  area.after(finder);

  // The name as a line of its own, unless it is one already.
  function addLine() {
    var name = input.value.trim();
    if (name === "") {
      return;
    }
    var lines = area.value.split(/\r?\n/).map(function (line) { return line.trim(); })
      .filter(function (line) { return line !== ""; });
    if (lines.indexOf(name) < 0) {
      lines.push(name);
    }
    area.value = lines.join("\n");
    input.value = "";
    input.focus();
  }
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault(); // adds the name instead of saving the form
      addLine();
    }
  });
  input.addEventListener("input", function (event) {
    if (event.inputType === "insertReplacementText") {
      addLine(); // a name picked from the list
    }
  });
  add.addEventListener("click", addLine);
  suggest(input, list);
});
