require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 409
    json message: 'Conflict'
end
