require 'sinatra'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

post '/endpoint' do
    status 205
    '' # a 205 has no content: return an empty body
end
