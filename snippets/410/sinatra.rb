require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 410
    json message: 'Gone'
end
