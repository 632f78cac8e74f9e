require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 101
    headers 'Sec-WebSocket-Accept' => 's3pPLMBiTxaQ9kYGzzhZRbK+xOo='
    headers 'Upgrade' => 'websocket'
    headers 'Connection' => 'Upgrade'
    json message: 'Switching Protocols'
end
