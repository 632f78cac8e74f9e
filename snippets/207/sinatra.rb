require 'sinatra'
require 'sinatra/json'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    status 207
    json message: 'Multi-Status'
end
