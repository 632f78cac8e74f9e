require 'sinatra'
require 'sinatra/json'

# Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
before { headers 'Date' => Time.now.httpdate }

get '/endpoint' do
    # If-None-Match compares tags weakly (RFC 9110 13.1.2): W/"v1" matches "v1" too. Sinatra's
    # etag compares them exactly, so drop the W/ of each listed tag before it looks.
    env['HTTP_IF_NONE_MATCH'] = env['HTTP_IF_NONE_MATCH']&.gsub(%r{(\A|,)\s*W/}, '\1')
    # etag sets ETag: "v1" and halts with 304 Not Modified when If-None-Match lists it or is *
    etag 'v1'
    json message: 'OK'
end
