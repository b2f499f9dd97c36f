// Charts: every element with data-chart holds ECharts options built on the server; draw them on load and after
// htmx has swapped in new content.
(function () {
  function draw(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption(JSON.parse(element.getAttribute('data-chart')), true);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = window.echarts && echarts.getInstanceByDom(element);
      if (chart) chart.resize();
    });
  });
  document.addEventListener('htmx:afterSettle', function (event) { draw(event.target); });
  // htmx requests say so, and the server answers 499 instead of a redirect to Keycloak when the session has
  // expired: the page is then loaded again, which signs in anew and comes back here
  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-Requested-With'] = 'XMLHttpRequest';
  });
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr.status === 499) window.location.reload();
  });
})();

// 报告详情's correction form: choosing a cell (in the list, or by clicking its number in the tables) fills in the
// value the page shows, which stats-service checks is still the current one
(function () {
  function choose(select, key) {
    var old = document.getElementById('correction-old');
    if (key !== undefined) select.value = key;
    var option = select.options[select.selectedIndex];
    if (old && option) old.value = option.getAttribute('data-value') || '';
  }
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('correction-cell');
    if (!select) return;
    select.addEventListener('change', function () { choose(select); });
    document.querySelectorAll('table.form td.cell[data-key]').forEach(function (cell) {
      cell.addEventListener('dblclick', function () {
        choose(select, cell.getAttribute('data-key'));
        document.getElementById('correction-new').focus();
      });
    });
  });
})();
