// SPDX-License-Identifier: Apache-2.0
// The WebSocket client page: one MQTT.js client, driven by the form fields of websocket-client.html.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  let client = null;
  let socket = null;

  function defaultUrl() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    return scheme + '://' + location.host + '/mqtt';
  }

  function setConnected(connected) {
    $('connect').disabled = connected;
    $('disconnect').disabled = !connected;
    $('subscribe').disabled = !connected;
    $('publish').disabled = !connected;
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) {
      td.className = className;
    }
  }

  function showMessage(topic, payload, packet) {
    const row = $('messages').insertRow();
    row.dataset.topic = topic;
    cell(row, new Date().toLocaleTimeString());
    cell(row, topic, 'topic');
    cell(row, String(packet.qos), 'qos');
    cell(row, packet.retain ? 'yes' : 'no', 'retain');
    cell(row, new TextDecoder().decode(payload), 'payload');
  }

  function connect() {
    const options = {
      clientId: $('client-id').value,
      protocolVersion: Number($('mqtt-version').value),
      clean: true,
      reconnectPeriod: 0,
      // Keeps the socket so the page can show the subprotocol the broker selected.
      createWebsocket: (url, protocols) => {
        socket = new WebSocket(url, protocols);
        return socket;
      },
    };
    if ($('username').value) {
      options.username = $('username').value;
      options.password = $('password').value;
    }
    setStatus('connecting');
    client = mqtt.connect($('url').value, options);
    client.on('connect', () => {
      setStatus('connected');
      $('subprotocol').textContent = socket.protocol || 'none';
      setConnected(true);
    });
    client.on('message', showMessage);
    client.on('error', (error) => setStatus('error: ' + error.message));
    client.on('close', () => {
      if (!$('status').textContent.startsWith('error')) {
        setStatus('disconnected');
      }
      setConnected(false);
    });
  }

  function subscribe() {
    const filter = $('subscribe-topic').value;
    const qos = Number($('subscribe-qos').value);
    client.subscribe(filter, { qos: qos }, (error, granted) => {
      const item = document.createElement('li');
      item.textContent = error
        ? filter + ': ' + error.message
        : granted.map((g) => g.topic + ' (granted QoS ' + g.qos + ')').join(', ');
      $('subscriptions').appendChild(item);
    });
  }

  function publish() {
    const options = {
      qos: Number($('publish-qos').value),
      retain: $('publish-retain').checked,
    };
    client.publish($('publish-topic').value, $('publish-payload').value, options, (error) => {
      if (error) {
        setStatus('publish failed: ' + error.message);
      }
    });
  }

  $('url').value = defaultUrl();
  $('client-id').value = 'mqttee-web-' + Math.random().toString(16).slice(2, 10);
  $('connect').addEventListener('click', connect);
  $('disconnect').addEventListener('click', () => client.end());
  $('subscribe').addEventListener('click', subscribe);
  $('publish').addEventListener('click', publish);
  $('clear-messages').addEventListener('click', () => $('messages').replaceChildren());
})();
