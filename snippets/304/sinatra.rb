require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    # etag sets ETag: "v1" and halts with 304 Not Modified when the request's If-None-Match matches it
    etag 'v1'
    json message: 'OK'
end
