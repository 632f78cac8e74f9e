require 'sinatra'
require 'sinatra/json'

# Puma offers env['rack.early_hints'] only with early hints on (under `puma`
# itself: --early-hints, or early_hints in config/puma.rb).
set :server_settings, early_hints: true

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    # Interim 103 with preload hints (no 1xx for HTTP/1.0 clients; Puma 5 keeps
    # the request line's version in HTTP_VERSION).
    if env['rack.early_hints'] && env['HTTP_VERSION'] == 'HTTP/1.1'
        env['rack.early_hints'].call('Link' => '</style.css>; rel=preload; as=style')
    end
    status 200
    json message: 'OK'
end
