require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 304
    headers 'ETag' => '"v1"'
    json message: 'Not Modified'
end
