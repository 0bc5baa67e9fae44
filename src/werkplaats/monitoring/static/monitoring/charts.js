/* Draws every chart on the page from its Vega-Lite specification.
 *
 * Markup (see templates/monitoring/components/chart.html):
 *   <figure class="chart" data-chart="ID"> ... <div class="chart-canvas"></div> ... </figure>
 *   <script type="application/json" id="ID">{ vega-lite spec }</script>
 * The table with the same figures stays on the page: the chart is an addition, never the only way
 * to read it. Expressions are interpreted (no eval), so no 'unsafe-eval' is needed.
 */
(function () {
  "use strict";
  if (!window.vega || !window.vegaLite || !window.vegaExpressionInterpreter) {
    return;
  }
  function draw(figure) {
    var source = document.getElementById(figure.getAttribute("data-chart"));
    var canvas = figure.querySelector(".chart-canvas");
    if (!source || !canvas) {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var compiled = window.vegaLite.compile(spec).spec;
    var runtime = window.vega.parse(compiled, null, { ast: true });
    var view = new window.vega.View(runtime, {
      expr: window.vegaExpressionInterpreter,
      renderer: "svg",
      container: canvas,
      hover: true,
    });
    view.runAsync().then(function () {
      var svg = canvas.querySelector("svg");
      if (svg) {
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", spec.description || "");
      }
      figure.classList.add("chart-drawn");
    });
  }
  document.querySelectorAll("[data-chart]").forEach(draw);
})();
