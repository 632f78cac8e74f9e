require 'sinatra'
require 'sinatra/json'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

post '/endpoint' do
    json message: 'OK'
end

# Any other method on this resource: 405 with the methods it does take (Sinatra itself
# would answer 404, as if the resource did not exist).
get '/endpoint' do
    status 405
    headers 'Allow' => 'POST'
    json message: 'Method Not Allowed'
end
