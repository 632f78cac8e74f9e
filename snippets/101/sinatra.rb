require 'sinatra'
require 'sinatra/json'
require 'faye/websocket'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    unless Faye::WebSocket.websocket?(env)
        # Not a WebSocket handshake: say which protocol this endpoint needs.
        status 426
        headers 'Upgrade' => 'websocket', 'Connection' => 'Upgrade'
        return json message: 'Upgrade Required'
    end
    unless env['HTTP_SEC_WEBSOCKET_VERSION'] == '13'
        # A WebSocket version this server does not speak: name the one it does (RFC 6455 4.2.2).
        status 426
        headers 'Sec-WebSocket-Version' => '13'
        return json message: 'Upgrade Required'
    end
    # faye-websocket takes the connection (Rack hijack), answers 101 Switching Protocols with the
    # Sec-WebSocket-Accept for the request's key, then speaks WebSocket: it echoes each
    # message and answers the client's close frame.
    ws = Faye::WebSocket.new(env)
    ws.on(:message) { |event| ws.send(event.data) }
    ws.rack_response
end
