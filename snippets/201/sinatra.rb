require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 201
    json message: 'Created'
end
