// SPDX-License-Identifier: Apache-2.0
// The dashboard's live charts: seeded from the recent samples in #dashboard-seed, then one point
// a second from the server's push on the console's WebSocket feed. No polling.
(function () {
  "use strict";
  var MAX_POINTS = 300;

  function lineChart(id, title, series) {
    return new Chart(document.getElementById(id), {
      type: "line",
      data: {
        labels: [],
        datasets: series.map(function (s) {
          return { label: s.label, data: [], borderColor: s.color, backgroundColor: s.color,
            pointRadius: 0, borderWidth: 2, tension: 0.2 };
        })
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { title: { display: true, text: title } },
        scales: { y: { beginAtZero: true }, x: { ticks: { maxTicksLimit: 6 } } }
      }
    });
  }

  var charts = [
    { chart: lineChart("chart-connections", "Connections",
        [{ label: "connections", color: "#2563eb" }]),
      values: function (m) { return [m.connections]; } },
    { chart: lineChart("chart-messages", "Messages / s",
        [{ label: "in", color: "#16a34a" }, { label: "out", color: "#ea580c" }]),
      values: function (m) { return [m.messagesIn, m.messagesOut]; } },
    { chart: lineChart("chart-bytes", "Bytes / s",
        [{ label: "in", color: "#0891b2" }, { label: "out", color: "#9333ea" }]),
      values: function (m) { return [m.bytesIn, m.bytesOut]; } }
  ];

  function label(atMillis) {
    return new Date(atMillis).toLocaleTimeString([], { hour12: false });
  }

  function append(sample) {
    charts.forEach(function (c) {
      var data = c.chart.data;
      data.labels.push(label(sample.at));
      c.values(sample).forEach(function (value, i) { data.datasets[i].data.push(value); });
      if (data.labels.length > MAX_POINTS) {
        data.labels.shift();
        data.datasets.forEach(function (d) { d.data.shift(); });
      }
    });
  }

  function redraw() {
    charts.forEach(function (c) { c.chart.update("none"); });
  }

  function rate(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }

  function showCards(sample) {
    var cards = {
      "card-connections": String(sample.connections), "card-sessions": String(sample.sessions),
      "card-subscriptions": String(sample.subscriptions), "card-retained": String(sample.retained),
      "card-messages-in": rate(sample.messagesIn), "card-messages-out": rate(sample.messagesOut)
    };
    Object.keys(cards).forEach(function (id) {
      document.getElementById(id).textContent = cards[id];
    });
  }

  var seed = document.getElementById("dashboard-seed").getAttribute("data-recent");
  JSON.parse(seed || "[]").forEach(append);
  redraw();

  var dashboard = { pushes: 0, charts: charts };
  window.mqtteeDashboard = dashboard;

  /** Called for each message of the live feed. */
  window.mqtteeMetricsPushed = function (message) {
    var sample = typeof message === "string" ? JSON.parse(message) : message;
    append(sample);
    redraw();
    showCards(sample);
    dashboard.pushes++;
    document.getElementById("push-count").textContent = String(dashboard.pushes);
  };

  var feed = document.getElementById("dashboard-seed").getAttribute("data-feed");
  var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
  var socket = new WebSocket(scheme + window.location.host + feed);
  socket.onmessage = function (event) { window.mqtteeMetricsPushed(event.data); };
})();
