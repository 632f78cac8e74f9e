require 'sinatra'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

delete '/endpoint' do
    status 204 # Sinatra sends no body, Content-Type or Content-Length with a 204
end
