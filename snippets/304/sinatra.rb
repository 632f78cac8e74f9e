require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 304
    json message: 'Not Modified'
end
