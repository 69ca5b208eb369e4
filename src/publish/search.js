// Search over session titles, from the prebuilt index of the page's language
// (search-index.js). Every page reads fully without this script; it only shows the box.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  var index = window.PLENARY_SEARCH;
  if (!box || !input || !results || !Array.isArray(index)) return;
  box.hidden = false;
  input.addEventListener("input", function () {
    var q = input.value.trim().toLocaleLowerCase();
    while (results.firstChild) results.removeChild(results.firstChild);
    if (q.length === 0) return;
    var shown = 0;
    for (var i = 0; i < index.length && shown < 50; i++) {
      if (index[i][0].toLocaleLowerCase().indexOf(q) < 0) continue;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = index[i][1];
      a.textContent = index[i][0];
      li.appendChild(a);
      results.appendChild(li);
      shown++;
    }
  });
})();
