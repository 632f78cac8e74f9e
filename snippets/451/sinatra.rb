require 'sinatra'
require 'sinatra/json'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    status 451
    # Who asked for the block (RFC 7725 3)
    headers 'Link' => '<https://example.com/legal>; rel="blocked-by"'
    json message: 'Unavailable For Legal Reasons'
end
