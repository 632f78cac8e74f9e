require 'sinatra'
require 'sinatra/json'
require 'digest'

get '/endpoint' do
    key = env['HTTP_SEC_WEBSOCKET_KEY']
    unless env['HTTP_UPGRADE'].to_s.casecmp?('websocket') && key
        # Not a WebSocket handshake: say which protocol this endpoint needs.
        status 426
        headers 'Upgrade' => 'websocket', 'Connection' => 'Upgrade'
        return json message: 'Upgrade Required'
    end
    # Take the raw connection (Rack full hijack): after the 101 it no longer speaks HTTP.
    # (A real app would use a WebSocket gem such as faye-websocket.)
    halt 500, 'cannot switch protocols on this server' unless env['rack.hijack?']
    io = env['rack.hijack'].call
    # Sec-WebSocket-Accept = base64(SHA-1(key + the GUID of RFC 6455)).
    accept = Digest::SHA1.base64digest(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
    io.write("HTTP/1.1 101 Switching Protocols\r\n" \
             "Upgrade: websocket\r\n" \
             "Connection: Upgrade\r\n" \
             "Sec-WebSocket-Accept: #{accept}\r\n\r\n")
    # Now WebSocket: one text frame (payload under 126 bytes), then a close frame (1000).
    payload = JSON.generate(message: 'Switching Protocols')
    io.write([0x81, payload.bytesize].pack('C2'), payload, [0x88, 0x02, 0x03, 0xe8].pack('C4'))
    io.close
end
