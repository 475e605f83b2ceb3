// Autocomplete for the search page, as a progressive enhancement: without
// this script the form works as it is. Suggestions (page titles) go into a
// native <datalist>, which browsers and screen readers already know how to
// present; choosing one fills the box, and the form searches for it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[type=search]");
  var list = document.createElement("datalist");
  list.id = input.id + "-suggestions";
  form.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (value.length < 2 || value === last) { return; }
    timer = setTimeout(function () {
      last = value;
      var url = form.getAttribute("data-suggest-url") + "&q=" + encodeURIComponent(value);
      fetch(url, { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.suggestions.forEach(function (suggestion) {
            var option = document.createElement("option");
            option.value = suggestion.title;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are optional */ });
    }, 200);
  });
}());
