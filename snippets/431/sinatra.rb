require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 431
    json message: 'Request Header Fields Too Large'
end
