require 'sinatra'
require 'sinatra/json'

# A 408 closes the connection (RFC 9110 15.5.9). Puma 5 keeps it open whatever the app's
# Connection header says; without request queueing it closes after every response and says
# Connection: close.
set :server_settings, queue_requests: false

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    status 408
    json message: 'Request Timeout'
end
